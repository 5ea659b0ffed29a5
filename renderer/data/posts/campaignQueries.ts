/** Live reads for the campaigns page. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Post } from '../../../shared/model/post';
import { listPostsBetween } from './postsRepository';

/**
 * Posts scheduled in [startUtc, endUtc) by the UTC schedule index, e.g. the months of the content mix;
 * `undefined` while loading, and for no range.
 */
export function useScheduledPostsInRange(
  range: { startUtc: string; endUtc: string } | null,
): Post[] | undefined {
  const startUtc = range?.startUtc ?? null;
  const endUtc = range?.endUtc ?? null;
  return useLiveQuery(
    async () => (startUtc === null || endUtc === null ? undefined : listPostsBetween(startUtc, endUtc)),
    [startUtc, endUtc],
  );
}
