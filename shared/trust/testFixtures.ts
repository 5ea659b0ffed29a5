/** An organisation with a root, an admin, approvers and an editor, and signed approvals, for the trust tests. */
import { generateApproverKeys, type ApproverKeys } from '../approval/signature';
import { approvalStatementFor, signApprovalV2, type ApprovalStatementV2 } from '../approval/statementV2';
import { chainHead } from '../audit/anchors';
import { nextEntry, type AuditEntry } from '../audit/chain';
import type { Post } from '../model/post';
import type { PublicKeyInfo } from '../model/profile';
import { workflowPost } from '../review/testPosts';
import type { Approval } from '../workflow/machine';
import type { ApprovalPolicies } from '../workflow/policy';
import type { Role } from '../workflow/roles';
import { createGenesis, createGrant, publicKeyInfoOf } from './roster';
import type { RosterEntry } from './rosterTypes';
import { verifyRoster, type VerifiedRoster } from './verifyRoster';

export const T0 = '2026-11-01T08:00:00.000Z';
export const AUTHOR_ID = 'redaktion-1';

export function minutesAfter(iso: string, minutes: number): Date {
  return new Date(Date.parse(iso) + minutes * 60_000);
}

export interface Member {
  profileId: string;
  keys: ApproverKeys;
  info: PublicKeyInfo;
}

export interface Org {
  root: ApproverKeys;
  rootInfo: PublicKeyInfo;
  orgId: string;
  admin: Member;
  approverA: Member;
  approverB: Member;
  author: Member;
  entries: RosterEntry[];
}

async function member(profileId: string): Promise<Member> {
  const keys = await generateApproverKeys();
  return { profileId, keys, info: publicKeyInfoOf(keys) };
}

/** Root at T0; the admin (by the root) at T0+1 min; approvers A and B and the author (editor) at T0+2 min. */
export async function makeOrg(): Promise<Org> {
  const root = await generateApproverKeys();
  const orgId = root.keyId;
  const [admin, approverA, approverB, author] = await Promise.all([
    member('admin'),
    member('appr-a'),
    member('appr-b'),
    member(AUTHOR_ID),
  ]);
  const grant = (signer: ApproverKeys, who: Member, roles: Role[], minutes: number) =>
    createGrant(
      signer,
      { orgId, profileId: who.profileId, name: who.profileId, roles, key: who.info, validFrom: T0 },
      minutesAfter(T0, minutes),
    );
  const entries = [
    await createGenesis(root, 'Stadt Musterstadt', new Date(T0)),
    await grant(root, admin, ['editor', 'approver', 'admin'], 1),
    await grant(admin.keys, approverA, ['approver'], 2),
    await grant(admin.keys, approverB, ['approver'], 2),
    await grant(admin.keys, author, ['editor'], 2),
  ];
  return { root, rootInfo: publicKeyInfoOf(root), orgId, admin, approverA, approverB, author, entries };
}

export function orgRoster(org: Org, extra: readonly RosterEntry[] = []): Promise<VerifiedRoster> {
  return verifyRoster([...org.entries, ...extra], org.rootInfo);
}

export const DEFAULT_POLICIES: ApprovalPolicies = {
  default: { steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'any' }] },
  byCategory: {
    Krise: {
      steps: [
        { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
        { approvers: { kind: 'role', role: 'admin' }, mode: 'any' },
      ],
    },
  },
};

/** A post by the author in review, with an audit trail that has a few entries. */
export function reviewPost(overrides: Partial<Omit<Post, 'workflow'>> = {}): {
  post: Post;
  audit: AuditEntry[];
} {
  const post = workflowPost({ status: 'in_review', ...overrides });
  let audit: AuditEntry[] = [];
  for (const action of ['created', 'submit']) {
    const last = audit.at(-1);
    const input = {
      actorId: AUTHOR_ID,
      action,
      postId: post.id,
      contentHash: post.workflow.contentHash,
      note: null,
    };
    audit = [...audit, nextEntry(last, input, minutesAfter(T0, 10 + audit.length))];
  }
  return { post, audit };
}

export interface ApproveOptions {
  step?: number;
  stepCount?: number;
  minutes?: number;
  /** Changes the statement before signing (to sign something wrong). */
  tweak?: (statement: ApprovalStatementV2) => ApprovalStatementV2;
  /** Whether to write the approve audit entry (default true). */
  audit?: boolean;
}

/** The member approves the post: signs v2, adds the approval and the `approve` audit entry after the anchor. */
export async function approve(
  org: Org,
  state: { post: Post; audit: AuditEntry[] },
  who: Member,
  options: ApproveOptions = {},
): Promise<{ post: Post; audit: AuditEntry[] }> {
  const step = options.step ?? 0;
  const now = minutesAfter(T0, options.minutes ?? 30);
  const base = approvalStatementFor(state.post, {
    orgId: org.orgId,
    step,
    stepCount: options.stepCount ?? 1,
    signerProfileId: who.profileId,
    keyId: who.keys.keyId,
    now,
    auditHead: chainHead(state.audit),
  });
  const statement = options.tweak ? options.tweak(base) : base;
  const signature = await signApprovalV2(statement, who.keys);
  const approval: Approval = {
    step,
    profileId: who.profileId,
    at: now.toISOString(),
    contentHash: state.post.workflow.contentHash,
    signature,
  };
  const post: Post = {
    ...state.post,
    workflow: { ...state.post.workflow, approvals: [...state.post.workflow.approvals, approval] },
  };
  const input = {
    actorId: who.profileId,
    action: 'approve',
    postId: post.id,
    contentHash: statement.contentHash,
    note: null,
  };
  const audit =
    options.audit === false ? state.audit : [...state.audit, nextEntry(state.audit.at(-1), input, now)];
  return { post, audit };
}
