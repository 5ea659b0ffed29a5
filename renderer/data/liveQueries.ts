/** Reads for components: live queries that re-render when the database changes (in this tab or another). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Post } from '../../shared/model/post';
import type { Settings } from '../../shared/model/settings';
import type { Campaign } from '../../shared/model/campaign';
import { listCampaigns } from './campaignsRepository';
import { getPost, listPostsBetween, listUnscheduledPosts } from './postsRepository';
import { loadSettings } from './settingsRepository';

const NO_POSTS: Post[] = [];

/** Posts scheduled in [startUtc, endUtc) (none without a range); `undefined` while loading. */
export function usePostsBetween(range: { startUtc: string; endUtc: string } | null): Post[] | undefined {
  const startUtc = range?.startUtc ?? null;
  const endUtc = range?.endUtc ?? null;
  return useLiveQuery(
    () => (startUtc === null || endUtc === null ? NO_POSTS : listPostsBetween(startUtc, endUtc)),
    [startUtc, endUtc],
  );
}

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
