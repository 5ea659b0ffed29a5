/** Live reads of the approval workflow: profiles, crisis state, comments, the audit trail, posts by status. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../shared/audit/chain';
import type { CrisisState } from '../../../shared/crisis/crisisMode';
import type { PostComment } from '../../../shared/model/comment';
import type { Post, PostStatus } from '../../../shared/model/post';
import type { StoredProfile } from '../../../shared/model/profile';
import { listAudit } from './auditLog';
import { listComments, listMentionsOf } from './commentsRepository';
import { loadCrisisState } from './crisisState';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import { listProfiles } from '../settings/profilesRepository';
import { byId, scheduledInStatus } from '../posts/statusSchedule';

/** Every profile, by name; `undefined` while loading. */
export function useProfiles(): StoredProfile[] | undefined {
  return useLiveQuery(() => listProfiles(), []);
}

export function useCrisisState(): CrisisState | undefined {
  return useLiveQuery(() => guardData(() => loadCrisisState()), []);
}

export function useComments(postId: string | null): PostComment[] | undefined {
  return useLiveQuery(async () => (postId === null ? [] : listComments(postId)), [postId]);
}

export function useMentions(profileId: string): PostComment[] | undefined {
  return useLiveQuery(() => listMentionsOf(profileId), [profileId]);
}

export function useAuditEntries(): AuditEntry[] | undefined {
  return useLiveQuery(() => listAudit(), []);
}

const DAY_MS = 86_400_000;

/** Schedule order, unscheduled last; a stable sort, so equal times keep the order they were read in. */
function bySchedule(a: Post, b: Post): number {
  return (a.scheduledAtUtc ?? '\uffff').localeCompare(b.scheduledAtUtc ?? '\uffff');
}

/**
 * What the reminders (shared/reminders) read: every post in review (scheduled or not, past or future: waiting
 * reviews and expired requests are reminders whatever their date) and the approved posts around `now`. An
 * approved post is a reminder only on its day in the organisation's zone, which lies within 25 hours of `now`
 * whatever the zone; the window from two UTC days before today to the end of two days after holds it, read by the compound index
 * instead of every approved post of all years. `remindersFor` over this gives what it gives over all posts in
 * review or approved (workflowQueries.test.ts); the order is `usePostsInStatuses`'s.
 */
export async function postsForReminders(now: Date): Promise<Post[]> {
  const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const [inReview, approved] = await Promise.all([
    db.posts.where('status').equals('in_review').toArray(),
    scheduledInStatus('approved', {
      from: new Date(dayStart - 2 * DAY_MS).toISOString(),
      to: new Date(dayStart + 3 * DAY_MS).toISOString(),
      includeTo: false,
    }),
  ]);
  // Read order as the status index gives it (status, then id), then the schedule order of `usePostsInStatuses`.
  return [...approved.sort(byId), ...inReview].sort(bySchedule);
}

/** Posts in any of `statuses` (by the status index), in schedule order. */
export function usePostsInStatuses(statuses: readonly PostStatus[]): Post[] | undefined {
  const key = [...statuses].sort().join(',');
  return useLiveQuery(
    () =>
      guardData(async () => {
        const posts = await db.posts
          .where('status')
          .anyOf([...statuses])
          .toArray();
        return posts.sort(bySchedule);
      }),
    [key],
  );
}

const ON_HOLD: readonly PostStatus[] = ['on_hold'];

/** Posts held by crisis mode, until each is released (empty while loading). */
export function useHeldPosts(): Post[] {
  return usePostsInStatuses(ON_HOLD) ?? [];
}
