/** Counts of findings per post and per ISO week, for the calendar's badges and its weekly summary. */
import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear } from 'date-fns';
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

/** Scheduled posts grouped by ISO week of their date in `timeZone`, with their findings added up. */
export function weeklySummary(
  posts: readonly Pick<Post, 'id' | 'scheduledAt'>[],
  counts: Readonly<Record<string, FindingCounts>>,
  timeZone: string,
): WeekSummary[] {
  const weeks = new Map<string, WeekSummary>();
  for (const post of posts) {
    if (post.scheduledAt === null) continue;
    const day = new TZDate(Date.parse(post.scheduledAt), timeZone);
    const year = getISOWeekYear(day);
    const week = getISOWeek(day);
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
