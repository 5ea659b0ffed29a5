import { describe, expect, it } from 'vitest';
import { RRule, rrulestr } from 'rrule';
import { expandSeries } from './expandSeries';
import { floatingDay, toICalendarRecurrence, toRRuleString } from './recurrence';
import type { SeriesRule } from './seriesRule';

const base: SeriesRule = {
  frequency: 'weekly',
  interval: 1,
  weekdays: ['TH'],
  startDate: '2026-10-01',
  time: '10:00',
  end: { kind: 'until', date: '2026-12-31' },
  skipPublicHolidays: false,
};

const cases: { name: string; rule: SeriesRule; rrule: string }[] = [
  {
    name: 'weekly Thursday until',
    rule: base,
    rrule: 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TH;UNTIL=20261231T235959',
  },
  {
    name: 'every second week, days in week order',
    rule: { ...base, interval: 2, weekdays: ['FR', 'MO'], end: { kind: 'count', count: 10 } },
    rrule: 'FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=MO,FR;COUNT=10',
  },
  {
    name: 'daily',
    rule: { ...base, frequency: 'daily', weekdays: [], end: { kind: 'count', count: 5 } },
    rrule: 'FREQ=DAILY;INTERVAL=1;WKST=MO;COUNT=5',
  },
  {
    name: 'monthly',
    rule: {
      ...base,
      frequency: 'monthly',
      interval: 3,
      weekdays: [],
      end: { kind: 'until', date: '2027-09-30' },
    },
    rrule: 'FREQ=MONTHLY;INTERVAL=3;WKST=MO;UNTIL=20270930T235959',
  },
];

describe('toRRuleString', () => {
  for (const { name, rule, rrule } of cases) {
    it(`${name}: ${rrule}`, () => {
      expect(toRRuleString(rule)).toBe(rrule);
    });

    it(`${name}: parses back with rrulestr and yields the days expandSeries yields`, () => {
      const dtstart = `${rule.startDate.replaceAll('-', '')}T${rule.time.replace(':', '')}00`;
      const parsed = rrulestr(`DTSTART:${dtstart}\nRRULE:${toRRuleString(rule)}`);
      const expanded = expandSeries(rule, {
        timeZone: 'Europe/Berlin',
        region: { country: 'DE', subdivision: 'BE' },
      });
      expect(parsed.all().map(floatingDay)).toEqual(
        expanded.ok ? expanded.occurrences.map((o) => o.key) : null,
      );
    });
  }

  it('with a time zone, UNTIL is the end of the last day in that zone, in UTC', () => {
    expect(toRRuleString(base, 'Europe/Berlin')).toBe(
      'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TH;UNTIL=20261231T225959Z',
    );
    const summer = { ...base, end: { kind: 'until', date: '2027-07-31' } } as const;
    expect(toRRuleString(summer, 'Europe/Zurich')).toMatch(/;UNTIL=20270731T215959Z$/);
  });
});

describe('toICalendarRecurrence', () => {
  it('gives DTSTART with TZID at the first occurrence and an RRULE that rrulestr reads', () => {
    const rule: SeriesRule = { ...base, startDate: '2026-09-28' };
    const lines = toICalendarRecurrence(rule, 'Europe/Berlin');
    expect(lines).toBe(
      'DTSTART;TZID=Europe/Berlin:20261001T100000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TH;UNTIL=20261231T225959Z',
    );
    const parsed = rrulestr(lines ?? '');
    expect(parsed).toBeInstanceOf(RRule);
    expect(parsed.options.tzid).toBe('Europe/Berlin');
    expect(parsed.options.freq).toBe(RRule.WEEKLY);
    expect(parsed.options.byweekday).toEqual([RRule.TH.weekday]);
    expect(parsed.options.until?.toISOString()).toBe('2026-12-31T22:59:59.000Z');
    expect(parsed.all()).toHaveLength(14);
  });

  it('is null for a rule without occurrences', () => {
    expect(
      toICalendarRecurrence({ ...base, end: { kind: 'until', date: '2026-09-01' } }, 'Europe/Berlin'),
    ).toBe(null);
  });
});
