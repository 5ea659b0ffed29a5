/** Counts of findings per post and per ISO week, for the calendar's badges and its weekly summary. */
import type { FindingCounts } from '../calendar/postEvents';
import type { Post } from '../model/post';
import type { CheckFinding } from './types';

export function countFindings(findings: readonly Pick<CheckFinding, 'severity'>[]): FindingCounts {
  return {
    block: findings.filter((finding) => finding.severity === 'block').length,
    warn: findings.filter((finding) => finding.severity === 'warn').length,
  };
}

export interface WeekSummary {
  /** ISO week year and number in the organisation's zone, e.g. 2026 and 48. */
  year: number;
  week: number;
  posts: number;
  /** Posts with at least one blocking finding. */
  postsBlocked: number;
  warnings: number;
}

/** Formatters per zone: `Intl.DateTimeFormat` is costly to build and cheap to reuse. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The ISO week (year and number) of the calendar day `YYYY-MM-DD`. */
export function isoWeekOfDate(date: string): { year: number; week: number } {
  const day = new Date(`${date}T00:00:00Z`);
  // The Thursday of the same ISO week decides the year.
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { year, week };
}

/**
 * The ISO week of an instant in `timeZone`: its local day by a reused formatter (a month holds hundreds of posts
 * and the summary is drawn with the calendar, see BENCHMARKS.md).
 */
function isoWeekOf(instant: number, timeZone: string): { year: number; week: number } {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return isoWeekOfDate(format.format(instant));
}

/** Scheduled posts grouped by ISO week of their date in `timeZone`, with their findings added up. */
export function weeklySummary(
  posts: readonly Pick<Post, 'id' | 'scheduledAt'>[],
  counts: Readonly<Record<string, FindingCounts>>,
  timeZone: string,
): WeekSummary[] {
  const weeks = new Map<string, WeekSummary>();
  for (const post of posts) {
    if (post.scheduledAt === null) continue;
    const { year, week } = isoWeekOf(Date.parse(post.scheduledAt), timeZone);
    const key = `${year}-${String(week).padStart(2, '0')}`;
    const summary = weeks.get(key) ?? { year, week, posts: 0, postsBlocked: 0, warnings: 0 };
    const found = counts[post.id] ?? { block: 0, warn: 0 };
    summary.posts += 1;
    summary.postsBlocked += found.block > 0 ? 1 : 0;
    summary.warnings += found.warn;
    weeks.set(key, summary);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, summary]) => summary);
}
