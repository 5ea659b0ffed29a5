/**
 * What retention removes on a given day: finished posts (archived, published, withdrawn, expired) whose last change
 * and planned time both lie before the posts' cut-off are deleted with their comments; comments older than the
 * comments' cut-off are deleted; audit entries older than the audit cut-off are anonymised into tombstones (never
 * deleted: the chain must stay whole; entries written before content digests existed cannot be anonymised and
 * stay as they are). A period of 0 months keeps everything of its kind.
 */
import { canBeTombstoned, type AuditEntry } from '../audit/chain';
import type { PostComment } from '../model/comment';
import type { Post, PostStatus } from '../model/post';
import type { RetentionSettings } from './retentionSettings';

/** Only posts whose life is over are deleted; drafts and planned posts are never touched by retention. */
export const RETAINED_POST_STATUSES: readonly PostStatus[] = [
  'archived',
  'published',
  'withdrawn',
  'expired',
];

export interface RetentionData {
  posts: readonly Pick<Post, 'id' | 'status' | 'updatedAt' | 'scheduledAtUtc'>[];
  comments: readonly Pick<PostComment, 'id' | 'postId' | 'at'>[];
  audit: readonly Pick<AuditEntry, 'seq' | 'at' | 'contentDigest' | 'tombstone'>[];
}

export interface RetentionPlan {
  deletePostIds: string[];
  deleteCommentIds: string[];
  anonymiseAuditSeqs: number[];
}

export interface RetentionCounts {
  posts: number;
  comments: number;
  audit: number;
}

/** `now` minus `months` calendar months (the day clamped to the month's end), or null for 0 (keep forever). */
export function cutoffOf(now: Date, months: number): Date | null {
  if (months <= 0) return null;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

function before(iso: string | null, cutoff: Date): boolean {
  if (iso === null) return true;
  const time = Date.parse(iso);
  // An unreadable date is never a reason to delete.
  return !Number.isNaN(time) && time < cutoff.getTime();
}

export function retentionPlan(data: RetentionData, settings: RetentionSettings, now: Date): RetentionPlan {
  const postCutoff = cutoffOf(now, settings.postsMonths);
  const commentCutoff = cutoffOf(now, settings.commentsMonths);
  const auditCutoff = cutoffOf(now, settings.auditMonths);

  const deletePostIds =
    postCutoff === null
      ? []
      : data.posts
          .filter(
            (post) =>
              RETAINED_POST_STATUSES.includes(post.status) &&
              before(post.updatedAt, postCutoff) &&
              before(post.scheduledAtUtc, postCutoff),
          )
          .map((post) => post.id);
  const deleted = new Set(deletePostIds);
  const deleteCommentIds = data.comments
    .filter(
      (comment) =>
        deleted.has(comment.postId) || (commentCutoff !== null && before(comment.at, commentCutoff)),
    )
    .map((comment) => comment.id);
  const anonymiseAuditSeqs =
    auditCutoff === null
      ? []
      : data.audit
          .filter((entry) => canBeTombstoned(entry) && before(entry.at, auditCutoff))
          .map((entry) => entry.seq);
  return { deletePostIds, deleteCommentIds, anonymiseAuditSeqs };
}

export function countsOf(plan: RetentionPlan): RetentionCounts {
  return {
    posts: plan.deletePostIds.length,
    comments: plan.deleteCommentIds.length,
    audit: plan.anonymiseAuditSeqs.length,
  };
}

export function isEmptyPlan(plan: RetentionPlan): boolean {
  const counts = countsOf(plan);
  return counts.posts + counts.comments + counts.audit === 0;
}

/** The note of the `retentionApplied` audit entry: counts only, never what was removed. */
export function retentionNote(counts: RetentionCounts): string {
  return `posts=${counts.posts};comments=${counts.comments};audit=${counts.audit}`;
}

/** The counts back from a `retentionApplied` note, or null when it is not one. */
export function parseRetentionNote(note: string | null): RetentionCounts | null {
  const match = /^posts=(\d+);comments=(\d+);audit=(\d+)$/.exec(note ?? '');
  if (!match) return null;
  return { posts: Number(match[1]), comments: Number(match[2]), audit: Number(match[3]) };
}
