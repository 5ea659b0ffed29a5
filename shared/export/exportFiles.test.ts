import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExportFile, isExportFileFormat, type ExportFileOptions } from './exportFiles';
import { sha256Hex } from './publishPackage';
import { exportPost } from './testFixtures';

const OPTIONS: ExportFileOptions = {
  format: 'ics',
  timeZone: 'Europe/Berlin',
  now: new Date('2026-11-27T12:00:00Z'),
  fromDate: '2026-11-30',
  toDate: '2026-12-06',
};

describe('buildExportFile', () => {
  it('writes an ICS calendar that ical.js reads back', () => {
    const post = exportPost({ channels: ['instagram'], scheduledAt: '2026-12-01T10:00:00+01:00' });
    const file = buildExportFile([post], OPTIONS);
    expect(file.name).toBe('civic-desk_2026-11-30_2026-12-06.ics');
    const calendar = ICAL.Component.fromString(strFromU8(file.bytes));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      `${post.id}-instagram@civic-desk`,
    ]);
  });

  it('saves a single CSV as it is, with a BOM by default, and several in one ZIP', () => {
    const one = exportPost({ channels: ['facebook'], scheduledAt: '2026-12-01T10:00:00+01:00' });
    const single = buildExportFile([one], { ...OPTIONS, format: 'hootsuite' });
    expect(single.name).toBe('hootsuite-facebook_2026-11-30_2026-12-06.csv');
    expect([...single.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(strFromU8(single.bytes.slice(3))).data;
    expect(rows[0]?.[0]).toBe('01/12/2026 10:00');

    const monthFirst = buildExportFile([one], {
      ...OPTIONS,
      format: 'hootsuite',
      dateOrder: 'monthFirst',
      bom: false,
    });
    expect(Papa.parse<string[]>(strFromU8(monthFirst.bytes)).data[0]?.[0]).toBe('12/01/2026 10:00');

    const two = exportPost({ channels: ['x', 'facebook'], scheduledAt: '2026-12-02T09:00:00+01:00' });
    const zip = buildExportFile([one, two], { ...OPTIONS, format: 'buffer' });
    expect(zip.name).toBe('buffer_2026-11-30_2026-12-06.zip');
    expect(zip.parts).toBe(2);
    expect(Object.keys(unzipSync(zip.bytes)).sort()).toEqual(['buffer-facebook.csv', 'buffer-x.csv']);
    expect(zip.leftOut).toEqual([]);
  });

  it('leaves an Instagram row without its image out of a CSV and says so', () => {
    const post = exportPost({
      channels: ['instagram', 'facebook'],
      scheduledAt: '2026-12-02T09:00:00+01:00',
    });
    const file = buildExportFile([post], { ...OPTIONS, format: 'hootsuite' });
    expect(file.name).toBe('hootsuite-facebook_2026-11-30_2026-12-06.csv');
    expect(file.leftOut).toEqual([
      expect.objectContaining({ postId: post.id, channel: 'instagram', problem: 'instagramNeedsImage' }),
    ]);
  });

  it('writes the publish package with the images it has and names the missing ones in the read-me', () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const present = sha256Hex(bytes);
    const absent = 'f'.repeat(64);
    const post = exportPost({
      channels: ['instagram'],
      media: [
        { mediaId: present, altText: 'Foto' },
        { mediaId: absent, altText: 'Fehlt' },
      ],
      scheduledAt: '2026-12-01T10:00:00+01:00',
    });
    post.variants = post.variants.map((variant) => ({ ...variant, mediaIds: [present, absent] }));
    const file = buildExportFile([post], {
      ...OPTIONS,
      format: 'zip',
      media: { [present]: { mimeType: 'image/jpeg', bytes } },
    });
    expect(file.missingMedia).toEqual([absent]);
    const entries = unzipSync(file.bytes);
    const images = Object.keys(entries).filter((path) => path.endsWith('.jpg'));
    expect(images).toHaveLength(1);
    expect(entries[images[0] ?? '']).toEqual(bytes);
    expect(strFromU8(entries['LIESMICH.txt'] ?? new Uint8Array())).toContain(
      `Bild oder Video ${absent.slice(0, 12)}`,
    );
  });

  it('knows its formats', () => {
    expect(['ics', 'hootsuite', 'buffer', 'sprout', 'publer', 'zip'].every(isExportFileFormat)).toBe(true);
    expect(isExportFileFormat('pdf')).toBe(false);
  });
});
