import { describe, expect, it } from 'vitest';
import { isoToZonedParts } from '../time/zoned';
import type { Region } from '../calendar/holidays';
import { expandSeries, type ExpandSeriesOptions } from './expandSeries';
import type { SeriesRule } from './seriesRule';

const BAVARIA: Region = { country: 'DE', subdivision: 'BY' };
const BERLIN_STATE: Region = { country: 'DE', subdivision: 'BE' };
const ZURICH: Region = { country: 'CH', subdivision: 'ZH' };

const thursdays: SeriesRule = {
  frequency: 'weekly',
  interval: 1,
  weekdays: ['TH'],
  startDate: '2026-10-01',
  time: '10:00',
  end: { kind: 'until', date: '2026-12-31' },
  skipPublicHolidays: false,
};

const berlin: ExpandSeriesOptions = { timeZone: 'Europe/Berlin', region: BERLIN_STATE };

function keysOf(rule: SeriesRule, options: ExpandSeriesOptions = berlin): string[] {
  const result = expandSeries(rule, options);
  return result.ok ? result.occurrences.map((o) => o.key) : [];
}

describe('expandSeries keeps the wall-clock time across DST switches', () => {
  const quarters = [
    {
      switch: 'DST end 2026-10-25',
      rule: thursdays,
      before: { key: '2026-10-22', offset: '+02:00' },
      after: { key: '2026-10-29', offset: '+01:00' },
      count: 14,
    },
    {
      switch: 'DST start 2027-03-28',
      rule: { ...thursdays, startDate: '2027-03-01', end: { kind: 'until', date: '2027-05-31' } } as const,
      before: { key: '2027-03-25', offset: '+01:00' },
      after: { key: '2027-04-01', offset: '+02:00' },
      count: 13,
    },
  ];
  const zones = [
    { timeZone: 'Europe/Berlin', region: BERLIN_STATE },
    { timeZone: 'Europe/Zurich', region: ZURICH },
  ];

  for (const quarter of quarters) {
    for (const zone of zones) {
      it(`weekly Thursday 10:00 over the ${quarter.switch} in ${zone.timeZone}`, () => {
        const result = expandSeries(quarter.rule, zone);
        if (!result.ok) throw new Error(result.reason);
        expect(result.occurrences).toHaveLength(quarter.count);
        for (const { key, scheduledAt } of result.occurrences) {
          expect(isoToZonedParts(scheduledAt, zone.timeZone)).toEqual({ date: key, time: '10:00' });
          expect(new Date(`${key}T12:00:00Z`).getUTCDay()).toBe(4);
        }
        const byKey = new Map(result.occurrences.map((o) => [o.key, o.scheduledAt]));
        expect(byKey.get(quarter.before.key)).toBe(`${quarter.before.key}T10:00:00${quarter.before.offset}`);
        expect(byKey.get(quarter.after.key)).toBe(`${quarter.after.key}T10:00:00${quarter.after.offset}`);
      });
    }
  }

  it('moves a time in the spring gap forward by the gap, like a single post', () => {
    const rule: SeriesRule = {
      ...thursdays,
      frequency: 'daily',
      weekdays: [],
      startDate: '2027-03-27',
      time: '02:30',
      end: { kind: 'count', count: 3 },
    };
    const result = expandSeries(rule, berlin);
    expect(result.ok && result.occurrences.map((o) => o.scheduledAt)).toEqual([
      '2027-03-27T02:30:00+01:00',
      '2027-03-28T03:30:00+02:00',
      '2027-03-29T02:30:00+02:00',
    ]);
  });
});

describe('expandSeries: frequencies and ends', () => {
  const cases: { name: string; rule: SeriesRule; keys: string[] }[] = [
    {
      name: 'until is inclusive (a series ending on a Thursday includes it)',
      rule: { ...thursdays, startDate: '2026-11-01', end: { kind: 'until', date: '2026-11-19' } },
      keys: ['2026-11-05', '2026-11-12', '2026-11-19'],
    },
    {
      name: 'count gives that many occurrences; the start day need not be one (Sunday start)',
      rule: { ...thursdays, startDate: '2026-11-01', end: { kind: 'count', count: 3 } },
      keys: ['2026-11-05', '2026-11-12', '2026-11-19'],
    },
    {
      name: 'every second week on Tuesday and Thursday, weeks starting on Monday',
      rule: {
        ...thursdays,
        interval: 2,
        weekdays: ['TH', 'TU'],
        startDate: '2026-11-04',
        end: { kind: 'count', count: 5 },
      },
      keys: ['2026-11-05', '2026-11-17', '2026-11-19', '2026-12-01', '2026-12-03'],
    },
    {
      name: 'daily, every third day, until',
      rule: {
        ...thursdays,
        frequency: 'daily',
        interval: 3,
        weekdays: [],
        end: { kind: 'until', date: '2026-10-10' },
      },
      keys: ['2026-10-01', '2026-10-04', '2026-10-07', '2026-10-10'],
    },
    {
      name: 'monthly on the start day; a 31st skips shorter months (RFC 5545)',
      rule: {
        ...thursdays,
        frequency: 'monthly',
        weekdays: [],
        startDate: '2027-01-31',
        end: { kind: 'count', count: 4 },
      },
      keys: ['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31'],
    },
    {
      name: 'a one-day series',
      rule: { ...thursdays, startDate: '2026-10-01', end: { kind: 'until', date: '2026-10-01' } },
      keys: ['2026-10-01'],
    },
  ];
  for (const { name, rule, keys } of cases) {
    it(name, () => expect(keysOf(rule)).toEqual(keys));
  }
});

describe('expandSeries skips public holidays after counting', () => {
  it('a Thursday series in Bavaria leaves out Ascension Day and Corpus Christi 2027 and reports them', () => {
    const rule: SeriesRule = {
      ...thursdays,
      startDate: '2027-04-01',
      end: { kind: 'count', count: 13 },
      skipPublicHolidays: true,
    };
    const result = expandSeries(rule, { timeZone: 'Europe/Berlin', region: BAVARIA });
    if (!result.ok) throw new Error(result.reason);
    expect(result.occurrences).toHaveLength(11);
    expect(result.occurrences.at(-1)?.key).toBe('2027-06-24');
    expect(result.skippedHolidays).toEqual([
      { date: '2027-05-06', name: 'Christi Himmelfahrt' },
      { date: '2027-05-27', name: 'Fronleichnam' },
    ]);
  });

  it('uses the region: Zurich has Ascension Day ("Auffahrt") but not Corpus Christi', () => {
    const rule: SeriesRule = {
      ...thursdays,
      startDate: '2027-04-01',
      end: { kind: 'count', count: 13 },
      skipPublicHolidays: true,
    };
    const result = expandSeries(rule, { timeZone: 'Europe/Zurich', region: ZURICH });
    expect(result.ok && result.skippedHolidays).toEqual([{ date: '2027-05-06', name: 'Auffahrt' }]);
    expect(result.ok && result.occurrences).toHaveLength(12);
  });

  it('skips Whit Monday and Christmas Day in a monthly series on the 25th, names in the asked language', () => {
    const rule: SeriesRule = {
      ...thursdays,
      frequency: 'monthly',
      weekdays: [],
      startDate: '2026-01-25',
      end: { kind: 'count', count: 12 },
      skipPublicHolidays: true,
    };
    const result = expandSeries(rule, { ...berlin, language: 'en' });
    expect(result.ok && result.occurrences.map((o) => o.key)).not.toContain('2026-12-25');
    expect(result.ok && result.occurrences).toHaveLength(10);
    expect(result.ok && result.skippedHolidays).toEqual([
      { date: '2026-05-25', name: 'Whit Monday' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it('keeps holidays when not asked to skip them', () => {
    const rule: SeriesRule = { ...thursdays, startDate: '2025-12-18', end: { kind: 'count', count: 2 } };
    const result = expandSeries(rule, berlin);
    expect(result.ok && result.occurrences.map((o) => o.key)).toEqual(['2025-12-18', '2025-12-25']);
    expect(result.ok && result.skippedHolidays).toEqual([]);
  });
});

describe('expandSeries refuses instead of truncating', () => {
  const daily: SeriesRule = { ...thursdays, frequency: 'daily', weekdays: [], startDate: '2026-01-01' };
  const cases: {
    name: string;
    rule: SeriesRule;
    options?: Partial<ExpandSeriesOptions>;
    expected: unknown;
  }[] = [
    {
      name: 'daily over five years is too many',
      rule: { ...daily, end: { kind: 'until', date: '2030-12-31' } },
      expected: { ok: false, reason: 'tooMany', limit: 400 },
    },
    {
      name: 'a custom cap',
      rule: { ...daily, end: { kind: 'count', count: 11 } },
      options: { maxOccurrences: 10 },
      expected: { ok: false, reason: 'tooMany', limit: 10 },
    },
    {
      name: 'an until before the start yields nothing',
      rule: { ...thursdays, end: { kind: 'until', date: '2026-09-30' } },
      expected: { ok: false, reason: 'noOccurrence' },
    },
    {
      name: 'a weekly rule whose only day falls after the until day yields nothing',
      rule: { ...thursdays, startDate: '2026-10-02', end: { kind: 'until', date: '2026-10-07' } },
      expected: { ok: false, reason: 'noOccurrence' },
    },
    {
      name: 'a series whose only day is a holiday yields nothing',
      rule: {
        ...thursdays,
        startDate: '2025-12-25',
        end: { kind: 'count', count: 1 },
        skipPublicHolidays: true,
      },
      expected: { ok: false, reason: 'noOccurrence' },
    },
  ];
  for (const { name, rule, options, expected } of cases) {
    it(name, () => expect(expandSeries(rule, { ...berlin, ...options })).toEqual(expected));
  }

  it('accepts exactly the cap', () => {
    const result = expandSeries({ ...daily, end: { kind: 'count', count: 400 } }, berlin);
    expect(result.ok && result.occurrences).toHaveLength(400);
  });

  it('throws on a rule the schema rejects, and on a bad cap', () => {
    expect(() => expandSeries({ ...thursdays, weekdays: [] }, berlin)).toThrow(RangeError);
    expect(() => expandSeries({ ...thursdays, interval: 0 }, berlin)).toThrow(RangeError);
    expect(() => expandSeries(thursdays, { ...berlin, maxOccurrences: 0 })).toThrow(RangeError);
  });
});
