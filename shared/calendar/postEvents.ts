/**
 * The calendar as a view of posts: pure functions from posts (and filters) to calendar events. FullCalendar is only
 * the adapter that draws them; the shape below is a structural subset of its EventInput.
 */
import { CHANNEL_BADGES, type Channel } from '../model/channels';
import type { Post, PostStatus } from '../model/post';
import type { PublicHoliday } from './holidays';

export interface PostFilters {
  /** Networks to show; empty shows all. A post matches when it is planned for any of them. */
  channels: Channel[];
  /** Statuses to show; empty shows all. */
  statuses: PostStatus[];
  /** Campaign ids to show; empty shows all. Posts without a campaign pass only when this is empty. */
  campaignIds: string[];
  /** Categories (content pillars) to show; empty shows all. Uncategorised posts pass only when this is empty. */
  categories: string[];
}

export const NO_FILTERS: PostFilters = { channels: [], statuses: [], campaignIds: [], categories: [] };

export interface PostEvent {
  id: string;
  title: string;
  start: string;
  allDay: false;
  /** FullCalendar v7 takes `className` (a `classNames` array would end up unused in `extendedProps`). */
  className: string;
  extendedProps: {
    kind: 'post';
    postId: string;
    channels: Channel[];
    status: PostStatus;
    badges: string;
    findings: FindingCounts;
  };
}

export interface HolidayEvent {
  id: string;
  title: string;
  start: string;
  allDay: true;
  display: 'background';
  className: string;
  extendedProps: { kind: 'holiday' };
}

export function matchesFilters(post: Post, filters: PostFilters): boolean {
  const channelOk =
    filters.channels.length === 0 || post.channels.some((channel) => filters.channels.includes(channel));
  const statusOk = filters.statuses.length === 0 || filters.statuses.includes(post.status);
  const campaignOk =
    filters.campaignIds.length === 0 ||
    (post.campaignId !== null && filters.campaignIds.includes(post.campaignId));
  const categoryOk =
    filters.categories.length === 0 || (post.category !== null && filters.categories.includes(post.category));
  return channelOk && statusOk && campaignOk && categoryOk;
}

/** Network badges in the fixed network order, e.g. "in · IG". */
export function channelBadges(channels: readonly Channel[]): string {
  return (Object.keys(CHANNEL_BADGES) as Channel[])
    .filter((channel) => channels.includes(channel))
    .map((channel) => CHANNEL_BADGES[channel])
    .join(' · ');
}

/** Scheduled posts that pass the filters, as timed events sorted by start. Unscheduled posts are not events. */
/** How many blocking findings and warnings the checks found in a post. */
export interface FindingCounts {
  block: number;
  warn: number;
}

const NO_FINDINGS: FindingCounts = { block: 0, warn: 0 };

/**
 * Scheduled posts that pass the filters, as timed events sorted by start, each with its finding counts (from
 * `findings` by post id; none when unknown). Unscheduled posts are not events.
 */
export function postsToEvents(
  posts: readonly Post[],
  filters: PostFilters,
  findings: Readonly<Record<string, FindingCounts>> = {},
): PostEvent[] {
  const events: PostEvent[] = [];
  for (const post of posts) {
    if (post.scheduledAt === null || !matchesFilters(post, filters)) continue;
    events.push({
      id: post.id,
      title: post.title,
      start: post.scheduledAt,
      allDay: false,
      className: `cd-post cd-status-${post.status}`,
      extendedProps: {
        kind: 'post',
        postId: post.id,
        channels: post.channels,
        status: post.status,
        badges: channelBadges(post.channels),
        findings: findings[post.id] ?? NO_FINDINGS,
      },
    });
  }
  return events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

export function holidaysToEvents(holidays: readonly PublicHoliday[]): HolidayEvent[] {
  return holidays.map((holiday) => ({
    id: `holiday-${holiday.date}`,
    title: holiday.name,
    start: holiday.date,
    allDay: true,
    display: 'background',
    className: 'cd-holiday',
    extendedProps: { kind: 'holiday' },
  }));
}
