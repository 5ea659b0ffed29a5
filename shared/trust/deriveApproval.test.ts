import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateApproverKeys } from '../approval/signature';
import { buildAuditIndex } from '../audit/anchors';
import { toTombstone, type AuditEntry } from '../audit/chain';
import type { Post } from '../model/post';
import { contentHash } from '../approval/contentHash';
import type { ApprovalStatementV2 } from '../approval/statementV2';
import { deriveApproval, type ApprovalVerdict } from './deriveApproval';
import type { ApprovalProblemCode } from './problems';
import { createGrant, createRevoke, publicKeyInfoOf } from './roster';
import type { RosterEntry } from './rosterTypes';
import {
  approve,
  AUTHOR_ID,
  DEFAULT_POLICIES,
  makeOrg,
  minutesAfter,
  orgRoster,
  reviewPost,
  T0,
  type Org,
} from './testFixtures';

const org: Org = await makeOrg();

async function derive(
  state: { post: Post; audit: AuditEntry[] },
  extra: readonly RosterEntry[] = [],
): Promise<ApprovalVerdict> {
  const roster = await orgRoster(org, extra);
  return deriveApproval(state.post, {
    roster,
    audit: buildAuditIndex(state.audit),
    defaultPolicies: DEFAULT_POLICIES,
  });
}

function withStatus(state: { post: Post; audit: AuditEntry[] }, status: Post['status'] = 'approved') {
  return { ...state, post: { ...state.post, status } };
}

function codes(verdict: ApprovalVerdict): ApprovalProblemCode[] {
  return verdict.problems.map((p) => p.code);
}

/** One approval by approver A that fails with `code` (and the post is then not approved). */
async function expectRefused(
  state: { post: Post; audit: AuditEntry[] },
  code: ApprovalProblemCode,
  extra: readonly RosterEntry[] = [],
) {
  const verdict = await derive(withStatus(state), extra);
  expect(verdict.approved).toBe(false);
  expect(codes(verdict)).toContain(code);
  expect(verdict.counted).toEqual([]);
}

const tweak = (change: Partial<ApprovalStatementV2>) => (s: ApprovalStatementV2) => ({ ...s, ...change });

describe('deriveApproval', () => {
  it('approves a post approved by a certified approver, with its audit entry', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const verdict = await derive(withStatus(state));
    expect(verdict).toMatchObject({ approved: true, problems: [], policyMet: true });
    expect(verdict.counted.map((c) => c.profileId)).toEqual(['appr-a']);
    expect(verdict.anchors).toHaveLength(1);
  });

  it('statusNotApproved: the stored status must agree (it can only take approval away)', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    for (const status of ['in_review', 'on_hold', 'withdrawn', 'expired', 'draft'] as const) {
      const verdict = await derive(withStatus(state, status));
      expect(verdict.approved).toBe(false);
      expect(verdict.policyMet).toBe(true);
      expect(codes(verdict)).toEqual(['statusNotApproved']);
    }
    for (const status of ['exported', 'published'] as const) {
      expect((await derive(withStatus(state, status))).approved).toBe(true);
    }
  });

  it('stepsMissing: a post marked approved without approvals', async () => {
    const verdict = await derive(withStatus(reviewPost()));
    expect(verdict.approved).toBe(false);
    expect(verdict.problems).toEqual([{ code: 'stepsMissing', params: { met: 0, needed: 1 } }]);
  });

  it('unsigned and legacyApproval (v1 approvals never count)', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const [approval] = state.post.workflow.approvals;
    if (approval?.signature === undefined) throw new Error('no approval');
    const { signature: _s, ...unsigned } = approval;
    const { version: _v, statement: _st, ...v1 } = approval.signature;
    const set = (a: Post['workflow']['approvals'][number]) => ({
      ...state,
      post: { ...state.post, workflow: { ...state.post.workflow, approvals: [a] } },
    });
    await expectRefused(set(unsigned), 'unsigned');
    await expectRefused(set({ ...approval, signature: v1 }), 'legacyApproval');
  });

  it('never throws on hostile shapes in a post', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const [approval] = state.post.workflow.approvals;
    if (approval?.signature === undefined) throw new Error('no approval');
    for (const statement of [null, 'text', 42, [], {}]) {
      const hostile = {
        ...approval,
        signature: { ...approval.signature, statement },
      } as unknown as typeof approval;
      const post = { ...state.post, workflow: { ...state.post.workflow, approvals: [hostile] } };
      await expectRefused({ ...state, post }, 'badSignature');
    }
  });

  it('badSignature: a signed field changed afterwards', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const [approval] = state.post.workflow.approvals;
    const statement = approval?.signature?.statement;
    if (approval?.signature === undefined || statement === undefined) throw new Error('no approval');
    const changed = {
      ...approval,
      signature: { ...approval.signature, statement: { ...statement, at: T0 } },
    };
    await expectRefused(
      { ...state, post: { ...state.post, workflow: { ...state.post.workflow, approvals: [changed] } } },
      'badSignature',
    );
  });

  it('approvalMismatch: the approval record names someone else than the signed statement', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const approvals = state.post.workflow.approvals.map((a) => ({ ...a, profileId: 'appr-b' }));
    await expectRefused(
      { ...state, post: { ...state.post, workflow: { ...state.post.workflow, approvals } } },
      'approvalMismatch',
    );
  });

  it('wrongPost, wrongOrg, revisionMismatch, categoryMismatch, editorMismatch, stepCountMismatch', async () => {
    const cases: [Partial<ApprovalStatementV2>, ApprovalProblemCode][] = [
      [{ postId: 'another-post' }, 'wrongPost'],
      [{ orgId: 'ffffffffffffffff' }, 'wrongOrg'],
      [{ revision: 7 }, 'revisionMismatch'],
      [{ category: 'krise' }, 'categoryMismatch'],
      [{ lastEditorId: 'someone-else' }, 'editorMismatch'],
      [{ authorId: 'someone-else' }, 'editorMismatch'],
      [{ stepCount: 2 }, 'stepCountMismatch'],
    ];
    for (const [change, code] of cases) {
      await expectRefused(await approve(org, reviewPost(), org.approverA, { tweak: tweak(change) }), code);
    }
  });

  it('contentChanged: the text was changed after approval (even with the stored hash updated)', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const variants = state.post.variants.map((v) => ({ ...v, text: `${v.text} (geändert)` }));
    const edited = { ...state.post, variants };
    await expectRefused({ ...state, post: edited }, 'contentChanged');
    const rehashed = { ...edited, workflow: { ...edited.workflow, contentHash: contentHash(edited) } };
    await expectRefused({ ...state, post: rehashed }, 'contentChanged');
  });

  it('unknownKey: a key the roster never certified (an invented approver or a fresh key)', async () => {
    const stranger = await generateApproverKeys();
    const fake = { profileId: 'appr-a', keys: stranger, info: publicKeyInfoOf(stranger) };
    await expectRefused(await approve(org, reviewPost(), fake), 'unknownKey');
    const invented = { ...fake, profileId: 'erfunden' };
    await expectRefused(await approve(org, reviewPost(), invented), 'unknownKey');
  });

  it('fourEyesAuthor and fourEyesLastEditor', async () => {
    await expectRefused(await approve(org, reviewPost(), org.author), 'fourEyesAuthor');
    const base = reviewPost();
    const edited = {
      ...base,
      post: { ...base.post, workflow: { ...base.post.workflow, lastEditorId: 'appr-a' } },
    };
    await expectRefused(await approve(org, edited, org.approverA), 'fourEyesLastEditor');
    // The author signs claiming someone else wrote it: the post's own field still catches it.
    await expectRefused(
      await approve(org, reviewPost(), org.author, { tweak: tweak({ authorId: 'x', lastEditorId: 'x' }) }),
      'fourEyesAuthor',
    );
  });

  it('notAuthorised: an editor-only key, or a role taken away before signing', async () => {
    const editor = await generateApproverKeys();
    const member = { profileId: 'editor-2', keys: editor, info: publicKeyInfoOf(editor) };
    const grant = await createGrant(
      org.admin.keys,
      {
        orgId: org.orgId,
        profileId: 'editor-2',
        name: 'E',
        roles: ['editor'],
        key: member.info,
        validFrom: T0,
      },
      minutesAfter(T0, 3),
    );
    await expectRefused(await approve(org, reviewPost(), member), 'notAuthorised', [grant]);
    const demote = await createGrant(
      org.admin.keys,
      {
        orgId: org.orgId,
        profileId: 'appr-a',
        name: 'A',
        roles: ['editor'],
        key: org.approverA.info,
        validFrom: minutesAfter(T0, 20).toISOString(),
      },
      minutesAfter(T0, 20),
    );
    await expectRefused(await approve(org, reviewPost(), org.approverA), 'notAuthorised', [demote]);
  });

  it('keyRevoked: approvals before the revocation count, after it they do not', async () => {
    const revoke = await createRevoke(
      org.admin.keys,
      {
        orgId: org.orgId,
        profileId: 'appr-a',
        keyId: org.approverA.keys.keyId,
        effectiveAt: minutesAfter(T0, 40).toISOString(),
        reason: 'verloren',
      },
      minutesAfter(T0, 100),
    );
    const before = await approve(org, reviewPost(), org.approverA, { minutes: 39 });
    expect((await derive(withStatus(before), [revoke])).approved).toBe(true);
    const after = await approve(org, reviewPost(), org.approverA, { minutes: 41 });
    await expectRefused(after, 'keyRevoked', [revoke]);
  });

  it('auditEntryMissing: no approve entry, or one that was anonymised', async () => {
    await expectRefused(
      await approve(org, reviewPost(), org.approverA, { audit: false }),
      'auditEntryMissing',
    );
    const state = await approve(org, reviewPost(), org.approverA);
    const audit = state.audit.map((e) => (e.action === 'approve' ? toTombstone(e) : e));
    await expectRefused({ ...state, audit }, 'auditEntryMissing');
  });

  it('auditAnchorMissing: the trail was cut, emptied or rebuilt', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    await expectRefused({ ...state, audit: [] }, 'auditAnchorMissing');
    await expectRefused(
      await approve(org, reviewPost(), org.approverA, {
        tweak: tweak({ auditHead: { seq: 2, hash: 'a'.repeat(64) } }),
      }),
      'auditAnchorMissing',
    );
  });

  it('auditBroken: a changed audit trail confirms nothing', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const audit = state.audit.map((e, i) => (i === 0 ? { ...e, note: 'geändert' } : e));
    const verdict = await derive(withStatus({ ...state, audit }));
    expect(verdict.approved).toBe(false);
    expect(codes(verdict)).toContain('auditBroken');
  });

  it('duplicateApproval counts once; sameApproverTwice needs distinct people per step', async () => {
    const once = await approve(org, reviewPost(), org.approverA);
    const twice = {
      ...once,
      post: {
        ...once.post,
        workflow: {
          ...once.post.workflow,
          approvals: [...once.post.workflow.approvals, ...once.post.workflow.approvals],
        },
      },
    };
    const verdict = await derive(withStatus(twice));
    expect(verdict.approved).toBe(true);
    expect(verdict.counted).toHaveLength(1);
    expect(codes(verdict)).toEqual(['duplicateApproval']);

    const crisis = reviewPost({ category: 'Krise' });
    const first = await approve(org, crisis, org.admin, { step: 0, stepCount: 2 });
    const second = await approve(org, first, org.admin, { step: 1, stepCount: 2, minutes: 31 });
    const selfTwice = await derive(withStatus(second));
    expect(selfTwice.approved).toBe(false);
    expect(codes(selfTwice)).toEqual(expect.arrayContaining(['sameApproverTwice', 'stepsMissing']));
  });

  it('a Krise post needs both steps, each by a permitted person', async () => {
    const crisis = reviewPost({ category: 'Krise' });
    const one = await approve(org, crisis, org.approverA, { step: 0, stepCount: 2 });
    const half = await derive(withStatus(one));
    expect(half.approved).toBe(false);
    expect(half.problems).toEqual([{ code: 'stepsMissing', params: { met: 1, needed: 2 } }]);
    const wrongSecond = await approve(org, one, org.approverB, { step: 1, stepCount: 2, minutes: 31 });
    expect(codes(await derive(withStatus(wrongSecond)))).toContain('notAuthorised');
    const both = await approve(org, one, org.admin, { step: 1, stepCount: 2, minutes: 31 });
    expect((await derive(withStatus(both))).approved).toBe(true);
  });

  it('uses the policies signed into the roster, not the default', async () => {
    const { createPolicies } = await import('./roster');
    const strict = await createPolicies(
      org.admin.keys,
      {
        orgId: org.orgId,
        approvalPolicies: {
          default: { steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'all' }] },
          byCategory: {},
        },
      },
      minutesAfter(T0, 5),
    );
    const one = await approve(org, reviewPost(), org.approverA);
    const verdict = await derive(withStatus(one), [strict]);
    expect(verdict.approved).toBe(false);
    const two = await approve(org, one, org.approverB, { minutes: 32 });
    expect((await derive(withStatus(two), [strict])).approved).toBe(true);
  });

  it('property: any one-field change of a signed statement is refused', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const [approval] = state.post.workflow.approvals;
    const statement = approval?.signature?.statement;
    if (approval?.signature === undefined || statement === undefined) throw new Error('no approval');
    const signature = approval.signature;
    const fields = Object.keys(statement) as (keyof ApprovalStatementV2)[];
    const values = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer({ min: 0, max: 10 }),
      fc.constant(null),
      fc.constantFrom(AUTHOR_ID, 'appr-b', 'krise', org.approverB.keys.keyId, '0'.repeat(64)),
      fc.record({
        seq: fc.integer({ min: 0, max: 5 }),
        hash: fc.constantFrom('0'.repeat(64), 'a'.repeat(64)),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), values, async (field, value) => {
        fc.pre(JSON.stringify(statement[field]) !== JSON.stringify(value));
        // A hostile file may hold any value in any field: typed loosely on purpose.
        const changedStatement: ApprovalStatementV2 = { ...statement, [field]: value };
        const changed = { ...approval, signature: { ...signature, statement: changedStatement } };
        const post: Post = {
          ...state.post,
          status: 'approved' as const,
          workflow: { ...state.post.workflow, approvals: [changed] },
        };
        const verdict = await derive({ ...state, post });
        expect(verdict.approved).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('derives 10,000 posts quickly (index built once, verification cached per signature)', async () => {
    const state = await approve(org, reviewPost(), org.approverA);
    const roster = await orgRoster(org);
    const audit = buildAuditIndex(state.audit);
    const post = { ...state.post, status: 'approved' as const };
    const verdicts = await Promise.all(
      Array.from({ length: 10_000 }, () =>
        deriveApproval(post, { roster, audit, defaultPolicies: DEFAULT_POLICIES }),
      ),
    );
    expect(verdicts.every((v) => v.approved)).toBe(true);
  });
});
