/**
 * An approval as a team-sync event: one immutable document per signed approval (statement v2), content-addressed by
 * the SHA-256 of its DSSE envelope (as roster entries are). On the desk an approval lives inside its post's
 * workflow; as a document it stands alone, so a concurrent edit of the post can never drop or alter it.
 *
 * Only the shape and the agreement between the approval and its signed statement are checked here. Whether the
 * signature holds, whether the signer was an approver at the time and whether it binds the post's current content
 * is decided by every desk for itself (shared/trust/deriveApproval): the server is not trusted for integrity.
 */
import { z } from 'zod';
import { approvalEnvelope } from '../approval/statementV2';
import { approvalSchema } from '../exchange/workflowSchemas';
import { id, sha256 } from '../exchange/primitives';
import { envelopeId } from '../trust/envelope';
import type { Approval } from '../workflow/machine';

export interface ApprovalEvent {
  /** `envelopeId(approvalEnvelope(approval.signature))`: lower-case hex SHA-256 of the canonical envelope. */
  id: string;
  postId: string;
  approval: Approval;
}

/** The content address of a signed v2 approval, or null when it carries no v2 statement. */
export function approvalEventId(approval: Approval): string | null {
  if (approval.signature === undefined) return null;
  const envelope = approvalEnvelope(approval.signature);
  return envelope === null ? null : envelopeId(envelope);
}

/** The event for an approval of a post, or null for an unsigned or v1 approval (which never counts anyway). */
export function approvalEventOf(postId: string, approval: Approval): ApprovalEvent | null {
  const eventId = approvalEventId(approval);
  return eventId === null ? null : { id: eventId, postId, approval };
}

/** The first disagreement between an approval, its signature and its statement, or null. */
function disagreement(event: ApprovalEvent): { message: string; path: (string | number)[] } | null {
  const { approval, postId } = event;
  const signature = approval.signature;
  const statement = signature?.statement;
  if (signature?.version !== 2 || statement === undefined) {
    return {
      message: 'an approval document needs a version 2 signature with its statement',
      path: ['approval', 'signature'],
    };
  }
  const checks: [boolean, string, (string | number)[]][] = [
    [statement.postId === postId, 'the statement names another post', ['postId']],
    [
      statement.contentHash === approval.contentHash,
      'the statement signs another content hash than the approval names',
      ['approval', 'contentHash'],
    ],
    [
      statement.signerProfileId === approval.profileId,
      'the statement is signed for another profile than the approval names',
      ['approval', 'profileId'],
    ],
    [
      statement.policyStep === approval.step + 1,
      'the statement signs another policy step than the approval names',
      ['approval', 'step'],
    ],
    [
      statement.keyId === signature.keyId && statement.revision === signature.revision,
      'the signature names another key or revision than its statement',
      ['approval', 'signature'],
    ],
    [
      Date.parse(statement.at) === Date.parse(approval.at),
      'the statement is dated another instant than the approval',
      ['approval', 'at'],
    ],
  ];
  for (const [holds, message, path] of checks) if (!holds) return { message, path };
  if (approvalEventId(approval) !== event.id) {
    return { message: 'the id is not the SHA-256 of the approval envelope', path: ['id'] };
  }
  return null;
}

export const approvalEventSchema = z
  .object({ id: sha256, postId: id, approval: approvalSchema })
  .strict()
  .superRefine((event, context) => {
    const problem = disagreement(event);
    if (problem !== null) context.addIssue({ code: 'custom', ...problem });
  });
