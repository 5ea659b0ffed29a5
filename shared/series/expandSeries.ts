/**
 * Expanding a series rule into the posts it creates.
 *
 * - Wall-clock: the rule is expanded on floating dates (see recurrence.ts) and each day is combined with the
 *   rule's time in the organisation's zone, so "Thursday 10:00" stays 10:00 local across DST switches; the offset
 *   in `scheduledAt` changes instead (+02:00 in summer, +01:00 in winter). A time inside the spring gap
 *   (02:30 on the last Sunday of March) moves forward by the gap, as zonedDateTimeToIso does for single posts.
 * - Public holidays (when asked) are left out *after* counting: COUNT keeps its RFC 5545 meaning (the number of
 *   generated instances), so "13 Thursdays" over Ascension Day gives 12 posts, and the skipped day is reported.
 * - The cap applies to the generated instances, before holidays are skipped: a rule is refused with `tooMany`
 *   when it generates more than `maxOccurrences` (never truncated silently), and with `noOccurrence` when it
 *   yields no post at all (also when every generated day is a holiday).
 */
import { publicHolidays, type PublicHoliday, type Region } from '../calendar/holidays';
import { zonedDateTimeToIso } from '../time/zoned';
import { floatingDay, toRRule } from './recurrence';
import { seriesRuleSchema, type SeriesRule } from './seriesRule';

export const DEFAULT_MAX_OCCURRENCES = 400;

export interface SeriesOccurrence {
  /** `YYYY-MM-DD`, the occurrence's day in the organisation's zone: its stable id within the series. */
  key: string;
  /** ISO 8601 with the offset valid then, e.g. `2026-10-29T10:00:00+01:00`. */
  scheduledAt: string;
}

export interface ExpandSeriesOptions {
  /** The organisation's IANA time zone. */
  timeZone: string;
  /** The organisation's region, for public holidays. */
  region: Region;
  /** Refuse rules generating more occurrences than this (default 400). */
  maxOccurrences?: number;
  /** Language of holiday names (default `de`). */
  language?: string;
}

export type SeriesExpansion =
  | { ok: true; occurrences: SeriesOccurrence[]; skippedHolidays: PublicHoliday[] }
  | { ok: false; reason: 'noOccurrence' }
  | { ok: false; reason: 'tooMany'; limit: number };

/**
 * The occurrences of `rule`, in order. Throws a RangeError for a rule the schema rejects (callers validate the
 * form with seriesRuleSchema first) or for a cap below 1.
 */
export function expandSeries(rule: SeriesRule, options: ExpandSeriesOptions): SeriesExpansion {
  const parsed = seriesRuleSchema.safeParse(rule);
  if (!parsed.success) {
    throw new RangeError(`Invalid series rule: ${parsed.error.issues.map((i) => i.message).join(', ')}`);
  }
  const limit = options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Invalid occurrence cap: ${limit}`);

  // Generate at most one more than the cap: enough to know the rule is too big, without expanding it all.
  const days = toRRule(rule)
    .all((_date, index) => index <= limit)
    .map(floatingDay);
  if (days.length > limit) return { ok: false, reason: 'tooMany', limit };
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return { ok: false, reason: 'noOccurrence' };

  const holidays = rule.skipPublicHolidays
    ? holidaysByDay(publicHolidays(options.region, first, last, options.language ?? 'de'))
    : new Map<string, string>();
  const occurrences: SeriesOccurrence[] = [];
  const skippedHolidays: PublicHoliday[] = [];
  for (const day of days) {
    const holiday = holidays.get(day);
    if (holiday === undefined) {
      occurrences.push({ key: day, scheduledAt: zonedDateTimeToIso(day, rule.time, options.timeZone) });
    } else {
      skippedHolidays.push({ date: day, name: holiday });
    }
  }
  if (occurrences.length === 0) return { ok: false, reason: 'noOccurrence' };
  return { ok: true, occurrences, skippedHolidays };
}

/** Holiday names by day; two holidays on one day (it happens: Ascension Day on 1 May) share one entry. */
function holidaysByDay(holidays: PublicHoliday[]): Map<string, string> {
  const byDay = new Map<string, string>();
  for (const { date, name } of holidays) {
    const known = byDay.get(date);
    byDay.set(date, known === undefined ? name : `${known} / ${name}`);
  }
  return byDay;
}
