/**
 * Whether a decision from a review file may be applied to the post as it is now in this desk. A decision is
 * verified like any approval (issue 13): the deciding profile's key must be certified in this desk's verified
 * roster (never a key carried in the file) for a role that may decide (approver or admin) at the decision's time
 * and not revoked then; the entry signature and the approval (a v2 statement naming this organisation, post,
 * revision, content, step and signer) verify with that roster key; the post still has the revision and content
 * the decision was made for, it is still in review, and (with the policy) the profile may approve the current step
 * without breaking the four-eyes rule. Nothing is changed here: the caller applies an accepted decision through
 * the workflow machine.
 */
import { verifyApprovalV2 } from '../approval/statementV2';
import type { Post } from '../model/post';
import { sameKey } from '../trust/keys';
import type { VerifiedRoster } from '../trust/verifyRoster';
import { currentStep, type Approval } from '../workflow/machine';
import { mayApproveStep, type ApprovalPolicy } from '../workflow/policy';
import { workflowStateOf } from '../workflow/postState';
import type { Role } from '../workflow/roles';
import { decisionStatement, verifyDecision } from './decisionSignature';
import type { DecisionEntry, ReviewDecision } from './reviewSchema';

export const DECISION_REFUSALS = [
  'unknownPost',
  'noRoot',
  'notCertified',
  'unknownKey',
  'malformed',
  'keyMismatch',
  'badSignature',
  'contentChanged',
  'notInReview',
  'fourEyes',
  'wrongStep',
  'notApprover',
] as const;
export type DecisionRefusal = (typeof DECISION_REFUSALS)[number];

export type DecisionCheck =
  | { ok: true; decision: DecisionEntry['decision']; note: string; approval: Approval | null }
  | { ok: false; reason: DecisionRefusal };

export interface CheckDecisionContext {
  /** The post in this desk with the entry's post id, or null when there is none. */
  currentPost: Post | null;
  /** This desk's roster, verified against its own root; null while the desk has no root (nothing verifies). */
  roster: VerifiedRoster | null;
  /** The policy of the post's category; without it, step and approver rights are not checked. */
  policy?: ApprovalPolicy;
}

const refuse = (reason: DecisionRefusal): DecisionCheck => ({ ok: false, reason });

const DECIDING_ROLES: readonly Role[] = ['approver', 'admin'];

/** Checks one entry of a decision file against this desk; see the module comment for the order of checks. */
export async function checkDecision(
  file: Pick<ReviewDecision, 'requestId' | 'by' | 'createdAt'>,
  entry: DecisionEntry,
  context: CheckDecisionContext,
): Promise<DecisionCheck> {
  const post = context.currentPost;
  if (post?.id !== entry.postId) return refuse('unknownPost');
  const { roster } = context;
  if (roster === null) return refuse('noRoot');

  const carried = file.by.publicKey;
  const key = carried === null ? null : roster.keyFor(file.by.id, carried.keyId);
  if (carried === null || key === null || !sameKey(key, carried)) return refuse('notCertified');
  const at = entry.approval?.at ?? file.createdAt;
  const roles = roster.rolesAt(file.by.id, key.keyId, at);
  if (!roles.some((role) => DECIDING_ROLES.includes(role))) return refuse('notCertified');
  const decider = { id: file.by.id, roles };

  const statement = decisionStatement(file.requestId, decider.id, entry, entry.signature.keyId);
  const entryCheck = await verifyDecision(statement, entry.signature, key);
  if (!entryCheck.valid) return refuse(entryCheck.reason);

  const { approval } = entry;
  if (approval !== undefined) {
    if (approval.signature.revision !== entry.revision) return refuse('malformed');
    const verification = await verifyApprovalV2(approval.signature, key);
    if (!verification.valid)
      return refuse(verification.reason === 'legacy' ? 'malformed' : verification.reason);
    const s = verification.statement;
    if (
      s.orgId !== roster.orgId ||
      s.postId !== entry.postId ||
      s.revision !== entry.revision ||
      s.contentHash !== entry.contentHash ||
      s.policyStep !== approval.step + 1 ||
      s.signerProfileId !== decider.id ||
      s.at !== approval.at
    )
      return refuse('keyMismatch');
  }

  if (post.workflow.revision !== entry.revision || post.workflow.contentHash !== entry.contentHash) {
    return refuse('contentChanged');
  }
  if (post.status !== 'in_review') return refuse('notInReview');
  if (
    entry.decision === 'approve' &&
    (decider.id === post.createdBy || decider.id === post.workflow.lastEditorId)
  ) {
    return refuse('fourEyes');
  }
  if (context.policy !== undefined) {
    const step = currentStep(workflowStateOf(post), context.policy);
    const stepPolicy = step === null ? undefined : context.policy.steps[step];
    if (approval !== undefined && approval.step !== step) return refuse('wrongStep');
    if (stepPolicy === undefined || !mayApproveStep(stepPolicy, decider)) return refuse('notApprover');
  }

  return {
    ok: true,
    decision: entry.decision,
    note: entry.note,
    approval:
      approval === undefined
        ? null
        : {
            step: approval.step,
            profileId: decider.id,
            at: approval.at,
            contentHash: entry.contentHash,
            signature: approval.signature,
          },
  };
}
