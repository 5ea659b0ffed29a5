/**
 * The generators' view of a stored post: its fields, its workflow status, the content hash of its revision with
 * the published content it is the hash of, and its signed approvals with the approvers' names and public keys
 * (unsigned approvals are not evidence and are left out).
 */
import { publishedContent } from '../approval/contentHash';
import { approvalEnvelope } from '../approval/statementV2';
import type { Post } from '../model/post';
import type { PublicKeyInfo } from '../model/profile';
import type { ExportApproval, ExportPost } from './types';

/** What the export knows of an approver: the name, and the public key so the package's signatures can be checked. */
export interface ApproverName {
  id: string;
  name: string;
  publicKey?: PublicKeyInfo | null;
}

export function exportApprovalsOf(post: Post, profiles: readonly ApproverName[]): ExportApproval[] {
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  return post.workflow.approvals.flatMap((approval) => {
    const { signature } = approval;
    if (signature === undefined) return [];
    const approver = byId.get(approval.profileId);
    const key = approver?.publicKey;
    return [
      {
        approverId: approval.profileId,
        approverName: approver?.name ?? null,
        // The key that made the signature travels with it; a different current key of the profile does not.
        publicKeyJwk: key?.keyId === signature.keyId ? key.publicKeyJwk : null,
        policyStep: approval.step + 1,
        revision: signature.revision,
        contentHash: approval.contentHash,
        keyId: signature.keyId,
        algorithm: signature.algorithm,
        at: approval.at,
        signature: signature.value,
        // The signed statement v2 as an envelope (null for a version 1 signature, which never counts).
        envelope: approvalEnvelope(signature),
      },
    ];
  });
}

export function toExportPost(post: Post, profiles: readonly ApproverName[]): ExportPost {
  return {
    id: post.id,
    title: post.title,
    text: post.text,
    channels: post.channels,
    variants: post.variants,
    media: post.media,
    campaignId: post.campaignId,
    category: post.category,
    scheduledAt: post.scheduledAt,
    status: post.status,
    approvals: exportApprovalsOf(post, profiles),
    contentHash: post.workflow.contentHash,
    publishedContent: publishedContent(post),
    revision: post.workflow.revision,
    updatedAt: post.updatedAt,
  };
}
