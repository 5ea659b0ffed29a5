/**
 * The generators' view of a stored post: its fields, its workflow status, the content hash of its revision and
 * its signed approvals with the approvers' names (unsigned approvals are not evidence and are left out).
 */
import type { Post } from '../model/post';
import type { ExportApproval, ExportPost } from './types';

export interface ApproverName {
  id: string;
  name: string;
}

export function exportApprovalsOf(post: Post, profiles: readonly ApproverName[]): ExportApproval[] {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  return post.workflow.approvals.flatMap((approval) => {
    const { signature } = approval;
    if (signature === undefined) return [];
    return [
      {
        approverId: approval.profileId,
        approverName: names.get(approval.profileId) ?? null,
        policyStep: approval.step + 1,
        revision: signature.revision,
        contentHash: approval.contentHash,
        keyId: signature.keyId,
        algorithm: signature.algorithm,
        at: approval.at,
        signature: signature.value,
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
  };
}
