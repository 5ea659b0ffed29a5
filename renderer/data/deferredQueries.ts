/**
 * Reads that the first screen can do without, started when the page is first idle: the calendar's own query
 * does not queue behind them (IndexedDB and the main thread's structured clone are shared). See BENCHMARKS.md.
 */
import { useEffect, useState } from 'react';
import type { Post, PostStatus } from '../../shared/model/post';
import { usePostsInStatuses } from './workflowQueries';

const NO_STATUSES: readonly PostStatus[] = [];
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

/** `usePostsInStatuses`, started once the page is idle; `undefined` until then and while loading. */
export function useDeferredPostsInStatuses(statuses: readonly PostStatus[]): Post[] | undefined {
  const idle = useIdleOnce();
  const posts = usePostsInStatuses(idle ? statuses : NO_STATUSES);
  return idle ? posts : undefined;
}
