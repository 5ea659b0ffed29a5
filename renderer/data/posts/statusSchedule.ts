/**
 * Reads by the compound index `[status+scheduledAtUtc]` (schema version 5): the posts of one status within a time
 * range, without reading the status's other posts. A post without a time (`scheduledAtUtc: null`) is never in this
 * index (IndexedDB skips a row when a part of a compound key is not a valid key): a query that needs unscheduled
 * posts too must read them by the `status` index.
 */
import Dexie from 'dexie';
import type { Post, PostStatus } from '../../../shared/model/post';
import { db } from '../store/db';

export const STATUS_SCHEDULE_INDEX = '[status+scheduledAtUtc]';

export interface ScheduleRange {
  /** ISO instant (UTC, as stored in `scheduledAtUtc`), compared as text like the index does; omitted: no lower end. */
  from?: string;
  /** Upper end, likewise; omitted: no upper end. */
  to?: string;
  /** Whether a post exactly at `to` belongs to the range (default: yes). */
  includeTo?: boolean;
}

/** The scheduled posts of `status` with `from <= scheduledAtUtc <= to` (or `< to`), by time then id. */
export function scheduledInStatus(status: PostStatus, range: ScheduleRange = {}): Promise<Post[]> {
  return db.posts
    .where(STATUS_SCHEDULE_INDEX)
    .between(
      [status, range.from ?? Dexie.minKey],
      [status, range.to ?? Dexie.maxKey],
      true,
      range.includeTo ?? true,
    )
    .toArray();
}

/**
 * The posts of `statuses` without a time. No index holds them, so their ids are found by keys alone (the status
 * index less the compound index, no post is read), and only those posts are read.
 */
export async function unscheduledInStatuses(statuses: readonly PostStatus[]): Promise<Post[]> {
  const [all, scheduled] = await Promise.all([
    db.posts
      .where('status')
      .anyOf([...statuses])
      .primaryKeys(),
    Promise.all(
      statuses.map((status) =>
        db.posts
          .where(STATUS_SCHEDULE_INDEX)
          .between([status, Dexie.minKey], [status, Dexie.maxKey])
          .primaryKeys(),
      ),
    ),
  ]);
  const withTime = new Set(scheduled.flat());
  const posts = await db.posts.bulkGet(all.filter((id) => !withTime.has(id)));
  return posts.filter((post): post is Post => post !== undefined);
}

/** Text order as IndexedDB orders string keys (UTF-16 code units, like `<` on strings; not `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Id order, as an index orders rows with the same key (by primary key). */
export function byId(a: Pick<Post, 'id'>, b: Pick<Post, 'id'>): number {
  return compareText(a.id, b.id);
}
