import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedDateTimeToIso } from '../time/zoned';
import { ExportError } from './errors';
import { contentHash } from '../approval/contentHash';
import { servicePost } from '../exchange/testFixtures';
import { withWorkflowState, workflowStateOf } from '../workflow/postState';
import { toExportPost } from './fromPost';
import { buildIcsCalendar, foldLineByOctets, icsSequence, icsUid } from './ics';
import { exportPost } from './testFixtures';

const NOW = new Date('2026-11-20T08:00:00.000Z');

interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  categories: string[];
}

/** Reads a calendar with ical.js (Thunderbird's parser), independent of the `ics` writer. */
function readCalendar(text: string): { events: ReadEvent[]; calendar: ICAL.Component } {
  const calendar = ICAL.Component.fromString(text);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const categories = vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      categories,
    };
  });
  return { events, calendar };
}

describe('buildIcsCalendar', () => {
  it('writes one event per post and network with stable UIDs, summary, text and categories', () => {
    const post = exportPost({ channels: ['linkedin', 'instagram'], category: 'Service' });
    const text = buildIcsCalendar([post], {
      timeZone: 'Europe/Berlin',
      now: NOW,
      calendarName: 'Redaktionsplan',
    });
    const { events, calendar } = readCalendar(text);
    expect(events).toEqual([
      {
        uid: icsUid(post.id, 'linkedin'),
        summary: 'Bürgerfest (LinkedIn)',
        description: post.variants[0]?.text,
        start: '2026-11-26T09:00:00.000Z',
        end: '2026-11-26T09:15:00.000Z',
        categories: ['Service', 'LinkedIn'],
      },
      {
        uid: `${post.id}-instagram@civic-desk`,
        summary: 'Bürgerfest (Instagram)',
        description: post.variants[1]?.text,
        start: '2026-11-26T09:00:00.000Z',
        end: '2026-11-26T09:15:00.000Z',
        categories: ['Service', 'Instagram'],
      },
    ]);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Redaktionsplan');
    const stamp = calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : null).toBe(NOW.toISOString());
  });

  it('is deterministic and independent of input order', () => {
    const a = exportPost({ scheduledAt: '2026-11-27T08:00:00+01:00' });
    const b = exportPost({ scheduledAt: '2026-11-26T08:00:00+01:00' });
    const first = buildIcsCalendar([a, b], { timeZone: 'Europe/Berlin', now: NOW });
    expect(buildIcsCalendar([b, a], { timeZone: 'Europe/Berlin', now: NOW })).toBe(first);
    expect(readCalendar(first).events.map((e) => e.uid)).toEqual([
      icsUid(b.id, 'instagram'),
      icsUid(b.id, 'facebook'),
      icsUid(a.id, 'instagram'),
      icsUid(a.id, 'facebook'),
    ]);
  });

  it.each([
    // Berlin leaves summer time on 2026-10-25: 10:00 is 08:00Z the day before and 09:00Z the day after.
    ['Europe/Berlin', '2026-10-24', '10:00', '2026-10-24T08:00:00.000Z'],
    ['Europe/Berlin', '2026-10-26', '10:00', '2026-10-26T09:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
    // Zurich enters summer time on 2026-03-29.
    ['Europe/Zurich', '2026-03-28', '10:00', '2026-03-28T09:00:00.000Z'],
    ['Europe/Zurich', '2026-03-30', '10:00', '2026-03-30T08:00:00.000Z'],
  ])('keeps the instant across DST in %s (%s %s)', (timeZone, date, time, expected) => {
    const post = exportPost({ channels: ['x'], scheduledAt: zonedDateTimeToIso(date, time, timeZone) });
    const { events } = readCalendar(buildIcsCalendar([post], { timeZone, now: NOW }));
    expect(events[0]?.start).toBe(expected);
  });

  it('keeps both instants of the repeated hour when clocks go back (Zurich, 2026-10-25 02:30)', () => {
    const summer = exportPost({ channels: ['x'], scheduledAt: '2026-10-25T02:30:00+02:00' });
    const winter = exportPost({ channels: ['x'], scheduledAt: '2026-10-25T02:30:00+01:00' });
    const { events } = readCalendar(
      buildIcsCalendar([winter, summer], { timeZone: 'Europe/Zurich', now: NOW }),
    );
    expect(events.map((e) => e.start)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
  });

  it('round-trips umlauts, emoji, special characters and long lines (folded at 75 octets)', () => {
    const longText =
      'Liebe Bürgerinnen und Bürger, ab Montag gilt: Öffnungszeiten im Bürgerbüro ändern sich; ' +
      'Termine, Anträge und Auskünfte gibt es dann von 8–18 Uhr. 🎉 Grüße aus dem Rathaus!\n' +
      'Zweite Zeile mit Backslash \\ und "Anführungszeichen", Komma, Semikolon; Ende.\r\nDritte Zeile.'.repeat(
        3,
      );
    const post = exportPost({
      title: 'Öffnungszeiten, neu; ab Montag',
      channels: ['facebook'],
      category: 'Service, Bürgerbüro; Info',
      variants: [{ channel: 'facebook', format: 'feed', text: longText, mediaIds: [] }],
    });
    const text = buildIcsCalendar([post], { timeZone: 'Europe/Berlin', now: NOW });
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    const [event] = readCalendar(text).events;
    expect(event?.summary).toBe('Öffnungszeiten, neu; ab Montag (Facebook)');
    expect(event?.description).toBe(longText.replace(/\r\n/g, '\n'));
    expect(event?.categories).toEqual(['Service, Bürgerbüro; Info', 'Facebook']);
  });

  it('round-trips any title, text and category through ical.js', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((c) => c.trim() !== ''),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((t) => t.trim() !== ''),
        (text, category, title) => {
          const post = exportPost({
            title,
            channels: ['linkedin'],
            category,
            variants: [{ channel: 'linkedin', format: 'feed', text, mediaIds: [] }],
          });
          const [event] = readCalendar(
            buildIcsCalendar([post], { timeZone: 'Europe/Berlin', now: NOW }),
          ).events;
          const lines = (value: string): string => value.replace(/\r\n?/g, '\n');
          expect(event?.description ?? '').toBe(lines(text));
          expect(event?.summary).toBe(`${lines(title).trim()} (LinkedIn)`);
          expect(event?.categories).toEqual([lines(category), 'LinkedIn']);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('folds without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}🎉${'ü'.repeat(50)}`;
    const folded = foldLineByOctets(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toMatch(/\uFFFD/);
  });

  it('writes a valid calendar with no events for no posts', () => {
    expect(readCalendar(buildIcsCalendar([], { timeZone: 'Europe/Berlin', now: NOW })).events).toEqual([]);
  });

  it('refuses an unscheduled post and an unknown time zone', () => {
    expect(() =>
      buildIcsCalendar([exportPost({ scheduledAt: null })], { timeZone: 'Europe/Berlin', now: NOW }),
    ).toThrow(ExportError);
    expect(() => buildIcsCalendar([], { timeZone: 'Mars/Olympus', now: NOW })).toThrow(/invalidTimeZone/);
  });

  it('gives a moved post a higher SEQUENCE, its LAST-MODIFIED and a DTSTAMP, so calendars replace the event', () => {
    const stored = servicePost({ status: 'approved', updatedAt: '2026-11-20T07:00:00.000Z' });
    const movedAt = {
      ...stored,
      scheduledAt: '2026-11-27T14:30:00+01:00',
      updatedAt: '2026-11-21T09:15:00.000Z',
    };
    // The workflow moves the revision on when the published content (which includes the time) changes.
    const moved = withWorkflowState(movedAt, {
      ...workflowStateOf(movedAt),
      contentHash: contentHash(movedAt),
    });
    expect(moved.workflow.revision).toBe(stored.workflow.revision + 1);
    const read = (post: typeof stored, now: Date) => {
      const calendar = ICAL.Component.fromString(
        buildIcsCalendar([toExportPost(post, [])], { timeZone: 'Europe/Zurich', now }),
      );
      return calendar.getAllSubcomponents('vevent').map((vevent) => ({
        uid: String(vevent.getFirstPropertyValue('uid')),
        sequence: Number(vevent.getFirstPropertyValue('sequence')),
        lastModified: (vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString(),
        stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
        start: new ICAL.Event(vevent).startDate.toJSDate().toISOString(),
      }));
    };
    const before = read(stored, NOW);
    const later = new Date('2026-11-21T10:00:00.000Z');
    const after = read(moved, later);
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid));
    for (const [index, event] of after.entries()) {
      const earlier = before[index];
      expect(event.sequence).toBeGreaterThan(earlier?.sequence ?? Number.POSITIVE_INFINITY);
      expect(event.start).toBe('2026-11-27T13:30:00.000Z');
      expect(event.lastModified).toBe('2026-11-21T09:15:00.000Z');
      expect(event.stamp).toBe(later.toISOString());
      expect(earlier?.lastModified).toBe('2026-11-20T07:00:00.000Z');
    }
  });

  it('counts SEQUENCE from 0 and leaves LAST-MODIFIED out when the last change is unknown', () => {
    expect(icsSequence({ revision: 1 })).toBe(0);
    expect(icsSequence({ revision: 5 })).toBe(4);
    expect(icsSequence({})).toBe(0);
    expect(icsSequence({ revision: Number.NaN })).toBe(0);
    const text = buildIcsCalendar([exportPost()], { timeZone: 'Europe/Berlin', now: NOW });
    expect(text).toMatch(/^SEQUENCE:0\r$/m);
    expect(text).not.toMatch(/LAST-MODIFIED/);
  });
});
