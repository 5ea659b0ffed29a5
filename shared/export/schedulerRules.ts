/**
 * The schedulers' documented import rules (../../../shared/domain.md, "Bulk-import formats of online schedulers"),
 * checked before a CSV is written: a row that a scheduler would refuse or post wrongly is left out of the file, with
 * its reason, never dropped silently. The export page lists these rows before the export; the CLI reports them.
 *
 * - Instagram needs an image. Hootsuite's and Sprout Social's formats have no media column, so no Instagram row can
 *   carry its image; Buffer and Publer take one by URL, so an Instagram row goes only with a URL for its image.
 *   (Offline, the publish package carries the images: that is the hand-off for Instagram.)
 * - Hootsuite: minutes must end in 0 or 5, and a post must be at least 10 minutes ahead (when `now` is given).
 * - Sprout Social: messages of one profile at least 10 minutes apart (the later one is left out).
 * - Buffer's rows per upload (10 free, 100 paid) are a file limit: see `SCHEDULER_MAX_ROWS` in schedulerCsv.ts.
 */
import type { Channel } from '../model/channels';
import { byScheduledInstant, postVariants, type ExportPost } from './types';

export type SchedulerRowProblem = 'instagramNeedsImage' | 'minuteStep' | 'tooSoon' | 'tooClose';

export interface LeftOutRow {
  postId: string;
  title: string;
  channel: Channel;
  /** The post's time, ISO with offset as stored. */
  scheduledAt: string;
  problem: SchedulerRowProblem;
}

/** What the rules need of the CSV options (a structural subset of `SchedulerCsvOptions`). */
export interface SchedulerRuleOptions {
  format: 'hootsuite' | 'buffer' | 'sprout' | 'publer';
  /** Media id → public URL of the image (Buffer, Publer). */
  mediaUrls?: Readonly<Record<string, string>>;
  /** The moment of the export, for Hootsuite's "at least 10 minutes ahead". */
  now?: Date;
}

export const HOOTSUITE_MINUTE_STEP = 5;
export const HOOTSUITE_MIN_LEAD_MINUTES = 10;
export const SPROUT_MIN_SPACING_MINUTES = 10;
const MINUTE = 60_000;

/** Whether the variant's media have an image URL the scheduler can fetch. */
function hasImageUrl(mediaIds: readonly string[], options: SchedulerRuleOptions): boolean {
  if (options.format === 'hootsuite' || options.format === 'sprout') return false;
  const urls = options.mediaUrls;
  if (urls === undefined) return false;
  return mediaIds.some((id) => Object.hasOwn(urls, id) && (urls[id] ?? '') !== '');
}

/** Minutes of the hour of an ISO time with offset, as written (the organisation's wall clock). */
function wallMinutes(scheduledAt: string): number {
  const match = /T\d{2}:(\d{2})/.exec(scheduledAt);
  return match === null ? Number.NaN : Number(match[1]);
}

/** The rows of `posts` (one per post and network) that `options.format` would refuse, each with its reason. */
export function schedulerRowsLeftOut(
  posts: readonly ExportPost[],
  options: SchedulerRuleOptions,
): LeftOutRow[] {
  const leftOut: LeftOutRow[] = [];
  const lastKept = new Map<Channel, number>();
  for (const post of [...posts].sort(byScheduledInstant)) {
    const { scheduledAt } = post;
    if (scheduledAt === null) continue;
    const instant = Date.parse(scheduledAt);
    if (Number.isNaN(instant)) continue;
    for (const { channel, variant } of postVariants(post)) {
      const problem = rowProblem(channel, variant.mediaIds, scheduledAt, instant, lastKept, options);
      if (problem === null) lastKept.set(channel, instant);
      else leftOut.push({ postId: post.id, title: post.title, channel, scheduledAt, problem });
    }
  }
  return leftOut;
}

function rowProblem(
  channel: Channel,
  mediaIds: readonly string[],
  scheduledAt: string,
  instant: number,
  lastKept: ReadonlyMap<Channel, number>,
  options: SchedulerRuleOptions,
): SchedulerRowProblem | null {
  if (channel === 'instagram' && !hasImageUrl(mediaIds, options)) return 'instagramNeedsImage';
  if (options.format === 'hootsuite') {
    // The offset's minutes are whole hours or half hours in the desk's zones; the wall clock is what Hootsuite reads.
    if (wallMinutes(scheduledAt) % HOOTSUITE_MINUTE_STEP !== 0) return 'minuteStep';
    if (options.now !== undefined && instant < options.now.getTime() + HOOTSUITE_MIN_LEAD_MINUTES * MINUTE) {
      return 'tooSoon';
    }
  }
  if (options.format === 'sprout') {
    const previous = lastKept.get(channel);
    if (previous !== undefined && instant - previous < SPROUT_MIN_SPACING_MINUTES * MINUTE) return 'tooClose';
  }
  return null;
}

/** The key of a row, `postId` and network. */
export function rowKey(postId: string, channel: Channel): string {
  return `${postId}\u0000${channel}`;
}

/** The posts that keep at least one row in the files (the others are not exported at all). */
export function postsWithRows(posts: readonly ExportPost[], leftOut: readonly LeftOutRow[]): ExportPost[] {
  const out = new Set(leftOut.map((row) => rowKey(row.postId, row.channel)));
  return posts.filter((post) => postVariants(post).some(({ channel }) => !out.has(rowKey(post.id, channel))));
}
