import { describe, expect, it } from 'vitest';
import type { Post } from '../model/post';
import { channelBadges, holidaysToEvents, matchesFilters, NO_FILTERS, postsToEvents } from './postEvents';

function post(overrides: Partial<Post>): Post {
  return {
    id: 'p1',
    title: 'Porträt: Frau Yilmaz, Bürgerbüro',
    channels: ['instagram', 'linkedin'],
    text: '',
    scheduledAt: '2026-12-03T10:00:00+01:00',
    scheduledAtUtc: '2026-12-03T09:00:00.000Z',
    status: 'draft',
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
      classNames: ['cd-post', 'cd-status-draft'],
      extendedProps: {
        kind: 'post',
        postId: 'p1',
        channels: ['instagram', 'linkedin'],
        status: 'draft',
        badges: 'in · IG',
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
    expect(postsToEvents(posts, { channels: ['x'], statuses: [] }).map((e) => e.id)).toEqual(['x', 'fb']);
    expect(postsToEvents(posts, { channels: ['x'], statuses: ['draft'] }).map((e) => e.id)).toEqual(['fb']);
    expect(matchesFilters(posts[0] as Post, { channels: [], statuses: ['approved'] })).toBe(false);
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
        classNames: ['cd-holiday'],
        extendedProps: { kind: 'holiday' },
      },
    ]);
  });

  it('writes badges as text, so networks never depend on colour', () => {
    expect(channelBadges(['x', 'facebook', 'linkedin', 'instagram'])).toBe('in · f · IG · X');
    expect(channelBadges([])).toBe('');
  });
});
