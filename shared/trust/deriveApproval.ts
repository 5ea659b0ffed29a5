/**
 * Approval derived, not stored: a post counts as approved only when the approvals it carries, checked against the
 * verified roster and the audit trail, meet its category's policy with distinct people, and its stored status says
 * approved/exported/published (the status is a cache that can only take approval away). See docs/trust.md.
 */
import { contentHash, type MediaHashes } from '../approval/contentHash';
import {
  normaliseCategory,
  verifyApprovalV2,
  type ApprovalStatementV2,
  type ApprovalV2Verification,
} from '../approval/statementV2';
import { anchorHolds, type AuditIndex } from '../audit/anchors';
import type { ChainHead } from '../audit/chain';
import type { Post, PostStatus } from '../model/post';
import type { PublicKeyInfo } from '../model/profile';
import type { Approval } from '../workflow/machine';
import {
  mayApproveStep,
  policyFor,
  stepSatisfied,
  type ApprovalPolicies,
  type ApprovalPolicy,
} from '../workflow/policy';
import type { ApprovalProblem, ApprovalProblemCode } from './problems';
import type { VerifiedRoster } from './verifyRoster';

export interface DeriveContext {
  roster: VerifiedRoster;
  audit: AuditIndex;
  /** The organisation default when the roster holds no policies (yet). */
  defaultPolicies: ApprovalPolicies;
  /** Verified media hashes for the content hash (see `contentHash`); the media ids stand for them otherwise. */
  mediaHashes?: MediaHashes;
}

/** An approval that counts. */
export interface CountedApproval {
  profileId: string;
  /** 0-based step. */
  step: number;
  keyId: string;
  at: string;
}

export interface ApprovalVerdict {
  approved: boolean;
  problems: ApprovalProblem[];
  /** The approvals that count, at most one per person. */
  counted: CountedApproval[];
  /** The policy the post was judged by. */
  policy: ApprovalPolicy;
  /** Whether the policy's steps are met (regardless of the stored status). */
  policyMet: boolean;
  /** Audit anchors of the approvals whose signature verified with a roster key (for `verifyAuditAnchors`). */
  anchors: ChainHead[];
}

/** Stored statuses under which a post may count as approved. */
export const APPROVED_STATUSES: readonly PostStatus[] = ['approved', 'exported', 'published'];

const MAX_CACHED = 4096;
const verified = new Map<string, Promise<ApprovalV2Verification>>();

/** `verifyApprovalV2`, remembered by (key, signature value, statement): a pure function of those. */
function verifyCached(signature: NonNullable<Approval['signature']>, key: PublicKeyInfo) {
  let cacheKey: string;
  try {
    // JSON.stringify is deterministic for the same object; a different key order only misses the cache.
    const { algorithm, keyId, publicKeyJwk } = key;
    cacheKey = JSON.stringify([algorithm, keyId, publicKeyJwk.x, publicKeyJwk.y, signature]);
  } catch {
    return verifyApprovalV2(signature, key);
  }
  const hit = verified.get(cacheKey);
  if (hit !== undefined) return hit;
  const result = verifyApprovalV2(signature, key);
  if (verified.size >= MAX_CACHED) {
    const oldest = verified.keys().next();
    if (oldest.done !== true) verified.delete(oldest.value);
  }
  verified.set(cacheKey, result);
  return result;
}

interface Checked {
  statement: ApprovalStatementV2;
  approval: Approval;
}

type Fail = { code: ApprovalProblemCode; extra?: Record<string, string | number> };

function safeContentHash(post: Post, mediaHashes: MediaHashes | undefined): string | null {
  try {
    return contentHash(post, mediaHashes);
  } catch {
    return null;
  }
}

/** The statement-level checks that need neither roster roles nor the policy. */
function checkStatement(
  post: Post,
  approval: Approval,
  s: ApprovalStatementV2,
  ctx: DeriveContext,
  hash: string | null,
): Fail | null {
  if (
    s.signerProfileId !== approval.profileId ||
    s.policyStep !== approval.step + 1 ||
    s.contentHash !== approval.contentHash
  )
    return { code: 'approvalMismatch' };
  if (s.postId !== post.id) return { code: 'wrongPost' };
  if (s.orgId !== ctx.roster.orgId) return { code: 'wrongOrg' };
  if (hash === null || s.contentHash !== hash) return { code: 'contentChanged' };
  if (s.revision !== post.workflow.revision) return { code: 'revisionMismatch' };
  const signer = s.signerProfileId;
  if (signer === post.createdBy || signer === s.authorId) return { code: 'fourEyesAuthor' };
  if (signer === post.workflow.lastEditorId || signer === s.lastEditorId)
    return { code: 'fourEyesLastEditor' };
  if (s.authorId !== post.createdBy || s.lastEditorId !== post.workflow.lastEditorId)
    return { code: 'editorMismatch' };
  if (s.category !== normaliseCategory(post.category)) return { code: 'categoryMismatch' };
  return null;
}

/** The audit trail holds the statement's anchor and, after it, the signer's `approve` entry for this content. */
function checkAudit(post: Post, s: ApprovalStatementV2, audit: AuditIndex): Fail | null {
  if (!anchorHolds(audit, s.auditHead))
    return { code: 'auditAnchorMissing', extra: { seq: s.auditHead.seq } };
  const found = audit
    .entriesOf(post.id)
    .some(
      (entry) =>
        entry.seq > s.auditHead.seq &&
        entry.action === 'approve' &&
        entry.actorId === s.signerProfileId &&
        entry.contentHash === s.contentHash &&
        entry.tombstone !== true,
    );
  return found ? null : { code: 'auditEntryMissing' };
}

async function checkOne(
  post: Post,
  approval: Approval,
  ctx: DeriveContext,
  hash: string | null,
): Promise<{ ok: true; checked: Checked } | { ok: false; fail: Fail }> {
  const signature = approval.signature;
  if (signature === undefined) return { ok: false, fail: { code: 'unsigned' } };
  if (signature.version !== 2 || signature.statement === undefined)
    return { ok: false, fail: { code: signature.version === undefined ? 'legacyApproval' : 'badSignature' } };
  const claimed: unknown = signature.statement;
  if (typeof claimed !== 'object' || claimed === null) return { ok: false, fail: { code: 'badSignature' } };
  const { signerProfileId, keyId } = claimed as Partial<Record<string, unknown>>;
  if (typeof signerProfileId !== 'string' || typeof keyId !== 'string')
    return { ok: false, fail: { code: 'badSignature' } };
  const key = ctx.roster.keyFor(signerProfileId, keyId);
  if (key === null) return { ok: false, fail: { code: 'unknownKey' } };
  const result = await verifyCached(signature, key);
  if (!result.valid)
    return { ok: false, fail: { code: result.reason === 'legacy' ? 'legacyApproval' : 'badSignature' } };
  const s = result.statement;
  const statementFail = checkStatement(post, approval, s, ctx, hash);
  if (statementFail !== null) return { ok: false, fail: statementFail };
  if (ctx.roster.isRevokedAt(s.keyId, s.at)) return { ok: false, fail: { code: 'keyRevoked' } };
  const auditFail = checkAudit(post, s, ctx.audit);
  if (auditFail !== null) return { ok: false, fail: auditFail };
  return { ok: true, checked: { statement: s, approval } };
}

function policyAt(ctx: DeriveContext, checked: readonly Checked[], post: Post): ApprovalPolicy {
  const latest = checked
    .map((c) => c.statement.at)
    .sort()
    .at(-1);
  const policies =
    (latest === undefined ? latestPolicies(ctx) : ctx.roster.policiesAt(latest)) ?? ctx.defaultPolicies;
  return policyFor(post.category, policies);
}

function latestPolicies(ctx: DeriveContext): ApprovalPolicies | null {
  return ctx.roster.policiesAt('9999-12-31T23:59:59.999Z');
}

/** Derives whether the post is approved; never throws for broken or hostile data in the post. */
export async function deriveApproval(post: Post, ctx: DeriveContext): Promise<ApprovalVerdict> {
  const problems: ApprovalProblem[] = [];
  const hash = safeContentHash(post, ctx.mediaHashes);
  const approvals: readonly Approval[] = Array.isArray(post.workflow.approvals)
    ? post.workflow.approvals
    : [];
  const checked: Checked[] = [];
  if (!ctx.audit.chain.ok) problems.push({ code: 'auditBroken', params: { seq: ctx.audit.chain.seq } });
  for (const approval of approvals) {
    const params = { profileId: approval.profileId, step: approval.step + 1 };
    const result = await checkOne(post, approval, ctx, hash);
    if (result.ok) checked.push(result.checked);
    else problems.push({ code: result.fail.code, params: { ...params, ...result.fail.extra } });
  }
  const policy = policyAt(ctx, checked, post);
  const counted = ctx.audit.chain.ok ? countSteps(policy, checked, ctx, problems) : [];
  const policyMet =
    ctx.audit.chain.ok &&
    policy.steps.every((step, i) =>
      stepSatisfied(
        step,
        counted.filter((c) => c.step === i).map((c) => c.profileId),
      ),
    );
  const met = policy.steps.filter((step, i) =>
    stepSatisfied(
      step,
      counted.filter((c) => c.step === i).map((c) => c.profileId),
    ),
  ).length;
  if (!policyMet) problems.push({ code: 'stepsMissing', params: { met, needed: policy.steps.length } });
  const statusOk = APPROVED_STATUSES.includes(post.status);
  if (policyMet && !statusOk) problems.push({ code: 'statusNotApproved', params: { status: post.status } });
  const anchors = checked.map((c) => ({ ...c.statement.auditHead }));
  return { approved: policyMet && statusOk, problems, counted, policy, policyMet, anchors };
}

/** Role and step checks; each person counts once (their earliest step, then earliest time). */
function countSteps(
  policy: ApprovalPolicy,
  checked: readonly Checked[],
  ctx: DeriveContext,
  problems: ApprovalProblem[],
): CountedApproval[] {
  const ordered = [...checked].sort(
    (a, b) =>
      a.statement.policyStep - b.statement.policyStep ||
      a.statement.at.localeCompare(b.statement.at) ||
      a.approval.profileId.localeCompare(b.approval.profileId),
  );
  const counted: CountedApproval[] = [];
  const people = new Map<string, number>();
  for (const { statement: s } of ordered) {
    const params = { profileId: s.signerProfileId, step: s.policyStep };
    const step = policy.steps[s.policyStep - 1];
    if (s.stepCount !== policy.steps.length || step === undefined) {
      problems.push({ code: 'stepCountMismatch', params: { ...params, needed: policy.steps.length } });
      continue;
    }
    const roles = ctx.roster.rolesAt(s.signerProfileId, s.keyId, s.at);
    if (roles.length === 0 || !mayApproveStep(step, { id: s.signerProfileId, roles })) {
      problems.push({ code: 'notAuthorised', params });
      continue;
    }
    const earlier = people.get(s.signerProfileId);
    if (earlier !== undefined) {
      problems.push({
        code: earlier === s.policyStep - 1 ? 'duplicateApproval' : 'sameApproverTwice',
        params,
      });
      continue;
    }
    people.set(s.signerProfileId, s.policyStep - 1);
    counted.push({ profileId: s.signerProfileId, step: s.policyStep - 1, keyId: s.keyId, at: s.at });
  }
  return counted;
}

/**
 * The audit anchors the posts' v2 approvals claim, unverified (a forged one can only raise a false alarm). Prefer
 * `ApprovalVerdict.anchors`, which holds only anchors of signatures that verified.
 */
export function approvalAnchors(posts: readonly Post[]): ChainHead[] {
  const anchors: ChainHead[] = [];
  for (const post of posts) {
    for (const approval of post.workflow.approvals) {
      const head = approval.signature?.statement?.auditHead;
      if (head !== undefined) anchors.push(head);
    }
  }
  return anchors;
}
