import { describe, expect, it } from 'vitest';
import { zonedDateTimeToIso } from '../time/zoned';
import { ExportError } from './errors';
import { exportPost } from './testFixtures';
import { selectForExport } from './selection';
import { buildWeekPlan, buildWeekPlans, firstLineOf, weekPlanPosts } from './weekPlan';

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

describe('buildWeekPlans', () => {
  it('gives every week the range touches, each with its own posts, and marks days outside the range', () => {
    const posts = [
      exportPost({ title: 'Woche 1', scheduledAt: at('2026-11-25', '09:00') }),
      exportPost({ title: 'Woche 2', scheduledAt: at('2026-12-01', '10:00'), status: 'draft' }),
      exportPost({ title: 'Woche 3', scheduledAt: at('2026-12-10', '11:00'), status: 'on_hold' }),
      exportPost({ title: 'Danach', scheduledAt: at('2026-12-11', '11:00') }),
      exportPost({ title: 'Davor', scheduledAt: at('2026-11-24', '11:00') }),
    ];
    const plans = buildWeekPlans(posts, { fromDate: '2026-11-25', toDate: '2026-12-10', timeZone: TZ });
    expect(plans.map((plan) => [plan.weekStart, plan.isoWeek])).toEqual([
      ['2026-11-23', 48],
      ['2026-11-30', 49],
      ['2026-12-07', 50],
    ]);
    const titles = plans.map((plan) => plan.days.flatMap((day) => day.entries.map((entry) => entry.title)));
    expect(titles).toEqual([['Woche 1'], ['Woche 2'], ['Woche 3']]);
    expect(plans[0]?.days.map((day) => day.inRange)).toEqual([false, false, true, true, true, true, true]);
    expect(plans[2]?.days.map((day) => day.inRange)).toEqual([true, true, true, true, false, false, false]);
    expect(plans[1]?.days[1]?.entries[0]?.status).toBe('draft');
  });

  it('refuses a reversed or invalid range', () => {
    expect(() => buildWeekPlans([], { fromDate: '2026-12-10', toDate: '2026-12-01', timeZone: TZ })).toThrow(
      ExportError,
    );
    expect(() => buildWeekPlans([], { fromDate: '2026-13-01', toDate: '2026-12-01', timeZone: TZ })).toThrow(
      ExportError,
    );
  });
});

describe('weekPlanPosts', () => {
  it('keeps every post of the scope whatever its status, and leaves out what lies outside the scope', () => {
    const approved = exportPost({ title: 'Freigegeben', scheduledAt: at('2026-12-01', '09:00') });
    const draft = exportPost({ title: 'Entwurf', scheduledAt: at('2026-12-01', '08:00'), status: 'draft' });
    const held = exportPost({
      title: 'Angehalten',
      scheduledAt: at('2026-12-02', '08:00'),
      status: 'on_hold',
    });
    const otherNetwork = exportPost({ title: 'X', channels: ['x'], scheduledAt: at('2026-12-02', '09:00') });
    const outside = exportPost({ title: 'Später', scheduledAt: at('2027-01-02', '09:00') });
    const selection = selectForExport([approved, draft, held, otherNetwork, outside], {
      fromDate: '2026-11-30',
      toDate: '2026-12-06',
      timeZone: TZ,
      now: new Date('2026-11-25T08:00:00Z'),
      channels: ['instagram'],
    });
    const posts = weekPlanPosts(selection, ['instagram']);
    expect(posts.map((post) => [post.title, post.status, post.channels])).toEqual([
      ['Entwurf', 'draft', ['instagram']],
      ['Freigegeben', 'approved', ['instagram']],
      ['Angehalten', 'on_hold', ['instagram']],
    ]);
  });
});
