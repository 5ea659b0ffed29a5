/**
 * The calendar file (RFC 5545) of an export, written with the `ics` library: one VEVENT per post and network, so
 * the team sees in Outlook which network gets what when.
 *
 * - UID `<postId>-<channel>@civic-desk`: stable, so importing a later export again updates the events.
 * - Times are written in UTC (`DTSTART:20261126T090000Z`, RFC 5545 §3.3.5 form 2): the instant of the post's
 *   ISO time with offset, converted exactly; every client shows it in its user's zone, which for the team is the
 *   organisation's zone. `X-WR-TIMEZONE` names that zone for clients that use it as the calendar's default.
 *   (`ics` cannot write TZID with a VTIMEZONE; UTC needs none and is unambiguous across DST changes.)
 * - DTSTAMP is the passed `now`, never the clock, so the same input gives the same file.
 * - SEQUENCE is the post's revision minus one (0 for a new post): the revision moves on with every change of the
 *   published content, the scheduled instant included, so a moved or edited post carries a higher SEQUENCE and
 *   Outlook and Thunderbird replace the event they have instead of ignoring the import (RFC 5545 §3.8.7.4).
 *   LAST-MODIFIED is the post's last change (§3.8.7.3), when known.
 * - Lines are re-folded at 75 octets of UTF-8 (RFC 5545 §3.1; `ics` folds at 75 characters, which umlauts and
 *   emoji push past 75 octets), never inside a multi-byte character.
 */
import { createEvents, type EventAttributes } from 'ics';
import { CHANNEL_NAMES, type Channel } from '../model/channels';
import { assertTimeZone, ExportError } from './errors';
import { byScheduledInstant, postVariants, type ExportPost } from './types';

export interface IcsOptions {
  /** The organisation's IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** The moment of the export: DTSTAMP of every event. */
  now: Date;
  /** Shown by some clients as the calendar's name (X-WR-CALNAME). */
  calendarName?: string;
  /** Length of each event in minutes (a post is a moment; the event makes it visible). Default 15. */
  eventMinutes?: number;
}

export const ICS_PRODUCT_ID = '-//Civic Desk//Export//DE';
const DEFAULT_EVENT_MINUTES = 15;
const MAX_LINE_OCTETS = 75;

/** The UID of the event of `postId` on `channel`. */
export function icsUid(postId: string, channel: Channel): string {
  return `${postId}-${channel}@civic-desk`;
}

/** One line break for every CR, LF or CRLF (the library escapes LF only). */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A CATEGORIES value: `ics` joins categories with commas without escaping them (RFC 5545 §3.3.11). */
function escapeCategory(category: string): string {
  return normaliseNewlines(category)
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line so that no physical line exceeds 75 octets (continuations start with a space). */
export function foldLineByOctets(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function refold(calendar: string): string {
  const unfolded = calendar.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map(foldLineByOctets).join('\r\n') + '\r\n';
}

function insertTimeZoneHeader(calendar: string, timeZone: string): string {
  return calendar.replace('CALSCALE:GREGORIAN\r\n', `CALSCALE:GREGORIAN\r\nX-WR-TIMEZONE:${timeZone}\r\n`);
}

/** `timestamp` (DTSTAMP) is honoured and validated by `ics` but missing from its type declarations. */
type EventWithStamp = EventAttributes & { timestamp: number };

/**
 * `ics` folds every line with a rune-by-rune loop that is quadratic in the line's length (2,000 posts with long
 * texts took seconds, see BENCHMARKS.md), and `refold` folds everything again by octets anyway. So descriptions
 * go in as short placeholders and are put in afterwards, escaped as `ics` escapes text (RFC 5545 3.3.11).
 */
const DESCRIPTION_PLACEHOLDER = /^DESCRIPTION:CIVICDESKTEXT(\d+)$/gm;

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

function insertDescriptions(calendar: string, descriptions: readonly string[]): string {
  return calendar.replace(
    DESCRIPTION_PLACEHOLDER,
    (_line, index: string) => `DESCRIPTION:${escapeText(descriptions[Number(index)] ?? '')}`,
  );
}

/** SEQUENCE of the post's events: its revision counted from 0 (absent or invalid: 0). */
export function icsSequence(post: Pick<ExportPost, 'revision'>): number {
  const { revision } = post;
  return revision !== undefined && Number.isSafeInteger(revision) && revision > 1 ? revision - 1 : 0;
}

/** LAST-MODIFIED of the post's events in milliseconds, or undefined when the post's last change is not known. */
function lastModifiedOf(post: ExportPost): number | undefined {
  const time = post.updatedAt === undefined ? Number.NaN : Date.parse(post.updatedAt);
  return Number.isNaN(time) ? undefined : time;
}

function eventsOf(post: ExportPost, now: Date, minutes: number, descriptions: string[]): EventWithStamp[] {
  if (post.scheduledAt === null) throw new ExportError('notScheduled', { postId: post.id });
  const start = Date.parse(post.scheduledAt);
  if (Number.isNaN(start)) throw new ExportError('invalidDate', { postId: post.id, value: post.scheduledAt });
  const title = normaliseNewlines(post.title).trim();
  const lastModified = lastModifiedOf(post);
  return postVariants(post).map(({ channel, variant }) => {
    const network = CHANNEL_NAMES[channel];
    const categories = [post.category, network].filter((c): c is string => c !== null && c.trim() !== '');
    return {
      uid: icsUid(post.id, channel),
      timestamp: now.getTime(),
      sequence: icsSequence(post),
      ...(lastModified === undefined ? {} : { lastModified }),
      title: title === '' ? network : `${title} (${network})`,
      description: `CIVICDESKTEXT${descriptions.push(normaliseNewlines(variant.text)) - 1}`,
      start,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes },
      categories: categories.map(escapeCategory),
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    };
  });
}

/**
 * The ICS text (CRLF line ends, UTF-8 without BOM) of `posts`: one event per post and network, ordered by time.
 * Throws `ExportError` `notScheduled` for a post without a time (the selection leaves such posts out).
 */
export function buildIcsCalendar(posts: readonly ExportPost[], options: IcsOptions): string {
  assertTimeZone(options.timeZone);
  const minutes = options.eventMinutes ?? DEFAULT_EVENT_MINUTES;
  const descriptions: string[] = [];
  const events = [...posts]
    .sort(byScheduledInstant)
    .flatMap((post) => eventsOf(post, options.now, minutes, descriptions));
  const header = {
    productId: ICS_PRODUCT_ID,
    method: 'PUBLISH',
    ...(options.calendarName === undefined ? {} : { calName: normaliseNewlines(options.calendarName) }),
  };
  const result = createEvents(events, header);
  if (result.error !== null || result.value === null) {
    throw new Error(`ICS generation failed: ${result.error?.message ?? 'no output'}`);
  }
  return refold(insertTimeZoneHeader(insertDescriptions(result.value, descriptions), options.timeZone));
}
