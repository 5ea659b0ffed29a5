import { describe, expect, it } from 'vitest';
import type { Channel } from '../model/channels';
import {
  campaignBudget,
  contentMix,
  mixCategories,
  mixCells,
  monthRangeUtc,
  monthsBetween,
  quarterOf,
  type MixPost,
} from './contentMix';

function post(scheduledAt: string | null, channels: Channel[], category: string | null = 'Service'): MixPost {
  return { scheduledAt, channels, category };
}

describe('contentMix: the month of a post is its day in the organisation zone', () => {
  // Each case: one Instagram post at an instant; which month it counts in, in which zone.
  const cases: { label: string; scheduledAt: string; timeZone: string; month: string | null }[] = [
    {
      label: 'late evening UTC on 31 Oct is already November in Berlin (winter, +01:00)',
      scheduledAt: '2026-10-31T23:30:00Z',
      timeZone: 'Europe/Berlin',
      month: '2026-11',
    },
    {
      label: 'same instant stored with the Berlin offset',
      scheduledAt: '2026-11-01T00:30:00+01:00',
      timeZone: 'Europe/Berlin',
      month: '2026-11',
    },
    {
      label: 'one minute before midnight in Berlin stays in October',
      scheduledAt: '2026-10-31T23:59:00+01:00',
      timeZone: 'Europe/Berlin',
      month: '2026-10',
    },
    {
      label: 'summer time (+02:00): 22:30 UTC on 30 Sep is 1 Oct in Zurich',
      scheduledAt: '2026-09-30T22:30:00Z',
      timeZone: 'Europe/Zurich',
      month: '2026-10',
    },
    {
      label: 'new year in Vienna while UTC is still in December (outside the period)',
      scheduledAt: '2026-12-31T23:15:00Z',
      timeZone: 'Europe/Vienna',
      month: null,
    },
    {
      label: 'the same instant in a zone west of UTC stays in December',
      scheduledAt: '2026-12-31T23:15:00Z',
      timeZone: 'America/New_York',
      month: '2026-12',
    },
    {
      label: 'the first instant of the period counts',
      scheduledAt: '2026-10-01T00:00:00+02:00',
      timeZone: 'Europe/Berlin',
      month: '2026-10',
    },
    {
      label: 'the last minute before the period is outside',
      scheduledAt: '2026-09-30T23:59:00+02:00',
      timeZone: 'Europe/Berlin',
      month: null,
    },
  ];

  it.each(cases)('$label', ({ scheduledAt, timeZone, month }) => {
    const rows = contentMix([post(scheduledAt, ['instagram'])], {
      fromMonth: '2026-10',
      toMonth: '2026-12',
      timeZone,
    });
    expect(rows).toEqual(
      month === null ? [] : [{ month, category: 'Service', channel: 'instagram', count: 1 }],
    );
  });
});

describe('contentMix: what counts', () => {
  const period = { fromMonth: '2026-11', toMonth: '2026-12', timeZone: 'Europe/Berlin' };

  const cases: { label: string; posts: MixPost[]; rows: ReturnType<typeof contentMix> }[] = [
    {
      label: 'a post counts once per network it is planned for',
      posts: [post('2026-11-10T10:00:00+01:00', ['x', 'linkedin', 'instagram'])],
      rows: [
        { month: '2026-11', category: 'Service', channel: 'linkedin', count: 1 },
        { month: '2026-11', category: 'Service', channel: 'instagram', count: 1 },
        { month: '2026-11', category: 'Service', channel: 'x', count: 1 },
      ],
    },
    {
      label: 'posts of the same month, category and network add up',
      posts: [
        post('2026-11-10T10:00:00+01:00', ['facebook']),
        post('2026-11-28T18:00:00+01:00', ['facebook', 'x']),
      ],
      rows: [
        { month: '2026-11', category: 'Service', channel: 'facebook', count: 2 },
        { month: '2026-11', category: 'Service', channel: 'x', count: 1 },
      ],
    },
    {
      label: 'uncategorised posts count under null, after the named categories',
      posts: [
        post('2026-12-01T09:00:00+01:00', ['linkedin'], null),
        post('2026-12-02T09:00:00+01:00', ['linkedin'], 'Karriere'),
        post('2026-12-03T09:00:00+01:00', ['linkedin'], 'Aktuelles'),
      ],
      rows: [
        { month: '2026-12', category: 'Aktuelles', channel: 'linkedin', count: 1 },
        { month: '2026-12', category: 'Karriere', channel: 'linkedin', count: 1 },
        { month: '2026-12', category: null, channel: 'linkedin', count: 1 },
      ],
    },
    {
      label: 'unscheduled drafts are ignored',
      posts: [post(null, ['instagram']), post(null, ['x'], null)],
      rows: [],
    },
    {
      label: 'a post without networks adds nothing',
      posts: [post('2026-11-10T10:00:00+01:00', [])],
      rows: [],
    },
    {
      label: 'rows are sorted by month even when posts are not',
      posts: [post('2026-12-05T10:00:00+01:00', ['x']), post('2026-11-05T10:00:00+01:00', ['x'])],
      rows: [
        { month: '2026-11', category: 'Service', channel: 'x', count: 1 },
        { month: '2026-12', category: 'Service', channel: 'x', count: 1 },
      ],
    },
  ];

  it.each(cases)('$label', ({ posts, rows }) => {
    expect(contentMix(posts, period)).toEqual(rows);
  });

  it('rejects a period that is not months or ends before it starts', () => {
    expect(() => contentMix([], { ...period, fromMonth: '2026-13' })).toThrow(RangeError);
    expect(() => contentMix([], { ...period, fromMonth: '2027-01' })).toThrow(/ends before/);
  });
});

describe('period helpers', () => {
  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
  });

  it('turns months into UTC bounds from local midnight to local midnight', () => {
    expect(monthRangeUtc('2026-10', '2026-12', 'Europe/Berlin')).toEqual({
      startUtc: '2026-09-30T22:00:00.000Z',
      endUtc: '2026-12-31T23:00:00.000Z',
    });
  });

  it.each([
    {
      now: '2026-11-25T09:00:00Z',
      timeZone: 'Europe/Berlin',
      quarter: { fromMonth: '2026-10', toMonth: '2026-12' },
    },
    {
      now: '2026-12-31T23:30:00Z',
      timeZone: 'Europe/Berlin',
      quarter: { fromMonth: '2027-01', toMonth: '2027-03' },
    },
    {
      now: '2026-12-31T23:30:00Z',
      timeZone: 'America/New_York',
      quarter: { fromMonth: '2026-10', toMonth: '2026-12' },
    },
    {
      now: '2026-06-30T22:30:00Z',
      timeZone: 'Europe/Vienna',
      quarter: { fromMonth: '2026-07', toMonth: '2026-09' },
    },
  ])('the quarter of $now in $timeZone', ({ now, timeZone, quarter }) => {
    expect(quarterOf(new Date(now), timeZone)).toEqual(quarter);
  });

  it('sums a month and category over networks, zero where nothing is planned', () => {
    const rows = contentMix(
      [post('2026-11-10T10:00:00+01:00', ['x', 'facebook']), post('2026-11-11T10:00:00+01:00', ['x'], null)],
      { fromMonth: '2026-11', toMonth: '2026-11', timeZone: 'Europe/Berlin' },
    );
    const cell = mixCells(rows);
    expect(cell('2026-11', 'Service')).toEqual({
      total: 2,
      byChannel: { linkedin: 0, facebook: 1, instagram: 0, x: 1 },
    });
    expect(cell('2026-12', 'Service').total).toBe(0);
    expect(mixCategories(rows)).toEqual(['Service', null]);
  });
});

describe('campaignBudget', () => {
  it.each([
    { planned: 150050, spent: 50000, remaining: 100050, over: false },
    { planned: 100000, spent: 100000, remaining: 0, over: false },
    { planned: 100000, spent: 100001, remaining: -1, over: true },
    { planned: 0, spent: 0, remaining: 0, over: false },
  ])('planned $planned, spent $spent → remaining $remaining', ({ planned, spent, remaining, over }) => {
    expect(campaignBudget({ budgetPlannedCents: planned, budgetSpentCents: spent })).toEqual({
      plannedCents: planned,
      spentCents: spent,
      remainingCents: remaining,
      overBudget: over,
    });
  });
});
