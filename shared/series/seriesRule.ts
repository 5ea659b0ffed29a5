/**
 * A recurring post ("every Thursday at 10:00 until the end of March"), as the series form edits it and as it is
 * stored. The rule is in wall-clock terms of the organisation's zone: days are calendar days, `time` is local time.
 * Validation errors are i18n keys (`series.errors.*`, see messages.ts), like the post form's.
 */
import { z } from 'zod';
import { isPlainDate, isPlainTime } from '../time/zoned';

export const SERIES_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** RFC 5545 weekday codes, Monday first (the week start used in Germany, Austria and Switzerland). */
export const SERIES_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type SeriesWeekday = (typeof SERIES_WEEKDAYS)[number];

/** Upper bounds that keep a rule sane before it is expanded (the expansion has its own cap on occurrences). */
export const SERIES_MAX_INTERVAL = 99;
export const SERIES_MAX_COUNT = 9999;

export type SeriesEnd = { kind: 'until'; date: string } | { kind: 'count'; count: number };

export interface SeriesRule {
  frequency: SeriesFrequency;
  /** Every `interval` days, weeks or months (1 = every). */
  interval: number;
  /** Weekly rules only: the days of the week (at least one). Empty for daily and monthly rules. */
  weekdays: SeriesWeekday[];
  /**
   * `YYYY-MM-DD`: the series starts on this day. It is a lower bound, not necessarily an occurrence: a weekly
   * Thursday series starting on a Monday begins on that week's Thursday. Monthly rules repeat on its day of month.
   */
  startDate: string;
  /** `HH:mm`, wall-clock time in the organisation's zone, the same on every occurrence. */
  time: string;
  /** `until`: last possible day, inclusive. `count`: number of generated occurrences (RFC 5545 COUNT). */
  end: SeriesEnd;
  /** Leave out public holidays of the organisation's region (after counting, see expandSeries). */
  skipPublicHolidays: boolean;
}

const plainDate = z.string().refine(isPlainDate, { error: 'series.errors.dateInvalid' });

export const seriesRuleSchema = z
  .object({
    frequency: z.enum(SERIES_FREQUENCIES, { error: 'series.errors.frequencyInvalid' }),
    interval: z
      .number({ error: 'series.errors.intervalInvalid' })
      .int({ error: 'series.errors.intervalInvalid' })
      .min(1, { error: 'series.errors.intervalInvalid' })
      .max(SERIES_MAX_INTERVAL, { error: 'series.errors.intervalInvalid' }),
    weekdays: z.array(z.enum(SERIES_WEEKDAYS, { error: 'series.errors.weekdayInvalid' })),
    startDate: plainDate,
    time: z.string().refine(isPlainTime, { error: 'series.errors.timeInvalid' }),
    end: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('until'), date: plainDate }).strict(),
        z
          .object({
            kind: z.literal('count'),
            count: z
              .number({ error: 'series.errors.countInvalid' })
              .int({ error: 'series.errors.countInvalid' })
              .min(1, { error: 'series.errors.countInvalid' })
              .max(SERIES_MAX_COUNT, { error: 'series.errors.countInvalid' }),
          })
          .strict(),
      ],
      { error: 'series.errors.endInvalid' },
    ),
    skipPublicHolidays: z.boolean(),
  })
  .strict()
  .superRefine((rule, context) => {
    if (rule.frequency === 'weekly' && rule.weekdays.length === 0) {
      context.addIssue({ code: 'custom', path: ['weekdays'], message: 'series.errors.weekdaysRequired' });
    }
    if (rule.frequency !== 'weekly' && rule.weekdays.length > 0) {
      context.addIssue({ code: 'custom', path: ['weekdays'], message: 'series.errors.weekdaysOnlyWeekly' });
    }
    if (new Set(rule.weekdays).size !== rule.weekdays.length) {
      context.addIssue({ code: 'custom', path: ['weekdays'], message: 'series.errors.weekdaysDuplicate' });
    }
  });

// The schema and the hand-written type must describe the same shape.
export type SeriesRuleInput = z.infer<typeof seriesRuleSchema>;
const _sameShape: [SeriesRule, SeriesRuleInput] extends [SeriesRuleInput, SeriesRule] ? true : never = true;

/** Weekdays in week order (Monday first), without duplicates: the canonical form for storage and RRULE. */
export function sortWeekdays(weekdays: readonly SeriesWeekday[]): SeriesWeekday[] {
  return SERIES_WEEKDAYS.filter((day) => weekdays.includes(day));
}
