/**
 * The posts of the range on screen, live. Unlike a `useLiveQuery`, whose read starts only after React has rendered
 * the new range and subscribed (and then on a timer), a range's read can start the moment the calendar reports the
 * range (`prefetchPostsBetween`, from FullCalendar's range callback); the hook then takes that read instead of
 * starting its own. Every committed change to the posts store, in this tab or another (Dexie's `storagemutated`,
 * which other tabs reach through a BroadcastChannel), reads the ranges on hand again: coarser than Dexie's own live
 * queries (a change of a post in another month reads this one again), and never stale.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Post } from '../../../shared/model/post';
import { db } from '../store/db';
import { listPostsBetween } from './postsRepository';

export interface UtcRange {
  startUtc: string;
  endUtc: string;
}

/** A range's posts as read, with the range they belong to (the same object for every read of the range). */
export interface PostsInRange {
  range: UtcRange | null;
  posts: Post[];
}

interface RangeEntry {
  range: UtcRange;
  /** The latest read's result; `undefined` until the first read is in. */
  result: PostsInRange | undefined;
  error: Error | undefined;
  /** Counts the reads started; only the latest one's result counts. */
  reads: number;
  listeners: Set<() => void>;
  /** Forgets an entry nobody has used for a while (a prefetch the page never asked for, a range left). */
  forget: ReturnType<typeof setTimeout> | undefined;
}

/** How long a prefetched read waits for its hook; a range left is forgotten at once (its next use reads again). */
const KEEP_PREFETCHED_MS = 1000;
const entries = new Map<string, RangeEntry>();
let listening = false;

function keyOf(startUtc: string, endUtc: string): string {
  return `${startUtc}|${endUtc}`;
}

function read(entry: RangeEntry): void {
  entry.reads += 1;
  const current = entry.reads;
  const settle = (posts: Post[] | undefined, error: Error | undefined) => {
    if (entry.reads !== current) return;
    if (posts !== undefined) entry.result = { range: entry.range, posts };
    entry.error = error;
    for (const listener of entry.listeners) listener();
  };
  listPostsBetween(entry.range.startUtc, entry.range.endUtc).then(
    (posts) => settle(posts, undefined),
    (error: unknown) => settle(undefined, error instanceof Error ? error : new Error(String(error))),
  );
}

/** Whether a committed change touched the posts store (or everything: a database created or a page restored). */
export function touchesPosts(parts: ObservabilitySet, databaseName: string): boolean {
  const prefix = `idb://${databaseName}/posts/`;
  return Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix));
}

function onStorageMutated(parts: ObservabilitySet): void {
  if (!touchesPosts(parts, db.name)) return;
  for (const entry of entries.values()) read(entry);
}

function scheduleForget(key: string, entry: RangeEntry, ms: number): void {
  clearTimeout(entry.forget);
  entry.forget = setTimeout(() => {
    if (entry.listeners.size === 0 && entries.get(key) === entry) entries.delete(key);
  }, ms);
}

function entryFor(startUtc: string, endUtc: string): RangeEntry {
  const key = keyOf(startUtc, endUtc);
  let entry = entries.get(key);
  if (entry === undefined) {
    if (!listening) {
      Dexie.on('storagemutated', onStorageMutated);
      listening = true;
    }
    entry = {
      range: { startUtc, endUtc },
      result: undefined,
      error: undefined,
      reads: 0,
      listeners: new Set(),
      forget: undefined,
    };
    entries.set(key, entry);
    read(entry);
    scheduleForget(key, entry, KEEP_PREFETCHED_MS);
  }
  return entry;
}

/**
 * Starts reading the posts in [startUtc, endUtc) now, for a `usePostsBetween` of the same range that is about to
 * render (FullCalendar reports a new range before React has rendered it). Unused, the read is forgotten after a
 * second.
 */
export function prefetchPostsBetween(startUtc: string, endUtc: string): void {
  entryFor(startUtc, endUtc);
}

function subscribe(startUtc: string, endUtc: string, listener: () => void): () => void {
  const key = keyOf(startUtc, endUtc);
  const entry = entryFor(startUtc, endUtc);
  clearTimeout(entry.forget);
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    // Not at once: React unsubscribes and subscribes again when it re-runs effects (StrictMode).
    if (entry.listeners.size === 0) scheduleForget(key, entry, 0);
  };
}

/**
 * What one hook shows: its range's result, or while that is read the last result it showed (a range change keeps
 * the previous range's posts on screen until the new ones are in, as `useLiveQuery` does). A snapshot for
 * `useSyncExternalStore`: the same object as long as nothing changed.
 */
class RangeView {
  private last: PostsInRange | undefined;

  show(entry: RangeEntry | null): PostsInRange | undefined {
    if (entry === null) return NO_RANGE;
    if (entry.result !== undefined) this.last = entry.result;
    return this.last;
  }
}

const NO_RANGE: PostsInRange = { range: null, posts: [] };

/**
 * Posts scheduled in [startUtc, endUtc), live, with the range they belong to (an empty list without a range).
 * `undefined` until the first range's posts are read; after a range change the previous range's result stays until
 * the new one is in.
 */
export function usePostsInRange(
  range: { startUtc: string; endUtc: string } | null,
): PostsInRange | undefined {
  const startUtc = range?.startUtc ?? null;
  const endUtc = range?.endUtc ?? null;
  const subscribeToRange = useCallback(
    (listener: () => void) =>
      startUtc === null || endUtc === null ? () => undefined : subscribe(startUtc, endUtc, listener),
    [startUtc, endUtc],
  );
  const [view] = useState(() => new RangeView());
  // The entry is looked up on every call: one forgotten meanwhile is read again, not watched stale.
  const entry = () => (startUtc === null || endUtc === null ? null : entryFor(startUtc, endUtc));
  const result = useSyncExternalStore(subscribeToRange, () => view.show(entry()));
  const error = entry()?.error;
  if (error !== undefined) throw error;
  return result;
}

/** The posts of `usePostsInRange`, without their range. */
export function usePostsBetween(range: { startUtc: string; endUtc: string } | null): Post[] | undefined {
  return usePostsInRange(range)?.posts;
}
