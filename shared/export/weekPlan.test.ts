import { describe, expect, it } from 'vitest';
import { zonedDateTimeToIso } from '../time/zoned';
import { ExportError } from './errors';
import { exportPost } from './testFixtures';
import { buildWeekPlan, firstLineOf } from './weekPlan';

const TZ = 'Europe/Berlin';
const at = (date: string, time: string, timeZone = TZ): string => zonedDateTimeToIso(date, time, timeZone);

describe('buildWeekPlan', () => {
  it('gives seven days Monday to Sunday with the posts of each day by time', () => {
    const late = exportPost({ title: 'Spät', scheduledAt: at('2026-11-23', '18:00'), channels: ['x'] });
    const early = exportPost({
      title: 'Früh',
      scheduledAt: at('2026-11-23', '08:15'),
      status: 'in_review',
      text: '\n  Erste Zeile  \nZweite Zeile',
    });
    const sunday = exportPost({ title: 'Sonntag', scheduledAt: at('2026-11-29', '23:59') });
    const nextWeek = exportPost({ scheduledAt: at('2026-11-30', '00:00') });
    const lastWeek = exportPost({ scheduledAt: at('2026-11-22', '23:59') });
    const undated = exportPost({ scheduledAt: null });
    const plan = buildWeekPlan([late, sunday, nextWeek, early, lastWeek, undated], {
      weekStart: '2026-11-23',
      timeZone: TZ,
    });
    expect(plan).toMatchObject({
      weekStart: '2026-11-23',
      weekEnd: '2026-11-29',
      isoWeek: 48,
      isoWeekYear: 2026,
    });
    expect(plan.days.map((d) => [d.date, d.weekday, d.day, d.month])).toEqual([
      ['2026-11-23', 1, 23, 11],
      ['2026-11-24', 2, 24, 11],
      ['2026-11-25', 3, 25, 11],
      ['2026-11-26', 4, 26, 11],
      ['2026-11-27', 5, 27, 11],
      ['2026-11-28', 6, 28, 11],
      ['2026-11-29', 7, 29, 11],
    ]);
    expect(plan.days[0]?.entries).toEqual([
      {
        postId: early.id,
        time: '08:15',
        scheduledAt: early.scheduledAt,
        title: 'Früh',
        networks: ['instagram', 'facebook'],
        status: 'in_review',
        firstLine: 'Erste Zeile',
      },
      expect.objectContaining({ postId: late.id, time: '18:00', networks: ['x'], status: 'approved' }),
    ]);
    expect(plan.days[6]?.entries.map((e) => e.postId)).toEqual([sunday.id]);
    expect(plan.days.slice(1, 6).every((d) => d.entries.length === 0)).toBe(true);
  });

  it('places posts by the organisation zone, also in the DST week', () => {
    // 2026-10-25: Zurich goes back to winter time; 23:30Z on the 25th is already the 26th there.
    const post = exportPost({ scheduledAt: '2026-10-25T23:30:00Z' });
    const zurich = buildWeekPlan([post], { weekStart: '2026-10-26', timeZone: 'Europe/Zurich' });
    expect(zurich.days[0]?.entries[0]?.time).toBe('00:30');
    const early = exportPost({ scheduledAt: at('2026-10-25', '02:30', 'Europe/Zurich') });
    const week = buildWeekPlan([early], { weekStart: '2026-10-19', timeZone: 'Europe/Zurich' });
    expect(week.days[6]?.entries[0]?.time).toBe('02:30');
    expect(week.isoWeek).toBe(43);
  });

  it('knows ISO week 53 and the turn of the year', () => {
    expect(buildWeekPlan([], { weekStart: '2026-12-28', timeZone: TZ })).toMatchObject({
      isoWeek: 53,
      isoWeekYear: 2026,
      weekEnd: '2027-01-03',
    });
  });

  it('falls back to the first variant text and shortens long lines', () => {
    const post = exportPost({ text: '   ', scheduledAt: at('2026-11-24', '09:00') });
    const plan = buildWeekPlan([post], { weekStart: '2026-11-23', timeZone: TZ });
    expect(plan.days[1]?.entries[0]?.firstLine).toBe(post.variants[0]?.text);
    const long = firstLineOf('ä'.repeat(300));
    expect(long).toBe(`${'ä'.repeat(159)}…`);
    const family = '👨‍👩‍👧';
    expect(firstLineOf(family.repeat(200))).toBe(`${family.repeat(159)}…`);
  });

  it('refuses a week start that is not a Monday', () => {
    expect(() => buildWeekPlan([], { weekStart: '2026-11-24', timeZone: TZ })).toThrow(ExportError);
    expect(() => buildWeekPlan([], { weekStart: '2026-02-30', timeZone: TZ })).toThrow(ExportError);
  });
});
