/**
 * The content mix of the plan: how many placements each category (content pillar) gets per month and network, and
 * a campaign's budget position. Pure functions: the time zone and `now` are always passed in.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Campaign } from '../model/campaign';
import { CHANNELS, type Channel } from '../model/channels';
import type { Post } from '../model/post';
import { isoToUtc, zonedDateTimeToIso } from '../time/zoned';

/** A month `YYYY-MM`. */
export type MonthKey = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): value is MonthKey {
  return MONTH_PATTERN.test(value);
}

export interface ContentMixOptions {
  /** First and last month of the period, both included. */
  fromMonth: MonthKey;
  toMonth: MonthKey;
  /** The organisation's time zone: a post belongs to the month of its wall-clock day there. */
  timeZone: string;
}

export interface ContentMixRow {
  month: MonthKey;
  /** `null` for posts without a category. */
  category: string | null;
  channel: Channel;
  /** Placements: a post counts once for every network it is planned for. */
  count: number;
}

export type MixPost = Pick<Post, 'channels' | 'category' | 'scheduledAt'>;

function assertPeriod(fromMonth: string, toMonth: string): void {
  if (!isMonthKey(fromMonth) || !isMonthKey(toMonth)) {
    throw new RangeError(`Not a month (YYYY-MM): ${fromMonth} / ${toMonth}`);
  }
  if (fromMonth > toMonth) throw new RangeError(`Period ends before it starts: ${fromMonth} > ${toMonth}`);
}

/** The month of an ISO instant as seen in `timeZone`. */
export function monthOfInstant(iso: string, timeZone: string): MonthKey {
  return format(new TZDate(new Date(iso).getTime(), timeZone), 'yyyy-MM');
}

/** Every month from `fromMonth` to `toMonth`, both included. */
export function monthsBetween(fromMonth: MonthKey, toMonth: MonthKey): MonthKey[] {
  assertPeriod(fromMonth, toMonth);
  const months: MonthKey[] = [];
  let [year, month] = fromMonth.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${String(year)}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key === toMonth) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

function nextMonth(month: MonthKey): MonthKey {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return index === 12 ? `${String(year + 1)}-01` : `${String(year)}-${String(index + 1).padStart(2, '0')}`;
}

/** The period as UTC instants [startUtc, endUtc): midnight at the start of each end, in the organisation's zone. */
export function monthRangeUtc(
  fromMonth: MonthKey,
  toMonth: MonthKey,
  timeZone: string,
): { startUtc: string; endUtc: string } {
  assertPeriod(fromMonth, toMonth);
  return {
    startUtc: isoToUtc(zonedDateTimeToIso(`${fromMonth}-01`, '00:00', timeZone)),
    endUtc: isoToUtc(zonedDateTimeToIso(`${nextMonth(toMonth)}-01`, '00:00', timeZone)),
  };
}

/** The calendar quarter that contains `now` in `timeZone`. */
export function quarterOf(now: Date, timeZone: string): { fromMonth: MonthKey; toMonth: MonthKey } {
  const [year, month] = monthOfInstant(now.toISOString(), timeZone).split('-').map(Number) as [
    number,
    number,
  ];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const pad = (value: number) => String(value).padStart(2, '0');
  return { fromMonth: `${String(year)}-${pad(first)}`, toMonth: `${String(year)}-${pad(first + 2)}` };
}

function compareCategories(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'de');
}

/**
 * Placements per month × category × network in the period. Unscheduled posts and posts outside the period are
 * ignored; only non-zero rows are returned, sorted by month, category (uncategorised last) and network order.
 */
export function contentMix(posts: readonly MixPost[], options: ContentMixOptions): ContentMixRow[] {
  const { fromMonth, toMonth, timeZone } = options;
  assertPeriod(fromMonth, toMonth);
  const counts = new Map<string, ContentMixRow>();
  for (const post of posts) {
    if (post.scheduledAt === null) continue;
    const month = monthOfInstant(post.scheduledAt, timeZone);
    if (month < fromMonth || month > toMonth) continue;
    for (const channel of new Set(post.channels)) {
      const key = JSON.stringify([month, post.category, channel]);
      const row = counts.get(key);
      if (row) row.count += 1;
      else counts.set(key, { month, category: post.category, channel, count: 1 });
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      compareCategories(a.category, b.category) ||
      CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel),
  );
}

/** The categories that occur in `rows`, in the order of the rows' sort (uncategorised last). */
export function mixCategories(rows: readonly ContentMixRow[]): (string | null)[] {
  return [...new Set(rows.map((row) => row.category))].sort(compareCategories);
}

/** Placements of one month and category over all networks, and per network. */
export interface MixCell {
  total: number;
  byChannel: Record<Channel, number>;
}

function emptyCell(): MixCell {
  return {
    total: 0,
    byChannel: Object.fromEntries(CHANNELS.map((channel) => [channel, 0])) as Record<Channel, number>,
  };
}

/** The rows as a lookup `cell(month, category)`; absent combinations are zero. */
export function mixCells(
  rows: readonly ContentMixRow[],
): (month: MonthKey, category: string | null) => MixCell {
  const cells = new Map<string, MixCell>();
  for (const row of rows) {
    const key = JSON.stringify([row.month, row.category]);
    const cell = cells.get(key) ?? emptyCell();
    cell.total += row.count;
    cell.byChannel[row.channel] += row.count;
    cells.set(key, cell);
  }
  return (month, category) => cells.get(JSON.stringify([month, category])) ?? emptyCell();
}

export interface CampaignBudget {
  plannedCents: number;
  spentCents: number;
  /** Planned minus spent: negative when the campaign is over budget. */
  remainingCents: number;
  overBudget: boolean;
}

export function campaignBudget(
  campaign: Pick<Campaign, 'budgetPlannedCents' | 'budgetSpentCents'>,
): CampaignBudget {
  const plannedCents = campaign.budgetPlannedCents;
  const spentCents = campaign.budgetSpentCents;
  return {
    plannedCents,
    spentCents,
    remainingCents: plannedCents - spentCents,
    overBudget: spentCents > plannedCents,
  };
}
