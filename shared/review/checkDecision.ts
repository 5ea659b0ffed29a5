/**
 * Whether a decision from a review file may be applied to the post as it is now in this desk. Refused unless the
 * deciding profile is known here with the very key the file carries, both signatures (the approval's and the
 * entry's) verify with that stored key, the post still has the revision and content the decision was made for,
 * it is still in review, and (with the policy) the profile may approve the current step without breaking the
 * four-eyes rule. Nothing is changed here: the caller applies an accepted decision through the workflow machine.
 */
import { verifyApproval } from '../approval/signature';
import { canonicalJson } from '../approval/webCrypto';
import type { Post } from '../model/post';
import type { PublicKeyInfo, PublicProfile } from '../model/profile';
import { currentStep, type Approval } from '../workflow/machine';
import { mayApproveStep, type ApprovalPolicy } from '../workflow/policy';
import { workflowStateOf } from '../workflow/postState';
import { decisionStatement, verifyDecision } from './decisionSignature';
import type { DecisionEntry, ReviewDecision } from './reviewSchema';

export const DECISION_REFUSALS = [
  'unknownPost',
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
  /** The profiles of this desk with their stored public keys. */
  knownProfiles: readonly PublicProfile[];
  /** The policy of the post's category; without it, step and approver rights are not checked. */
  policy?: ApprovalPolicy;
}

function sameKey(a: PublicKeyInfo, b: PublicKeyInfo): boolean {
  const jwk = (key: PublicKeyInfo): string => {
    const { kty, crv, x, y } = key.publicKeyJwk;
    return canonicalJson({ kty, crv, x, y: y ?? null });
  };
  return a.algorithm === b.algorithm && a.keyId === b.keyId && jwk(a) === jwk(b);
}

const refuse = (reason: DecisionRefusal): DecisionCheck => ({ ok: false, reason });

/** Checks one entry of a decision file against this desk; see the module comment for the order of checks. */
export async function checkDecision(
  file: Pick<ReviewDecision, 'requestId' | 'by'>,
  entry: DecisionEntry,
  context: CheckDecisionContext,
): Promise<DecisionCheck> {
  const post = context.currentPost;
  if (post?.id !== entry.postId) return refuse('unknownPost');

  const known = context.knownProfiles.find((profile) => profile.id === file.by.id);
  const key = known?.publicKey ?? null;
  if (known === undefined || key === null || file.by.publicKey === null || !sameKey(key, file.by.publicKey)) {
    return refuse('unknownKey');
  }

  const statement = decisionStatement(file.requestId, known.id, entry, entry.signature.keyId);
  const entryCheck = await verifyDecision(statement, entry.signature, key);
  if (!entryCheck.valid) return refuse(entryCheck.reason);

  const { approval } = entry;
  if (approval !== undefined) {
    if (approval.signature.revision !== entry.revision) return refuse('malformed');
    if (approval.signature.keyId !== key.keyId || approval.signature.algorithm !== key.algorithm) {
      return refuse('keyMismatch');
    }
    const verification = await verifyApproval(
      {
        postId: entry.postId,
        revision: entry.revision,
        contentHash: entry.contentHash,
        policyStep: approval.step + 1,
        keyId: approval.signature.keyId,
        at: approval.at,
      },
      approval.signature.value,
      key.publicKeyJwk,
      key.algorithm,
    );
    if (!verification.valid) return refuse(verification.reason);
  }

  if (post.workflow.revision !== entry.revision || post.workflow.contentHash !== entry.contentHash) {
    return refuse('contentChanged');
  }
  if (post.status !== 'in_review') return refuse('notInReview');
  if (
    entry.decision === 'approve' &&
    (known.id === post.createdBy || known.id === post.workflow.lastEditorId)
  ) {
    return refuse('fourEyes');
  }
  if (context.policy !== undefined) {
    const step = currentStep(workflowStateOf(post), context.policy);
    const stepPolicy = step === null ? undefined : context.policy.steps[step];
    if (approval !== undefined && approval.step !== step) return refuse('wrongStep');
    if (stepPolicy === undefined || !mayApproveStep(stepPolicy, known)) return refuse('notApprover');
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
            profileId: known.id,
            at: approval.at,
            contentHash: entry.contentHash,
            signature: approval.signature,
          },
  };
}
