import { describe, expect, it } from 'vitest';
import type { Post } from '../model/post';
import { newPostWorkflow } from '../model/postWorkflow';
import { channelBadges, holidaysToEvents, matchesFilters, NO_FILTERS, postsToEvents } from './postEvents';

function post(overrides: Partial<Post>): Post {
  return {
    id: 'p1',
    title: 'Porträt: Frau Yilmaz, Bürgerbüro',
    channels: ['instagram', 'linkedin'],
    text: '',
    variants: [],
    variantsLinked: true,
    media: [],
    campaignId: null,
    category: null,
    series: null,
    template: null,
    checks: { ticks: [], overrides: [] },
    scheduledAt: '2026-12-03T10:00:00+01:00',
    scheduledAtUtc: '2026-12-03T09:00:00.000Z',
    status: 'draft',
    workflow: newPostWorkflow('local-editor', 'a'.repeat(64)),
    notes: '',
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: '2026-11-25T08:00:00.000Z',
    createdBy: 'local-editor',
    ...overrides,
  };
}

describe('postsToEvents', () => {
  it('maps a scheduled post to a timed event with network badges in fixed order and its status', () => {
    const [event] = postsToEvents([post({})], NO_FILTERS);
    expect(event).toEqual({
      id: 'p1',
      title: 'Porträt: Frau Yilmaz, Bürgerbüro',
      start: '2026-12-03T10:00:00+01:00',
      allDay: false,
      className: 'cd-post cd-status-draft',
      extendedProps: {
        kind: 'post',
        postId: 'p1',
        channels: ['instagram', 'linkedin'],
        status: 'draft',
        badges: 'in · IG',
        findings: { block: 0, warn: 0 },
      },
    });
  });

  it('leaves out unscheduled posts and sorts by instant, not by string', () => {
    const events = postsToEvents(
      [
        post({ id: 'late', scheduledAt: '2026-10-25T02:30:00+01:00' }),
        post({ id: 'early', scheduledAt: '2026-10-25T02:15:00+02:00' }),
        post({ id: 'none', scheduledAt: null, scheduledAtUtc: null }),
      ],
      NO_FILTERS,
    );
    expect(events.map((event) => event.id)).toEqual(['early', 'late']);
  });

  it('filters by network (any match) and by status', () => {
    const posts = [
      post({ id: 'ig', channels: ['instagram'] }),
      post({ id: 'x', channels: ['x'], status: 'approved' }),
      post({ id: 'fb', channels: ['facebook', 'x'] }),
    ];
    expect(postsToEvents(posts, { ...NO_FILTERS, channels: ['x'] }).map((e) => e.id)).toEqual(['x', 'fb']);
    expect(
      postsToEvents(posts, { ...NO_FILTERS, channels: ['x'], statuses: ['draft'] }).map((e) => e.id),
    ).toEqual(['fb']);
    expect(matchesFilters(posts[0] as Post, { ...NO_FILTERS, statuses: ['approved'] })).toBe(false);
  });

  it('filters by campaign: posts of another campaign and posts without one are hidden', () => {
    const posts = [
      post({ id: 'advent', campaignId: 'c-advent' }),
      post({ id: 'career', campaignId: 'c-career' }),
      post({ id: 'loose', campaignId: null }),
    ];
    expect(postsToEvents(posts, NO_FILTERS).map((e) => e.id)).toEqual(['advent', 'career', 'loose']);
    expect(postsToEvents(posts, { ...NO_FILTERS, campaignIds: ['c-advent'] }).map((e) => e.id)).toEqual([
      'advent',
    ]);
    expect(
      postsToEvents(posts, { ...NO_FILTERS, campaignIds: ['c-advent', 'c-career'] }).map((e) => e.id),
    ).toEqual(['advent', 'career']);
  });

  it('filters by category and combines every group with AND', () => {
    const posts = [
      post({ id: 'service', category: 'Service', campaignId: 'c1' }),
      post({ id: 'karriere', category: 'Karriere', campaignId: 'c1' }),
      post({ id: 'none', category: null, campaignId: 'c1' }),
      post({ id: 'other', category: 'Service', campaignId: 'c2', channels: ['x'] }),
    ];
    expect(postsToEvents(posts, { ...NO_FILTERS, categories: ['Service'] }).map((e) => e.id)).toEqual([
      'service',
      'other',
    ]);
    expect(
      postsToEvents(posts, { ...NO_FILTERS, categories: ['Service'], campaignIds: ['c1'] }).map((e) => e.id),
    ).toEqual(['service']);
    expect(
      postsToEvents(posts, { ...NO_FILTERS, categories: ['Service'], channels: ['x'] }).map((e) => e.id),
    ).toEqual(['other']);
  });

  it('keeps NO_FILTERS empty in every group', () => {
    expect(NO_FILTERS).toEqual({ channels: [], statuses: [], campaignIds: [], categories: [] });
  });
});

describe('holidaysToEvents and badges', () => {
  it('draws holidays as all-day background events', () => {
    expect(holidaysToEvents([{ date: '2026-12-25', name: '1. Weihnachtstag' }])).toEqual([
      {
        id: 'holiday-2026-12-25',
        title: '1. Weihnachtstag',
        start: '2026-12-25',
        allDay: true,
        display: 'background',
        className: 'cd-holiday',
        extendedProps: { kind: 'holiday' },
      },
    ]);
  });

  it('writes badges as text, so networks never depend on colour', () => {
    expect(channelBadges(['x', 'facebook', 'linkedin', 'instagram'])).toBe('in · f · IG · X');
    expect(channelBadges([])).toBe('');
  });
});
