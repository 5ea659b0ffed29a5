/** Live reads of the approval workflow: profiles, crisis state, comments, the audit trail, posts by status. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../shared/audit/chain';
import type { CrisisState } from '../../shared/crisis/crisisMode';
import type { PostComment } from '../../shared/model/comment';
import type { Post, PostStatus } from '../../shared/model/post';
import type { StoredProfile } from '../../shared/model/profile';
import { listAudit } from './auditLog';
import { listComments, listMentionsOf } from './commentsRepository';
import { loadCrisisState } from './crisisState';
import { db } from './db';
import { guardData } from './dataErrors';
import { listProfiles } from './profilesRepository';

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
        return posts.sort((a, b) =>
          (a.scheduledAtUtc ?? '\uffff').localeCompare(b.scheduledAtUtc ?? '\uffff'),
        );
      }),
    [key],
  );
}
