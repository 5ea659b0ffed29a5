/**
 * What the export generators read: a view of a post with only the fields they need, plus what the approval
 * workflow supplies (approvals with signatures, the content hash). Generators take these as explicit inputs, so
 * they stay independent of how the stored `Post` grows.
 */
import type { PublishedContent } from '../approval/contentHash';
import type { PublicJwk } from '../approval/webCrypto';
import type { Channel } from '../model/channels';
import type { Post } from '../model/post';
import type { Envelope } from '../trust/envelope';
import type { WorkflowStatus } from '../workflow/statuses';

/** One signed approval as the manifest of a publish package records it (copied as given, never checked here). */
export interface ExportApproval {
  approverId: string;
  /** Display name at the time of export, or null when unknown. */
  approverName: string | null;
  /** 1-based step of the approval policy. */
  policyStep: number;
  revision: number;
  /** The content hash the approver signed (lower-case hex SHA-256). */
  contentHash: string;
  keyId: string;
  /** e.g. `Ed25519` or `ECDSA-P256`. */
  algorithm: string;
  /** ISO 8601 UTC instant. */
  at: string;
  /** base64url signature over the approval statement. */
  signature: string;
  /** The approver's public key (JWK) with id `keyId`, so the signature can be checked from the package alone. */
  publicKeyJwk?: PublicJwk | null;
  /**
   * The signed approval statement v2 (shared/trust; `Approval.signature.envelope`): what a package verifier checks
   * against the roster. Approvals without one (version 1 signatures) never count.
   */
  envelope?: Envelope | null;
}

/** The fields of a post the exports use; `status` is the workflow's (wider) status. */
export type ExportPost = Pick<
  Post,
  'id' | 'title' | 'text' | 'channels' | 'variants' | 'media' | 'campaignId' | 'category' | 'scheduledAt'
> & {
  status: WorkflowStatus;
  /** Signed approvals of the revision being exported (publish package manifest). */
  approvals?: readonly ExportApproval[];
  /** `contentHash(post)` of the revision being exported. */
  contentHash?: string;
  /**
   * `publishedContent(post)` of the revision being exported: what `contentHash` is the hash of, with all of the
   * post's networks and media. Narrowing the post to some networks (selection.ts) or leaving out media whose bytes
   * are missing (exportFiles.ts) keeps it as it is, so the publish package can carry what was signed.
   */
  publishedContent?: PublishedContent;
  /**
   * The workflow's revision (1 for a new post, +1 on every change of the published content, which includes the
   * scheduled instant): the calendar's SEQUENCE, so a moved post replaces its event in Outlook and Thunderbird.
   */
  revision?: number;
  /** ISO 8601 UTC instant of the post's last change (the calendar's LAST-MODIFIED). */
  updatedAt?: string;
};

/** A generated text file (CSV, ICS): its suggested file name and its content. */
export interface ExportTextFile {
  name: string;
  text: string;
}

/** The variant a post has for a channel, or undefined when the post is not planned there. */
export function variantFor(post: ExportPost, channel: Channel): ExportPost['variants'][number] | undefined {
  return post.variants.find((variant) => variant.channel === channel);
}

/**
 * The post's (channel, variant) pairs in the post's channel order, skipping channels without a variant. Every
 * generator emits one item per pair ("one per post and network").
 */
export function postVariants(
  post: ExportPost,
): { channel: Channel; variant: ExportPost['variants'][number] }[] {
  return post.channels.flatMap((channel) => {
    const variant = variantFor(post, channel);
    return variant === undefined ? [] : [{ channel, variant }];
  });
}

/** Scheduled posts first by instant, then by id, so output does not depend on the order of the input. */
export function byScheduledInstant(a: ExportPost, b: ExportPost): number {
  const at = a.scheduledAt === null ? Number.POSITIVE_INFINITY : Date.parse(a.scheduledAt);
  const bt = b.scheduledAt === null ? Number.POSITIVE_INFINITY : Date.parse(b.scheduledAt);
  if (at !== bt) return at < bt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
