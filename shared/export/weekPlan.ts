/**
 * The printable week plan for Monday's meeting, as data: seven days Monday to Sunday in the organisation's zone,
 * each with its posts ordered by time, and for a longer range one such week after the other. The renderer lays it
 * out (A4 landscape, a row per day, each week on pages of its own) and formats the labels; nothing here knows about
 * HTML or language. The plan shows every post of the range whatever its status (drafts too, each with its status):
 * it is the team's agenda, not the export.
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { Channel } from '../model/channels';
import { isPlainDate, isoToZonedParts } from '../time/zoned';
import type { WorkflowStatus } from '../workflow/statuses';
import { assertTimeZone, ExportError } from './errors';
import type { ExclusionReason, ExportSelection } from './selection';
import { byScheduledInstant, type ExportPost } from './types';

/** ISO weekday: 1 Monday … 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WeekPlanEntry {
  postId: string;
  /** Wall-clock time `HH:mm` in the organisation's zone. */
  time: string;
  /** The full instant, ISO with offset as stored. */
  scheduledAt: string;
  title: string;
  networks: Channel[];
  status: WorkflowStatus;
  /** The first non-empty line of the master text (or of the first variant), at most 160 characters (graphemes). */
  firstLine: string;
}

export interface WeekPlanDay {
  /** `YYYY-MM-DD`. */
  date: string;
  weekday: IsoWeekday;
  /** Day of month 1–31 and month 1–12, for labels like "Mo 23.11.". */
  day: number;
  month: number;
  year: number;
  /** False for the days of the first and last week that lie outside the chosen range (their posts are not shown). */
  inRange: boolean;
  entries: WeekPlanEntry[];
}

export interface WeekPlan {
  /** Monday and Sunday, `YYYY-MM-DD`. */
  weekStart: string;
  weekEnd: string;
  isoWeek: number;
  isoWeekYear: number;
  timeZone: string;
  days: WeekPlanDay[];
}

export interface WeekPlanOptions {
  /** The Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  timeZone: string;
}

const FIRST_LINE_MAX = 160;
const GRAPHEMES = new Intl.Segmenter('de', { granularity: 'grapheme' });

function plainDateParts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** `date` plus `days` calendar days (plain dates: no time zone, no DST). */
function addDays(date: string, days: number): string {
  const [year, month, day] = plainDateParts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function isoWeekday(date: string): IsoWeekday {
  const [year, month, day] = plainDateParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (weekday === 0 ? 7 : weekday) as IsoWeekday;
}

/** The first non-empty line of a text, shortened with an ellipsis. */
export function firstLineOf(text: string): string {
  const line =
    text
      .split(/\r\n|\r|\n/)
      .find((candidate) => candidate.trim() !== '')
      ?.trim() ?? '';
  const graphemes = Array.from(GRAPHEMES.segment(line), (part) => part.segment);
  if (graphemes.length <= FIRST_LINE_MAX) return line;
  return `${graphemes
    .slice(0, FIRST_LINE_MAX - 1)
    .join('')
    .trimEnd()}…`;
}

function entryOf(post: ExportPost & { scheduledAt: string }, timeZone: string): WeekPlanEntry {
  const text = post.text.trim() !== '' ? post.text : (post.variants[0]?.text ?? '');
  return {
    postId: post.id,
    time: isoToZonedParts(post.scheduledAt, timeZone).time,
    scheduledAt: post.scheduledAt,
    title: post.title,
    networks: [...post.channels],
    status: post.status,
    firstLine: firstLineOf(text),
  };
}

/**
 * The week from `weekStart` (a Monday; else `ExportError` `invalidDate`) in `timeZone`. Posts of other weeks and
 * posts without a time are left out; all statuses are shown (the caller chooses which posts to pass).
 */
export function buildWeekPlan(posts: readonly ExportPost[], options: WeekPlanOptions): WeekPlan {
  assertTimeZone(options.timeZone);
  const { weekStart, timeZone } = options;
  if (!isPlainDate(weekStart) || isoWeekday(weekStart) !== 1) {
    throw new ExportError('invalidDate', { value: weekStart });
  }
  const days: WeekPlanDay[] = Array.from({ length: 7 }, (_, offset) => {
    const date = addDays(weekStart, offset);
    const [year, month, day] = plainDateParts(date);
    return { date, weekday: (offset + 1) as IsoWeekday, day, month, year, inRange: true, entries: [] };
  });
  const dayByDate = new Map(days.map((day) => [day.date, day]));
  for (const post of [...posts].sort(byScheduledInstant)) {
    const { scheduledAt } = post;
    if (scheduledAt === null || Number.isNaN(Date.parse(scheduledAt))) continue;
    dayByDate
      .get(isoToZonedParts(scheduledAt, timeZone).date)
      ?.entries.push(entryOf({ ...post, scheduledAt }, timeZone));
  }
  const [year, month, day] = plainDateParts(weekStart);
  const thursday = new Date(year, month - 1, day + 3, 12);
  return {
    weekStart,
    weekEnd: addDays(weekStart, 6),
    isoWeek: getISOWeek(thursday),
    isoWeekYear: getISOWeekYear(thursday),
    timeZone,
    days,
  };
}

export interface WeekPlanRangeOptions {
  /** First and last day of the range, `YYYY-MM-DD`, both inclusive. */
  fromDate: string;
  toDate: string;
  timeZone: string;
}

/** At most this many weeks (the export page's range is at most 366 days, 53 weeks and a bit). */
export const MAX_WEEK_PLAN_WEEKS = 54;

/**
 * One week plan for every week the range touches, Monday to Sunday, in order. Days of those weeks outside the range
 * are marked `inRange: false` and hold no posts. Throws `ExportError` `invalidDate` or `invalidRange`.
 */
export function buildWeekPlans(posts: readonly ExportPost[], options: WeekPlanRangeOptions): WeekPlan[] {
  const { fromDate, toDate, timeZone } = options;
  for (const value of [fromDate, toDate]) {
    if (!isPlainDate(value)) throw new ExportError('invalidDate', { value });
  }
  if (fromDate > toDate) throw new ExportError('invalidRange', { fromDate, toDate });
  const inRange = posts.filter((post) => {
    if (post.scheduledAt === null || Number.isNaN(Date.parse(post.scheduledAt))) return false;
    const day = isoToZonedParts(post.scheduledAt, timeZone).date;
    return day >= fromDate && day <= toDate;
  });
  const plans: WeekPlan[] = [];
  for (
    let monday = addDays(fromDate, 1 - isoWeekday(fromDate));
    monday <= toDate && plans.length < MAX_WEEK_PLAN_WEEKS;
    monday = addDays(monday, 7)
  ) {
    const plan = buildWeekPlan(inRange, { weekStart: monday, timeZone });
    plans.push({
      ...plan,
      days: plan.days.map((day) => ({ ...day, inRange: day.date >= fromDate && day.date <= toDate })),
    });
  }
  return plans;
}

/** Reasons that put a post outside the export's scope (range, networks, campaigns): not on the plan either. */
const OUT_OF_SCOPE: readonly ExclusionReason[] = [
  'notScheduled',
  'outOfRange',
  'channelNotChosen',
  'campaignNotChosen',
];

/**
 * The posts of the week plan from the export's selection: every post of the chosen range, networks and campaigns,
 * whether the export takes it or not (drafts, posts in review, on hold …), narrowed to the chosen networks.
 */
export function weekPlanPosts(selection: ExportSelection, channels?: readonly Channel[]): ExportPost[] {
  const narrowed = selection.excluded
    .filter((entry) => !OUT_OF_SCOPE.includes(entry.reason))
    .map(({ post }) =>
      channels === undefined
        ? post
        : { ...post, channels: post.channels.filter((channel) => channels.includes(channel)) },
    );
  return [...selection.included, ...narrowed].sort(byScheduledInstant);
}
