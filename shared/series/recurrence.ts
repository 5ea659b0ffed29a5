/**
 * SeriesRule ⇄ RFC 5545 recurrence rules, with the `rrule` library.
 *
 * Wall-clock, not instants: `rrule` computes in UTC, so a rule built from real instants of Europe/Berlin would
 * drift by an hour across a DST switch. Here every date handed to `rrule` is a *floating* date: its UTC fields
 * are the local calendar fields (2026-10-29 10:00 local ⇒ `Date.UTC(2026, 9, 29, 10, 0)`). Only after expansion
 * is each day combined with the wall-clock time in the organisation's zone (see expandSeries).
 */
import { Frequency, RRule, Weekday } from 'rrule';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { zonedDateTimeToIso } from '../time/zoned';
import { SERIES_WEEKDAYS, sortWeekdays, type SeriesFrequency, type SeriesRule } from './seriesRule';

const FREQUENCY: Record<SeriesFrequency, { rrule: Frequency; rfc: string }> = {
  daily: { rrule: Frequency.DAILY, rfc: 'DAILY' },
  weekly: { rrule: Frequency.WEEKLY, rfc: 'WEEKLY' },
  monthly: { rrule: Frequency.MONTHLY, rfc: 'MONTHLY' },
};

/** `YYYY-MM-DD` (+ `HH:mm`, + seconds) → a floating date: the local fields stored as UTC fields. */
export function floatingDate(date: string, time = '00:00', seconds = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute, seconds));
}

/** A floating date back to its calendar day `YYYY-MM-DD`. */
export function floatingDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `rrule` object of a series, on floating dates. The rule must be valid (seriesRuleSchema). */
export function toRRule(rule: SeriesRule): RRule {
  return new RRule({
    freq: FREQUENCY[rule.frequency].rrule,
    interval: rule.interval,
    wkst: RRule.MO,
    dtstart: floatingDate(rule.startDate, rule.time),
    byweekday:
      rule.frequency === 'weekly'
        ? sortWeekdays(rule.weekdays).map((day) => new Weekday(SERIES_WEEKDAYS.indexOf(day)))
        : null,
    // UNTIL is inclusive: any time on the last day still counts.
    until: rule.end.kind === 'until' ? floatingDate(rule.end.date, '23:59', 59) : null,
    count: rule.end.kind === 'count' ? rule.end.count : null,
  });
}

/**
 * The RRULE value for storage and export, e.g. `FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TH;UNTIL=20270331T235959`.
 *
 * RFC 5545 ties the form of UNTIL to DTSTART:
 * - without `timeZone`, UNTIL is a local ("floating") date-time, to pair with a floating
 *   `DTSTART:20261001T100000`: the form the series is expanded in;
 * - with `timeZone`, UNTIL is the end of the last day in that zone as UTC (`…Z`), to pair with
 *   `DTSTART;TZID=Europe/Berlin:20261001T100000` (see toICalendarRecurrence).
 * Skipped public holidays are not part of the rule (an export lists them as EXDATE).
 */
export function toRRuleString(rule: SeriesRule, timeZone?: string): string {
  const parts = [`FREQ=${FREQUENCY[rule.frequency].rfc}`, `INTERVAL=${rule.interval}`, 'WKST=MO'];
  if (rule.frequency === 'weekly') parts.push(`BYDAY=${sortWeekdays(rule.weekdays).join(',')}`);
  if (rule.end.kind === 'count') {
    parts.push(`COUNT=${rule.end.count}`);
  } else if (timeZone === undefined) {
    parts.push(`UNTIL=${rule.end.date.replaceAll('-', '')}T235959`);
  } else {
    const endOfDay = new Date(zonedDateTimeToIso(rule.end.date, '23:59', timeZone)).getTime() + 59_000;
    parts.push(`UNTIL=${format(new TZDate(endOfDay, 'UTC'), "yyyyMMdd'T'HHmmss'Z'")}`);
  }
  return parts.join(';');
}

/**
 * DTSTART and RRULE lines for an iCalendar VEVENT in the organisation's zone:
 * `DTSTART;TZID=Europe/Berlin:20261001T100000` and `RRULE:…;UNTIL=…Z`.
 * DTSTART is the first occurrence (not the start day, which need not match the rule: calendar programs would add
 * a non-matching DTSTART as an extra event). Returns null when the rule has no occurrence.
 */
export function toICalendarRecurrence(rule: SeriesRule, timeZone: string): string | null {
  const first = toRRule(rule).after(floatingDate(rule.startDate, rule.time), true);
  if (first === null) return null;
  const dtstart = `${floatingDay(first).replaceAll('-', '')}T${rule.time.replace(':', '')}00`;
  return `DTSTART;TZID=${timeZone}:${dtstart}\nRRULE:${toRRuleString(rule, timeZone)}`;
}
