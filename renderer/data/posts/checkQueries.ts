/**
 * Finding counts of the posts on screen, for the calendar's badges and weekly summary; live with the media, their
 * consents and the day (an unscheduled post's consents are checked for today).
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FindingCounts } from '../../../shared/calendar/postEvents';
import { countFindings } from '../../../shared/checks/summary';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { db } from '../store/db';
import { useChecks, type ReviewModule } from './checksLoader';
import { useCrisisState } from '../workflow/workflowQueries';
import { useToday } from '../store/useToday';

const NO_POSTS: Post[] = [];
const NO_COUNTS: Record<string, FindingCounts> = {};
/** Main-thread time per slice of checking; between slices the calendar stays responsive. */
const SLICE_MS = 12;

/** The media of the posts on screen and the consents they link, read together (one live query). */
interface MediaAndConsents {
  media: Readonly<Record<string, MediaMeta>>;
  consents: readonly Consent[];
}

interface CountCache {
  settings: Settings;
  data: MediaAndConsents;
  crisisMode: boolean;
  /** An instant of today (useToday): a new day starts a new cache. */
  now: Date;
  /** Post id → [version, counts]. */
  byPost: Map<string, [string, FindingCounts]>;
}

// Counts per post version, kept while settings, media, consents, crisis mode and the day stay the same: a drop or
// an edit re-checks only the post that changed, not the whole month.
let cache: CountCache | null = null;

function cacheFor(settings: Settings, data: MediaAndConsents, crisisMode: boolean, now: Date): CountCache {
  if (
    cache?.settings !== settings ||
    cache.data !== data ||
    cache.crisisMode !== crisisMode ||
    cache.now !== now
  ) {
    cache = { settings, data, crisisMode, now, byPost: new Map() };
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
      const findings = checks.findingsOf(post, {
        ...current.data,
        settings: current.settings,
        now: current.now,
        crisisMode: current.crisisMode,
      });
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
  const data = useLiveQuery(async (): Promise<MediaAndConsents> => {
    const ids = mediaKey === '' ? [] : mediaKey.split(',');
    const metas = (await db.media.bulkGet(ids)).filter((meta): meta is MediaMeta => meta !== undefined);
    const consentIds = [...new Set(metas.flatMap((meta) => meta.consentIds))];
    const consents = (await db.consents.bulkGet(consentIds)).filter(
      (consent): consent is Consent => consent !== undefined,
    );
    return { media: Object.fromEntries(metas.map((meta) => [meta.id, meta])), consents };
  }, [mediaKey]);
  const now = useToday(settings.timeZone);
  const crisisMode = useCrisisState()?.active === true;
  // The engine is a chunk of its own (checksLoader.ts); the calendar draws first, the badges follow.
  const checks = useChecks(posts !== undefined);
  const [counts, setCounts] = useState<Record<string, FindingCounts>>(NO_COUNTS);
  useEffect(() => {
    if (data === undefined || checks === null) return;
    return countInSlices(list, checks, cacheFor(settings, data, crisisMode, now), (next) => {
      // Unchanged counts keep the old object: the events (and FullCalendar) need not be rebuilt.
      setCounts((previous) => (sameCounts(previous, next) ? previous : next));
    });
  }, [list, data, settings, crisisMode, now, checks]);
  return counts;
}
