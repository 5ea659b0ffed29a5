import { describe, expect, it } from 'vitest';
import { seriesMessagesDe, seriesMessagesEn } from './messages';
import { seriesRuleSchema, sortWeekdays, type SeriesRule } from './seriesRule';

const valid: SeriesRule = {
  frequency: 'weekly',
  interval: 1,
  weekdays: ['TH'],
  startDate: '2026-10-01',
  time: '10:00',
  end: { kind: 'until', date: '2026-12-31' },
  skipPublicHolidays: true,
};

function issues(input: unknown): { path: string; message: string }[] {
  const result = seriesRuleSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('seriesRuleSchema', () => {
  it('accepts valid rules of each frequency and end', () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, frequency: 'daily', weekdays: [], end: { kind: 'count', count: 30 } })).toEqual(
      [],
    );
    expect(issues({ ...valid, frequency: 'monthly', weekdays: [], interval: 12 })).toEqual([]);
  });

  const cases: { name: string; input: unknown; expected: { path: string; message: string }[] }[] = [
    {
      name: 'weekly without a weekday',
      input: { ...valid, weekdays: [] },
      expected: [{ path: 'weekdays', message: 'series.errors.weekdaysRequired' }],
    },
    {
      name: 'weekdays on a daily rule',
      input: { ...valid, frequency: 'daily' },
      expected: [{ path: 'weekdays', message: 'series.errors.weekdaysOnlyWeekly' }],
    },
    {
      name: 'a weekday twice',
      input: { ...valid, weekdays: ['TH', 'TH'] },
      expected: [{ path: 'weekdays', message: 'series.errors.weekdaysDuplicate' }],
    },
    {
      name: 'an unknown weekday',
      input: { ...valid, weekdays: ['DO'] },
      expected: [{ path: 'weekdays.0', message: 'series.errors.weekdayInvalid' }],
    },
    {
      name: 'interval 0',
      input: { ...valid, interval: 0 },
      expected: [{ path: 'interval', message: 'series.errors.intervalInvalid' }],
    },
    {
      name: 'a fractional interval',
      input: { ...valid, interval: 1.5 },
      expected: [{ path: 'interval', message: 'series.errors.intervalInvalid' }],
    },
    {
      name: 'an impossible start day and time',
      input: { ...valid, startDate: '2026-02-30', time: '24:00' },
      expected: [
        { path: 'startDate', message: 'series.errors.dateInvalid' },
        { path: 'time', message: 'series.errors.timeInvalid' },
      ],
    },
    {
      name: 'a count of 0',
      input: { ...valid, end: { kind: 'count', count: 0 } },
      expected: [{ path: 'end.count', message: 'series.errors.countInvalid' }],
    },
    {
      name: 'an unknown end',
      input: { ...valid, end: { kind: 'never' } },
      expected: [{ path: 'end.kind', message: 'series.errors.endInvalid' }],
    },
    {
      name: 'an unknown frequency',
      input: { ...valid, frequency: 'yearly', weekdays: [] },
      expected: [{ path: 'frequency', message: 'series.errors.frequencyInvalid' }],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`rejects ${name} with a message key`, () => {
      expect(issues(input)).toEqual(expected);
      for (const { message } of expected) {
        const key = message.replace('series.errors.', '') as keyof typeof seriesMessagesDe.errors;
        expect(seriesMessagesDe.errors[key], message).toBeTypeOf('string');
        expect(seriesMessagesEn.errors[key], message).toBeTypeOf('string');
      }
    });
  }

  it('rejects an interval above 99', () => {
    expect(issues({ ...valid, interval: 100 })).toEqual([
      { path: 'interval', message: 'series.errors.intervalInvalid' },
    ]);
  });

  it('rejects unknown properties', () => {
    expect(seriesRuleSchema.safeParse({ ...valid, rrule: 'FREQ=DAILY' }).success).toBe(false);
  });

  it('leaves an until before the start to the expansion (noOccurrence)', () => {
    expect(issues({ ...valid, end: { kind: 'until', date: '2026-01-01' } })).toEqual([]);
  });
});

describe('sortWeekdays', () => {
  it('orders days Monday first and drops duplicates', () => {
    expect(sortWeekdays(['SU', 'TH', 'MO', 'TH'])).toEqual(['MO', 'TH', 'SU']);
  });
});
