/** Reads of series for components: live queries that re-render when the database changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Post } from '../../../shared/model/post';
import { getSeries, listSeriesPosts, type StoredSeries } from './seriesRepository';

/** The series `id`: `undefined` while loading, `null` when there is none (or no id). */
export function useSeries(id: string | null): StoredSeries | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await getSeries(id)) ?? null)), [id]);
}

/** The posts of the series `id` in schedule order; `undefined` while loading. */
export function useSeriesPosts(id: string | null): Post[] | undefined {
  return useLiveQuery(async () => (id === null ? [] : listSeriesPosts(id)), [id]);
}
