/**
 * What the approval workflow keeps on a post: its state in the machine of `shared/workflow`, the content hash and
 * revision approvals are bound to, and the version the last reviewer saw (the base of the review diff).
 */
import type { PublishedContent } from '../approval/contentHash';
import type { Approval, Hold } from '../workflow/machine';

/** The published content as a reviewer last saw it (when approving or requesting changes). */
export interface ReviewSnapshot {
  /** ISO 8601 UTC instant. */
  at: string;
  byProfileId: string;
  revision: number;
  contentHash: string;
  title: string;
  content: PublishedContent;
}

export interface PostWorkflow {
  /** Approvals of the current review round; each signed by its approver's key. */
  approvals: Approval[];
  /** Who last changed the published content: they may not approve it (four eyes). */
  lastEditorId: string;
  /** `contentHash(post)` of the current content (RFC 8785 + SHA-256, lower-case hex). */
  contentHash: string;
  /** 1 for a new post; +1 on every change of the published content. */
  revision: number;
  /** ISO instant of the last submission to review. */
  requestedAt: string | null;
  hold: Hold | null;
  /** The live post's address, once its publication is confirmed. */
  publishedUrl: string | null;
  lastReviewed: ReviewSnapshot | null;
  /** The note of the last "request changes", shown to the editor until the next submission. */
  changesNote: string | null;
}

/** The workflow of a post that was just written by `actorId`, with the hash of its content. */
export function newPostWorkflow(actorId: string, contentHash: string): PostWorkflow {
  return {
    approvals: [],
    lastEditorId: actorId,
    contentHash,
    revision: 1,
    requestedAt: null,
    hold: null,
    publishedUrl: null,
    lastReviewed: null,
    changesNote: null,
  };
}
