import { describe, expect, it } from 'vitest';
import { transition, type WorkflowAction, type WorkflowContext, type WorkflowState } from './machine';
import type { ApprovalPolicy } from './policy';
import type { Profile } from './roles';
import {
  ADMIN,
  APPROVER_A,
  APPROVER_B,
  AUTHOR,
  CAREER_POLICY,
  CRISIS_POLICY,
  EDITOR,
  HR,
  makeContext,
  makeState,
  NOW,
  SAMPLE_ACTIONS,
} from './testFixtures';

const inReview = (overrides: Partial<WorkflowState> = {}) => makeState({ status: 'in_review', ...overrides });

function run(state: WorkflowState, action: WorkflowAction, context: Partial<WorkflowContext> = {}) {
  return transition(state, action, makeContext(context));
}

function expectOk(result: ReturnType<typeof transition>) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

/** Approves in turn; returns the final state. */
function approveBy(state: WorkflowState, policy: ApprovalPolicy, ...actors: Profile[]): WorkflowState {
  return actors.reduce(
    (current, actor) => expectOk(run(current, { type: 'approve' }, { actor, policy })).state,
    state,
  );
}

describe('submit', () => {
  it('needs an editor or admin and an open gate', () => {
    expect(run(makeState(), SAMPLE_ACTIONS.submit, { actor: APPROVER_A })).toEqual({
      ok: false,
      reason: 'workflow.errors.notEditor',
    });
    expect(run(makeState(), SAMPLE_ACTIONS.submit, { actor: AUTHOR, gateOpen: false })).toEqual({
      ok: false,
      reason: 'workflow.errors.gateClosed',
    });
    const result = expectOk(run(makeState(), SAMPLE_ACTIONS.submit, { actor: AUTHOR }));
    expect(result.state).toMatchObject({ status: 'in_review', requestedAt: NOW });
    expect(result.events).toEqual([
      {
        action: 'submit',
        actorId: 'author',
        at: NOW,
        fromStatus: 'draft',
        toStatus: 'in_review',
        contentHash: 'h1',
      },
    ]);
  });
});

describe('requestChanges', () => {
  it('needs an approver of the current step and a note', () => {
    expect(run(inReview(), { type: 'requestChanges', note: 'x' }, { actor: EDITOR }).ok).toBe(false);
    expect(run(inReview(), { type: 'requestChanges', note: '  ' }, { actor: APPROVER_A })).toEqual({
      ok: false,
      reason: 'workflow.errors.noteRequired',
    });
    const result = expectOk(
      run(inReview(), { type: 'requestChanges', note: ' Quelle fehlt ' }, { actor: APPROVER_A }),
    );
    expect(result.state.status).toBe('changes_requested');
    expect(result.events[0]?.note).toBe('Quelle fehlt');
  });

  it('at step 2 only the approvers of step 2 may ask', () => {
    const afterStep1 = approveBy(inReview(), CAREER_POLICY, APPROVER_A);
    const refused = run(afterStep1, SAMPLE_ACTIONS.requestChanges, {
      actor: APPROVER_B,
      policy: CAREER_POLICY,
    });
    expect(refused).toEqual({ ok: false, reason: 'workflow.errors.notApproverOfStep' });
    expect(run(afterStep1, SAMPLE_ACTIONS.requestChanges, { actor: HR, policy: CAREER_POLICY }).ok).toBe(
      true,
    );
  });
});

describe('four eyes', () => {
  it('the author cannot approve, not even as admin', () => {
    const state = inReview({ authorId: ADMIN.id, lastEditorId: ADMIN.id });
    expect(run(state, SAMPLE_ACTIONS.approve, { actor: ADMIN })).toEqual({
      ok: false,
      reason: 'workflow.errors.fourEyesAuthor',
    });
  });

  it('the last editor cannot approve', () => {
    const state = inReview({ lastEditorId: APPROVER_A.id });
    expect(run(state, SAMPLE_ACTIONS.approve, { actor: APPROVER_A })).toEqual({
      ok: false,
      reason: 'workflow.errors.fourEyesLastEditor',
    });
  });

  it('the approver of step 1 cannot approve step 2 as well', () => {
    const afterStep1 = approveBy(inReview(), CRISIS_POLICY, ADMIN);
    expect(run(afterStep1, SAMPLE_ACTIONS.approve, { actor: ADMIN, policy: CRISIS_POLICY })).toEqual({
      ok: false,
      reason: 'workflow.errors.alreadyApproved',
    });
  });

  it('an approver listed only for step 2 cannot approve step 1', () => {
    const policy: ApprovalPolicy = {
      steps: [
        { approvers: { kind: 'people', profileIds: ['appr-a'] }, mode: 'any' },
        { approvers: { kind: 'people', profileIds: ['hr'] }, mode: 'any' },
      ],
    };
    expect(run(inReview(), SAMPLE_ACTIONS.approve, { actor: HR, policy })).toEqual({
      ok: false,
      reason: 'workflow.errors.notApproverOfStep',
    });
    expect(approveBy(inReview(), policy, APPROVER_A, HR).status).toBe('approved');
  });

  it('editors without the approver role cannot approve', () => {
    expect(run(inReview(), SAMPLE_ACTIONS.approve, { actor: EDITOR })).toEqual({
      ok: false,
      reason: 'workflow.errors.notApproverOfStep',
    });
  });
});

describe('multi-step policies', () => {
  it("'any': one approver per step; the post stays in review until the last step", () => {
    const afterStep1 = approveBy(inReview(), CRISIS_POLICY, APPROVER_A);
    expect(afterStep1.status).toBe('in_review');
    expect(afterStep1.approvals).toEqual([{ step: 0, profileId: 'appr-a', at: NOW, contentHash: 'h1' }]);
    expect(run(afterStep1, SAMPLE_ACTIONS.approve, { actor: APPROVER_B, policy: CRISIS_POLICY })).toEqual({
      ok: false,
      reason: 'workflow.errors.notApproverOfStep',
    });
    expect(approveBy(afterStep1, CRISIS_POLICY, ADMIN).status).toBe('approved');
  });

  it("'all' with people: every listed person", () => {
    const policy: ApprovalPolicy = {
      steps: [{ approvers: { kind: 'people', profileIds: ['appr-a', 'appr-b', 'hr'] }, mode: 'all' }],
    };
    expect(approveBy(inReview(), policy, APPROVER_A, HR).status).toBe('in_review');
    expect(approveBy(inReview(), policy, APPROVER_A, HR, APPROVER_B).status).toBe('approved');
  });

  it("'all' with a role: two distinct members", () => {
    const policy: ApprovalPolicy = {
      steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'all' }],
    };
    const one = approveBy(inReview(), policy, APPROVER_A);
    expect(one.status).toBe('in_review');
    expect(run(one, SAMPLE_ACTIONS.approve, { actor: APPROVER_A, policy }).ok).toBe(false);
    expect(approveBy(one, policy, APPROVER_B).status).toBe('approved');
  });

  it('crisis category: approver, then admin', () => {
    const done = approveBy(inReview(), CRISIS_POLICY, APPROVER_B, ADMIN);
    expect(done.status).toBe('approved');
    expect(done.approvals.map((approval) => [approval.step, approval.profileId])).toEqual([
      [0, 'appr-b'],
      [1, 'admin'],
    ]);
  });

  it('career category: second step only by HR, admins cannot stand in for named people', () => {
    const afterStep1 = approveBy(inReview(), CAREER_POLICY, APPROVER_A);
    expect(run(afterStep1, SAMPLE_ACTIONS.approve, { actor: ADMIN, policy: CAREER_POLICY }).ok).toBe(false);
    expect(approveBy(afterStep1, CAREER_POLICY, HR).status).toBe('approved');
  });
});

describe('content changes', () => {
  it('void approvals of an approved post and send it back to review', () => {
    const approved = approveBy(inReview(), CRISIS_POLICY, APPROVER_A, ADMIN);
    const result = expectOk(run(approved, { type: 'contentChanged', contentHash: 'h2' }, { actor: EDITOR }));
    expect(result.state).toMatchObject({
      status: 'in_review',
      approvals: [],
      contentHash: 'h2',
      lastEditorId: 'editor',
    });
    expect(result.events.map((event) => [event.action, event.reason])).toEqual([
      ['contentChanged', undefined],
      ['approvalVoided', 'contentChanged'],
    ]);
    expect(result.events[1]).toMatchObject({
      fromStatus: 'approved',
      toStatus: 'in_review',
      contentHash: 'h1',
    });
  });

  it('void partial approvals in review', () => {
    const partial = approveBy(inReview(), CRISIS_POLICY, APPROVER_A);
    const result = expectOk(run(partial, { type: 'contentChanged', contentHash: 'h2' }, { actor: AUTHOR }));
    expect(result.state.approvals).toEqual([]);
    expect(result.events.some((event) => event.action === 'approvalVoided')).toBe(true);
  });

  it('change nothing when the hash is equal', () => {
    const approved = approveBy(inReview(), CRISIS_POLICY, APPROVER_A, ADMIN);
    const result = expectOk(run(approved, { type: 'contentChanged', contentHash: 'h1' }, { actor: EDITOR }));
    expect(result.state).toBe(approved);
    expect(result.events).toEqual([]);
  });

  it('make the editor the last editor, who then cannot approve', () => {
    const edited = expectOk(
      run(inReview(), { type: 'contentChanged', contentHash: 'h2' }, { actor: APPROVER_A }),
    );
    expect(edited.events.map((event) => event.action)).toEqual(['contentChanged']);
    expect(run(edited.state, SAMPLE_ACTIONS.approve, { actor: APPROVER_A }).ok).toBe(false);
  });
});

it('void the approvals of an exported post and send it back to review', () => {
  const approved = approveBy(inReview(), CRISIS_POLICY, APPROVER_A, ADMIN);
  const exported = { ...approved, status: 'exported' as const };
  const result = expectOk(run(exported, { type: 'contentChanged', contentHash: 'h2' }, { actor: EDITOR }));
  expect(result.state.status).toBe('in_review');
  expect(result.state.approvals).toEqual([]);
  expect(result.events.map((event) => event.reason)).toEqual([undefined, 'contentChanged']);
});

it('keep a held post held, but returning to review instead of to its approval', () => {
  const approved = approveBy(inReview(), CRISIS_POLICY, APPROVER_A, ADMIN);
  const held: WorkflowState = {
    ...approved,
    status: 'on_hold',
    hold: { fromStatus: 'approved', at: NOW, reason: 'Krise' },
  };
  const result = expectOk(run(held, { type: 'contentChanged', contentHash: 'h2' }, { actor: EDITOR }));
  expect(result.state.status).toBe('on_hold');
  expect(result.state.hold).toEqual({ fromStatus: 'in_review', at: NOW, reason: 'Krise' });
  expect(result.state.approvals).toEqual([]);
});

it('turn a withdrawn post back into a draft, which can be submitted again', () => {
  const withdrawn = makeState({ status: 'withdrawn' });
  const edited = expectOk(run(withdrawn, { type: 'contentChanged', contentHash: 'h2' }, { actor: AUTHOR }));
  expect(edited.state.status).toBe('draft');
  expect(expectOk(run(withdrawn, SAMPLE_ACTIONS.submit, { actor: AUTHOR })).state.status).toBe('in_review');
});

describe('export, publication, withdrawal', () => {
  it('confirmPublished needs an http(s) address', () => {
    const exported = makeState({ status: 'exported' });
    for (const url of [
      '',
      'ftp://example.org/x',
      'javascript:alert(1)',
      'https://',
      'social.example.org/p/1',
    ]) {
      expect(run(exported, { type: 'confirmPublished', url })).toEqual({
        ok: false,
        reason: 'workflow.errors.invalidUrl',
      });
    }
    const result = expectOk(
      run(exported, { type: 'confirmPublished', url: 'http://example.org/p/1' }, { actor: EDITOR }),
    );
    expect(result.state.publishedUrl).toBe('http://example.org/p/1');
    expect(result.events[0]?.note).toBe('http://example.org/p/1');
  });

  it('export needs an editor', () => {
    expect(run(makeState({ status: 'approved' }), SAMPLE_ACTIONS.export, { actor: APPROVER_A }).ok).toBe(
      false,
    );
  });

  it('withdraw by the author or an admin only', () => {
    expect(run(inReview(), SAMPLE_ACTIONS.withdraw, { actor: EDITOR })).toEqual({
      ok: false,
      reason: 'workflow.errors.notAuthorOrAdmin',
    });
    expect(run(inReview(), SAMPLE_ACTIONS.withdraw, { actor: AUTHOR }).ok).toBe(true);
    expect(run(makeState({ status: 'approved' }), SAMPLE_ACTIONS.withdraw, { actor: ADMIN }).ok).toBe(true);
  });
});
