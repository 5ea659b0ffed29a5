/** Reads for components: live queries that re-render when the database changes (in this tab or another). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import type { Campaign } from '../../../shared/model/campaign';
import { listCampaigns } from '../posts/campaignsRepository';
import { getPost, listUnscheduledPosts } from '../posts/postsRepository';
import { loadSettings } from '../settings/settingsRepository';

/** Posts scheduled in a range: postsInRange.ts (its read can start before the range has rendered). */
export { usePostsBetween } from '../posts/postsInRange';

export function useUnscheduledPosts(): Post[] | undefined {
  return useLiveQuery(() => listUnscheduledPosts(), []);
}

/** The post `id`: `undefined` while loading, `null` when there is none. */
export function usePost(id: string | null): Post | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await getPost(id)) ?? null)), [id]);
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(), []);
}

export function useCampaigns(): Campaign[] | undefined {
  return useLiveQuery(() => listCampaigns(), []);
}
