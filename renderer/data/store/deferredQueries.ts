/**
 * Reads that the first screen can do without, started when the page is first idle: the calendar's own query
 * does not queue behind them (IndexedDB and the main thread's structured clone are shared). See BENCHMARKS.md.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Post } from '../../../shared/model/post';
import { guardData } from './dataErrors';
import { postsForReminders } from '../workflow/workflowQueries';

let idleOnce = false;

/** Calls `work` when the page is idle (at most ~1 s later), or on the next task without `requestIdleCallback`. */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/** False until the page has been idle once since it loaded (then true for every later caller at once). */
export function useIdleOnce(): boolean {
  const [idle, setIdle] = useState(idleOnce);
  useEffect(() => {
    if (idle) return;
    return whenIdle(() => {
      idleOnce = true;
      setIdle(true);
    });
  }, [idle]);
  return idle;
}

/**
 * The reminders' posts (`postsForReminders`), read once the page is idle and again when the UTC day of `now` (an
 * ISO instant) changes or the posts change; `undefined` until then and while loading.
 */
export function useDeferredReminderPosts(now: string): Post[] | undefined {
  const idle = useIdleOnce();
  const day = now.slice(0, 10);
  const posts = useLiveQuery(
    () => (idle ? guardData(() => postsForReminders(new Date(`${day}T00:00:00.000Z`))) : undefined),
    [idle, day],
  );
  return idle ? posts : undefined;
}
