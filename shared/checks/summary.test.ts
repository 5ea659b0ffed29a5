import { describe, expect, it } from 'vitest';
import { countFindings, weeklySummary } from './summary';

describe('finding summaries', () => {
  it('counts blocking findings and warnings, not notes', () => {
    expect(
      countFindings([
        { severity: 'block' },
        { severity: 'warn' },
        { severity: 'warn' },
        { severity: 'info' },
      ]),
    ).toEqual({ block: 1, warn: 2 });
  });

  it('groups by ISO week in the organisation zone: Sunday 23:30 in Berlin is still the old week', () => {
    const posts = [
      { id: 'a', scheduledAt: '2026-11-29T23:30:00+01:00' }, // Sunday, week 48
      { id: 'b', scheduledAt: '2026-11-30T08:00:00+01:00' }, // Monday, week 49
      { id: 'c', scheduledAt: '2026-12-01T08:00:00+01:00' },
      { id: 'd', scheduledAt: null },
      { id: 'e', scheduledAt: '2027-01-01T10:00:00+01:00' }, // ISO week 53 of 2026
    ];
    const counts = { a: { block: 2, warn: 1 }, b: { block: 0, warn: 3 }, c: { block: 1, warn: 0 } };
    expect(weeklySummary(posts, counts, 'Europe/Berlin')).toEqual([
      { year: 2026, week: 48, posts: 1, postsBlocked: 1, warnings: 1 },
      { year: 2026, week: 49, posts: 2, postsBlocked: 1, warnings: 3 },
      { year: 2026, week: 53, posts: 1, postsBlocked: 0, warnings: 0 },
    ]);
  });
});
