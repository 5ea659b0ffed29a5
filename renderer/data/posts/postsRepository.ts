/**
 * Every read and write of posts. Components call these functions (writes) or the hooks in `liveQueries.ts`
 * (reads); the rules themselves (validation, time) are pure functions of `shared/`.
 */
import type { Post } from '../../../shared/model/post';
import {
  newDraftPost,
  validatePostInput,
  type PostFormErrors,
  type PostFormInput,
} from '../../../shared/model/postInput';
import { isoToUtc } from '../../../shared/time/zoned';
import { appendAudit } from '../workflow/auditLog';
import { db } from '../store/db';
import { isLocked, postWriteTables, putEditedPost } from './postVersions';
import { DataError, guardData } from '../store/dataErrors';

export interface WriteContext {
  /** The person saving; recorded as `createdBy` on new posts. */
  actorId: string;
  timeZone: string;
  now: Date;
}

export type SavePostResult = { ok: true; post: Post } | { ok: false; errors: PostFormErrors };

/** Validates the form and creates a draft (no `id`) or updates the post `id`. Invalid input saves nothing. */
export async function savePostFromForm(
  input: PostFormInput,
  id: string | null,
  context: WriteContext,
): Promise<SavePostResult> {
  const validation = validatePostInput(input, context.timeZone);
  if (!validation.ok) return validation;
  const now = context.now.toISOString();
  return guardData(() =>
    db.transaction('rw', postWriteTables(), async () => {
      if (id === null) {
        const post = newDraftPost(validation.value, {
          id: crypto.randomUUID(),
          actorId: context.actorId,
          now: context.now,
        });
        await db.posts.add(post);
        return { ok: true, post };
      }
      const existing = await db.posts.get(id);
      if (!existing) throw new DataError('errors.notFound');
      // An occurrence edited on its own leaves the series: later changes to the series keep this version.
      const series = existing.series === null ? null : { ...existing.series, detached: true };
      const edited: Post = { ...existing, ...validation.value, series, updatedAt: now };
      const post = await putEditedPost(existing, edited, context.actorId, context.now);
      return { ok: true, post };
    }),
  );
}

/**
 * Moves a post to `scheduledAt` (ISO with offset in the organisation's zone), or back to the unscheduled drafts
 * with `null`. Used by drag and drop. The time is published content: moving an approved post voids its approval.
 */
export async function reschedulePost(
  id: string,
  scheduledAt: string | null,
  context: { actorId: string; now: Date },
): Promise<void> {
  const scheduledAtUtc = scheduledAt === null ? null : isoToUtc(scheduledAt);
  await guardData(() =>
    db.transaction('rw', postWriteTables(), async () => {
      const existing = await db.posts.get(id);
      if (!existing) throw new DataError('errors.notFound');
      const moved = { ...existing, scheduledAt, scheduledAtUtc, updatedAt: context.now.toISOString() };
      await putEditedPost(existing, moved, context.actorId, context.now);
    }),
  );
}

/**
 * Deletes a post. A published or archived post stays as the record of what went out; deleting a post that was
 * already in the workflow is written to the audit trail.
 */
export async function deletePost(id: string, context: { actorId: string; now: Date }): Promise<void> {
  await guardData(() =>
    db.transaction('rw', postWriteTables(), async () => {
      const existing = await db.posts.get(id);
      if (!existing) return;
      if (isLocked(existing)) throw new DataError('errors.postLocked');
      await db.posts.delete(id);
      if (existing.status === 'draft') return;
      const input = {
        actorId: context.actorId,
        action: 'deleted',
        postId: id,
        contentHash: existing.workflow.contentHash,
        note: existing.title,
      };
      await appendAudit([input], context.now);
    }),
  );
}

export function getPost(id: string): Promise<Post | undefined> {
  return guardData(() => db.posts.get(id));
}

/** Posts scheduled in [startUtc, endUtc), by the UTC index. */
export function listPostsBetween(startUtc: string, endUtc: string): Promise<Post[]> {
  return guardData(() => db.posts.where('scheduledAtUtc').between(startUtc, endUtc, true, false).toArray());
}

/**
 * Drafts without a date, newest change first. Unscheduled posts are absent from the schedule index, so their ids
 * are all ids minus the indexed ones: two key-only reads instead of reading every post of every year.
 */
export function listUnscheduledPosts(): Promise<Post[]> {
  return guardData(async () => {
    const [all, scheduled] = await Promise.all([
      db.posts.toCollection().primaryKeys(),
      db.posts.orderBy('scheduledAtUtc').primaryKeys(),
    ]);
    const indexed = new Set(scheduled);
    const ids = all.filter((id) => !indexed.has(id));
    const posts = (await db.posts.bulkGet(ids)).filter(
      (post): post is Post => post !== undefined && post.scheduledAt === null,
    );
    return posts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}
