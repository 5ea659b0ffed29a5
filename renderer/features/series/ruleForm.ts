/**
 * The series rule form as typed (numbers as text), its conversion to a SeriesRule and the live preview of what
 * the rule would create. Pure: the organisation's zone, region and language are passed in.
 */
import type { PublicHoliday, Region } from '../../../shared/calendar/holidays';
import type { UiLocale } from '../../../shared/model/settings';
import { expandSeries } from '../../../shared/series/expandSeries';
import {
  SERIES_WEEKDAYS,
  seriesRuleSchema,
  type SeriesFrequency,
  type SeriesRule,
  type SeriesWeekday,
} from '../../../shared/series/seriesRule';
import { isPlainDate } from '../../../shared/time/zoned';

export interface RuleFormState {
  frequency: SeriesFrequency;
  interval: string;
  /** Kept while another frequency is chosen, so switching back restores them. */
  weekdays: SeriesWeekday[];
  startDate: string;
  time: string;
  endKind: 'until' | 'count';
  untilDate: string;
  count: string;
  skipPublicHolidays: boolean;
}

/** The weekday of a `YYYY-MM-DD` day, or null for an invalid day. */
export function weekdayOf(date: string): SeriesWeekday | null {
  if (!isPlainDate(date)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // getUTCDay: 0 = Sunday; SERIES_WEEKDAYS starts on Monday.
  return SERIES_WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7] ?? null;
}

/** The day before the same day `months` later (a quarter from 2026-12-03 ends on 2027-03-02). */
export function addMonthsMinusOneDay(date: string, months: number): string {
  if (!isPlainDate(date)) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 + months, day - 1)).toISOString().slice(0, 10);
}

/** A weekly series on the draft's weekday and time, for a quarter, skipping public holidays. */
export function initialRuleForm(date: string, time: string): RuleFormState {
  const weekday = weekdayOf(date);
  return {
    frequency: 'weekly',
    interval: '1',
    weekdays: weekday === null ? [] : [weekday],
    startDate: date,
    time,
    endKind: 'until',
    untilDate: addMonthsMinusOneDay(date, 3),
    count: '10',
    skipPublicHolidays: true,
  };
}

/**
 * The form after the post's date or time moved from `from` to `to`: each field still holding the value derived
 * from the old date (start, weekday, last day, time) follows; a field the person changed stays as they set it.
 */
export function followDraft(
  form: RuleFormState,
  from: { date: string; time: string },
  to: { date: string; time: string },
): RuleFormState {
  if (from.date === to.date && from.time === to.time) return form;
  const before = initialRuleForm(from.date, from.time);
  const after = initialRuleForm(to.date, to.time);
  const sameDays = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((day, index) => day === b[index]);
  return {
    ...form,
    startDate: form.startDate === before.startDate ? after.startDate : form.startDate,
    time: form.time === before.time ? after.time : form.time,
    weekdays: sameDays(form.weekdays, before.weekdays) ? after.weekdays : form.weekdays,
    untilDate: form.untilDate === before.untilDate ? after.untilDate : form.untilDate,
  };
}

/** Years a planned post can plausibly have; a typo such as 92026 is refused, not kept. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2999;

/** A day `YYYY-MM-DD` that exists and lies in a plausible year. */
export function isPlausibleDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return isPlainDate(date) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function ruleFormFromRule(rule: SeriesRule): RuleFormState {
  return {
    frequency: rule.frequency,
    interval: String(rule.interval),
    weekdays: rule.weekdays,
    startDate: rule.startDate,
    time: rule.time,
    endKind: rule.end.kind,
    untilDate: rule.end.kind === 'until' ? rule.end.date : addMonthsMinusOneDay(rule.startDate, 3),
    count: rule.end.kind === 'count' ? String(rule.end.count) : '10',
    skipPublicHolidays: rule.skipPublicHolidays,
  };
}

function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The rule the form describes; not validated (see previewRule and seriesRuleSchema). */
export function ruleFromForm(state: RuleFormState): SeriesRule {
  return {
    frequency: state.frequency,
    interval: wholeNumber(state.interval),
    weekdays:
      state.frequency === 'weekly' ? SERIES_WEEKDAYS.filter((day) => state.weekdays.includes(day)) : [],
    startDate: state.startDate,
    time: state.time,
    end:
      state.endKind === 'until'
        ? { kind: 'until', date: state.untilDate }
        : { kind: 'count', count: wholeNumber(state.count) },
    skipPublicHolidays: state.skipPublicHolidays,
  };
}

export type RulePreview =
  /** `messageKey` is a `series.errors.*` key; `field` the form field at fault. */
  | { kind: 'invalid'; messageKey: string; field: string }
  | { kind: 'refused'; messageKey: 'series.noOccurrence' | 'series.tooMany'; params: { limit?: number } }
  | { kind: 'ok'; count: number; first: string; last: string; skipped: PublicHoliday[] };

/** Form field names by rule path, to mark the field a rule error belongs to. */
const FIELD_BY_PATH: Record<string, keyof RuleFormState> = {
  frequency: 'frequency',
  interval: 'interval',
  weekdays: 'weekdays',
  startDate: 'startDate',
  time: 'time',
  'end.date': 'untilDate',
  'end.count': 'count',
  end: 'endKind',
};

/** What the form's rule would create: the first and last day (`YYYY-MM-DD`) and the holidays left out. */
export function previewRule(
  state: RuleFormState,
  options: { timeZone: string; region: Region; language: string },
): RulePreview {
  const parsed = seriesRuleSchema.safeParse(ruleFromForm(state));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String) ?? [];
    const field = FIELD_BY_PATH[path.join('.')] ?? FIELD_BY_PATH[path[0] ?? ''] ?? 'frequency';
    return { kind: 'invalid', messageKey: issue?.message ?? 'series.errors.endInvalid', field };
  }
  const result = expandSeries(parsed.data, options);
  if (!result.ok) {
    return result.reason === 'tooMany'
      ? { kind: 'refused', messageKey: 'series.tooMany', params: { limit: result.limit } }
      : { kind: 'refused', messageKey: 'series.noOccurrence', params: {} };
  }
  const first = result.occurrences[0]?.key ?? '';
  const last = result.occurrences[result.occurrences.length - 1]?.key ?? first;
  return { kind: 'ok', count: result.occurrences.length, first, last, skipped: result.skippedHolidays };
}

/** A day as people read it: "Do., 03.12.2026" in German, "Thu, 03/12/2026" in English. */
export function formatSeriesDay(date: string, locale: UiLocale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Language of holiday names for the UI locale. */
export function holidayLanguage(locale: UiLocale): string {
  return locale === 'en' ? 'en' : 'de';
}
