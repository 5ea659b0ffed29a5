/** Finding counts of the posts on screen, for the calendar's badges and weekly summary; live with the media. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FindingCounts } from '../../shared/calendar/postEvents';
import { countFindings } from '../../shared/checks/summary';
import type { MediaMeta } from '../../shared/model/media';
import type { Post } from '../../shared/model/post';
import type { Settings } from '../../shared/model/settings';
import { db } from './db';
import { useChecks, type ReviewModule } from './checksLoader';
import { useCrisisState } from './workflowQueries';

const NO_POSTS: Post[] = [];
const NO_COUNTS: Record<string, FindingCounts> = {};
/** Main-thread time per slice of checking; between slices the calendar stays responsive. */
const SLICE_MS = 12;

interface CountCache {
  settings: Settings;
  media: Readonly<Record<string, MediaMeta>>;
  crisisMode: boolean;
  /** Post id → [version, counts]. */
  byPost: Map<string, [string, FindingCounts]>;
}

// Counts per post version, kept while settings, media and crisis mode stay the same: a drop or an edit re-checks
// only the post that changed, not the whole month.
let cache: CountCache | null = null;

function cacheFor(settings: Settings, media: CountCache['media'], crisisMode: boolean): CountCache {
  if (cache?.settings !== settings || cache.media !== media || cache.crisisMode !== crisisMode) {
    cache = { settings, media, crisisMode, byPost: new Map() };
  }
  return cache;
}

/** Runs `work` when the page is idle (after rendering and input), else on the next task; returns a cancel. */
function later(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

function versionOf(post: Post): string {
  return `${post.updatedAt}|${post.status}|${post.workflow.revision}`;
}

/**
 * Counts every post's findings in slices of ~12 ms of idle time and calls `done` once with all of them; cached
 * posts cost nothing. Returns a cancel function.
 */
function countInSlices(
  posts: readonly Post[],
  checks: ReviewModule,
  current: CountCache,
  done: (counts: Record<string, FindingCounts>) => void,
): () => void {
  const result: Record<string, FindingCounts> = {};
  let index = 0;
  let cancelled = false;
  let cancelNext: () => void = () => undefined;
  const step = () => {
    const started = performance.now();
    for (; index < posts.length; index += 1) {
      const post = posts[index];
      if (post === undefined) continue;
      const version = versionOf(post);
      const hit = current.byPost.get(post.id);
      if (hit?.[0] === version) {
        result[post.id] = hit[1];
        continue;
      }
      if (performance.now() - started > SLICE_MS) {
        cancelNext = later(step);
        return;
      }
      const findings = checks.findingsOf(post, current.media, current.settings, current.crisisMode);
      const counts = countFindings(findings);
      current.byPost.set(post.id, [version, counts]);
      result[post.id] = counts;
    }
    if (!cancelled) done(result);
  };
  // Even the first slice waits: the calendar draws its events before the checks take the main thread.
  cancelNext = later(step);
  return () => {
    cancelled = true;
    cancelNext();
  };
}

function sameCounts(a: Record<string, FindingCounts>, b: Record<string, FindingCounts>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}

export function useFindingCounts(
  posts: Post[] | undefined,
  settings: Settings,
): Record<string, FindingCounts> {
  const list = posts ?? NO_POSTS;
  const mediaKey = [...new Set(list.flatMap((post) => post.media.map((item) => item.mediaId)))]
    .sort()
    .join(',');
  const media = useLiveQuery(async () => {
    const ids = mediaKey === '' ? [] : mediaKey.split(',');
    const metas = await db.media.bulkGet(ids);
    return Object.fromEntries(
      metas.filter((meta): meta is MediaMeta => meta !== undefined).map((meta) => [meta.id, meta]),
    );
  }, [mediaKey]);
  const crisisMode = useCrisisState()?.active === true;
  // The engine is a chunk of its own (checksLoader.ts); the calendar draws first, the badges follow.
  const checks = useChecks(posts !== undefined);
  const [counts, setCounts] = useState<Record<string, FindingCounts>>(NO_COUNTS);
  useEffect(() => {
    if (media === undefined || checks === null) return;
    return countInSlices(list, checks, cacheFor(settings, media, crisisMode), (next) => {
      // Unchanged counts keep the old object: the events (and FullCalendar) need not be rebuilt.
      setCounts((previous) => (sameCounts(previous, next) ? previous : next));
    });
  }, [list, media, settings, crisisMode, checks]);
  return counts;
}
