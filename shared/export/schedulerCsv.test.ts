import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { startsWithFormulaTrigger, unprotectCell, UTF8_BOM } from './csvSafety';
import {
  buildSchedulerCsvFiles,
  PUBLER_HEADER,
  SCHEDULER_FORMATS,
  schedulerRowsLeftOut,
} from './schedulerCsv';
import { exportPost } from './testFixtures';

const TZ = 'Europe/Berlin';

/** Reads a CSV back with papaparse as rows of cells (the independent reader). */
function readRows(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

function readObjects(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ',', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('buildSchedulerCsvFiles', () => {
  const post = exportPost({ channels: ['linkedin', 'instagram'], scheduledAt: '2026-07-03T09:05:00+02:00' });

  it('Hootsuite: no header, one file per network, day- or month-first dates', () => {
    const both = exportPost({ channels: ['linkedin', 'x'], scheduledAt: '2026-07-03T09:05:00+02:00' });
    const files = buildSchedulerCsvFiles([both], { format: 'hootsuite', timeZone: TZ });
    expect(files.map((f) => f.name)).toEqual(['hootsuite-linkedin.csv', 'hootsuite-x.csv']);
    expect(readRows(files[0]?.text ?? '')).toEqual([['03/07/2026 09:05', both.variants[0]?.text, '']]);
    const us = buildSchedulerCsvFiles([both], { format: 'hootsuite', timeZone: TZ, dateOrder: 'monthFirst' });
    expect(readRows(us[1]?.text ?? '')).toEqual([['07/03/2026 09:05', both.variants[1]?.text, '']]);
  });

  it('never writes an Instagram row without an image it can fetch, and names the row left out', () => {
    const media = 'd'.repeat(64);
    const withImage = exportPost({
      channels: ['instagram'],
      media: [{ mediaId: media, altText: 'Rathaus' }],
      variants: [{ channel: 'instagram', format: 'feed', text: 'Quiz', mediaIds: [media] }],
    });
    const noImage = exportPost({
      channels: ['instagram', 'facebook'],
      scheduledAt: '2026-11-27T10:00:00+01:00',
    });
    for (const format of SCHEDULER_FORMATS) {
      const urls = { [media]: 'https://example.org/rathaus.jpg' };
      const options = { format, timeZone: TZ, mediaUrls: urls };
      const files = buildSchedulerCsvFiles([withImage, noImage], options);
      const takesUrls = format === 'buffer' || format === 'publer';
      // Hootsuite's and Sprout's formats have no media column: no Instagram row at all.
      expect(files.map((f) => f.name)).toEqual(
        takesUrls ? [`${format}-facebook.csv`, `${format}-instagram.csv`] : [`${format}-facebook.csv`],
      );
      const instagram = files.find((f) => f.name.endsWith('instagram.csv'))?.text ?? '';
      expect(instagram).not.toContain(noImage.variants[0]?.text ?? '?');
      const leftOut = schedulerRowsLeftOut([withImage, noImage], options);
      // Hootsuite and Sprout: the post with an image is left out too (no media column to carry it).
      expect(leftOut.map((row) => [row.postId, row.channel, row.problem])).toEqual([
        ...(takesUrls ? [] : [[withImage.id, 'instagram', 'instagramNeedsImage']]),
        [noImage.id, 'instagram', 'instagramNeedsImage'],
      ]);
      expect(leftOut.at(-1)).toEqual({
        postId: noImage.id,
        title: noImage.title,
        channel: 'instagram',
        scheduledAt: noImage.scheduledAt,
        problem: 'instagramNeedsImage',
      });
    }
  });

  it('Hootsuite: leaves out times off its 5-minute steps and posts less than 10 minutes ahead', () => {
    const odd = exportPost({ channels: ['x'], title: 'Krumm', scheduledAt: '2026-11-26T10:07:00+01:00' });
    const soon = exportPost({ channels: ['x'], title: 'Gleich', scheduledAt: '2026-11-20T09:05:00+01:00' });
    const fine = exportPost({ channels: ['x'], title: 'Gut', scheduledAt: '2026-11-26T10:15:00+01:00' });
    const options = { format: 'hootsuite' as const, timeZone: TZ, now: new Date('2026-11-20T08:00:00Z') };
    expect(schedulerRowsLeftOut([odd, soon, fine], options).map((row) => [row.title, row.problem])).toEqual([
      ['Gleich', 'tooSoon'],
      ['Krumm', 'minuteStep'],
    ]);
    const [file] = buildSchedulerCsvFiles([odd, soon, fine], options);
    expect(readRows(file?.text ?? '').map((row) => row[0])).toEqual(['26/11/2026 10:15']);
  });

  it('Sprout Social: keeps posts of one network at least 10 minutes apart', () => {
    const first = exportPost({ channels: ['x'], title: 'Erster', scheduledAt: '2026-11-26T10:00:00+01:00' });
    const close = exportPost({ channels: ['x'], title: 'Zu nah', scheduledAt: '2026-11-26T10:09:00+01:00' });
    const apart = exportPost({ channels: ['x'], title: 'Genug', scheduledAt: '2026-11-26T10:10:00+01:00' });
    const other = exportPost({
      channels: ['linkedin'],
      title: 'Anderes',
      scheduledAt: '2026-11-26T10:05:00+01:00',
    });
    const options = { format: 'sprout' as const, timeZone: TZ };
    expect(schedulerRowsLeftOut([first, close, apart, other], options).map((row) => row.title)).toEqual([
      'Zu nah',
    ]);
    const files = buildSchedulerCsvFiles([first, close, apart, other], options);
    const x = files.find((f) => f.name === 'sprout-x.csv')?.text ?? '';
    expect(readObjects(x).map((row) => row.time_24hr)).toEqual(['10:00', '10:10']);
  });

  it('Buffer: at most 10 rows a file by default (its free plan), more when asked', () => {
    const posts = Array.from({ length: 11 }, (_, i) =>
      exportPost({
        channels: ['x'],
        scheduledAt: new Date(Date.UTC(2026, 0, 1, 8) + i * 3_600_000).toISOString(),
      }),
    );
    expect(buildSchedulerCsvFiles(posts, { format: 'buffer', timeZone: TZ }).map((f) => f.name)).toEqual([
      'buffer-x-1.csv',
      'buffer-x-2.csv',
    ]);
    expect(
      buildSchedulerCsvFiles(posts, { format: 'buffer', timeZone: TZ, maxRowsPerFile: 100 }),
    ).toHaveLength(1);
  });

  it('Hootsuite and Sprout: split after 350 rows, rows ordered by time', () => {
    const posts = Array.from({ length: 351 }, (_, i) =>
      exportPost({
        channels: ['x'],
        scheduledAt: new Date(Date.UTC(2026, 0, 1, 8) + (350 - i) * 3_600_000).toISOString(),
      }),
    );
    for (const format of ['hootsuite', 'sprout'] as const) {
      const files = buildSchedulerCsvFiles(posts, { format, timeZone: TZ });
      expect(files.map((f) => f.name)).toEqual([`${format}-x-1.csv`, `${format}-x-2.csv`]);
      const header = format === 'sprout' ? 1 : 0;
      expect(files.map((f) => readRows(f.text).length - header)).toEqual([350, 1]);
    }
    const [first] = buildSchedulerCsvFiles(posts, { format: 'hootsuite', timeZone: TZ });
    expect(readRows(first?.text ?? '')[0]?.[0]).toBe('01/01/2026 09:00');
  });

  it('Buffer: header, image URL, tags, posting time in the organisation zone', () => {
    const media = 'a'.repeat(64);
    const withImage = exportPost({
      channels: ['facebook'],
      scheduledAt: '2026-12-24T23:30:00Z',
      category: 'Weihnachten',
      media: [{ mediaId: media, altText: 'Tannenbaum' }],
      variants: [{ channel: 'facebook', format: 'feed', text: 'Frohe Weihnachten', mediaIds: [media] }],
    });
    const [file] = buildSchedulerCsvFiles([withImage], {
      format: 'buffer',
      timeZone: TZ,
      bom: true,
      mediaUrls: { [media]: 'https://example.org/baum.jpg' },
    });
    expect(file?.text.startsWith(UTF8_BOM)).toBe(true);
    expect(file?.text.slice(1).split('\r\n')[0]).toBe('Text,Image URL,Tags,Posting Time');
    expect(readObjects(file?.text.slice(1) ?? '')).toEqual([
      {
        Text: 'Frohe Weihnachten',
        'Image URL': 'https://example.org/baum.jpg',
        Tags: 'Weihnachten',
        'Posting Time': '2026-12-25 00:30',
      },
    ]);
  });

  it('Sprout Social: case-sensitive headers, date and 24 h time', () => {
    const [file] = buildSchedulerCsvFiles([post], { format: 'sprout', timeZone: 'Europe/Zurich' });
    expect(readObjects(file?.text ?? '')).toEqual([
      { date: '03/07/2026', time_24hr: '09:05', message_text: post.variants[0]?.text },
    ]);
  });

  it('Publer: 12 fixed columns starting Date, Text, Link(s), Media URL(s)', () => {
    const ids = ['b'.repeat(64), 'c'.repeat(64)];
    const story = exportPost({
      channels: ['instagram'],
      category: 'Karriere',
      media: ids.map((mediaId, i) => ({ mediaId, altText: `Bild ${i + 1}` })),
      variants: [{ channel: 'instagram', format: 'story', text: 'Wir suchen Sie!', mediaIds: ids }],
    });
    const [file] = buildSchedulerCsvFiles([story], {
      format: 'publer',
      timeZone: TZ,
      mediaUrls: { [ids[0] ?? '']: 'https://e.org/1.jpg', [ids[1] ?? '']: 'https://e.org/2.jpg' },
    });
    const rows = readRows(file?.text ?? '');
    expect(rows[0]).toEqual([...PUBLER_HEADER]);
    expect(rows[0]?.slice(0, 4)).toEqual(['Date', 'Text', 'Link(s)', 'Media URL(s)']);
    expect(rows[1]).toEqual([
      '2026-11-26 10:00',
      'Wir suchen Sie!',
      '',
      'https://e.org/1.jpg,https://e.org/2.jpg',
      '',
      'Karriere',
      'Bild 1||Bild 2',
      '',
      '',
      'story',
      '',
      '',
    ]);
  });

  it('protects formula cells by default and can leave them as they are', () => {
    const risky = exportPost({
      channels: ['x'],
      variants: [{ channel: 'x', format: 'feed', text: '+++ Eilmeldung +++', mediaIds: [] }],
      category: '=HYPERLINK("http://evil")',
    });
    const [protectedFile] = buildSchedulerCsvFiles([risky], { format: 'buffer', timeZone: TZ });
    const [row] = readObjects(protectedFile?.text ?? '');
    expect(row?.Text).toBe("'+++ Eilmeldung +++");
    expect(row?.Tags).toBe(`'=HYPERLINK("http://evil")`);
    const [raw] = buildSchedulerCsvFiles([risky], {
      format: 'buffer',
      timeZone: TZ,
      formulaProtection: false,
    });
    expect(readObjects(raw?.text ?? '')[0]?.Text).toBe('+++ Eilmeldung +++');
  });

  it('returns no files for no posts', () => {
    expect(buildSchedulerCsvFiles([], { format: 'publer', timeZone: TZ })).toEqual([]);
  });

  it('round-trips any message (apart from the documented apostrophe) and never starts a cell with a trigger', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.constantFrom(...SCHEDULER_FORMATS),
        fc.boolean(),
        (text, format, bom) => {
          const one = exportPost({ channels: ['linkedin'] });
          one.variants = [{ channel: 'linkedin', format: 'feed', text, mediaIds: [] }];
          const [file] = buildSchedulerCsvFiles([one], { format, timeZone: TZ, bom });
          const body = bom ? (file?.text ?? '').slice(UTF8_BOM.length) : (file?.text ?? '');
          const rows = readRows(body);
          const messageColumn = { hootsuite: 1, buffer: 0, sprout: 2, publer: 1 }[format];
          const row = rows[format === 'hootsuite' ? 0 : 1] ?? [];
          expect(unprotectCell(row[messageColumn] ?? '')).toBe(text);
          for (const cell of rows.flat()) expect(startsWithFormulaTrigger(cell)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
