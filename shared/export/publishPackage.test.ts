import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportError } from './errors';
import { slugify } from './packageNames';
import {
  buildPublishPackage,
  MANIFEST_FILE,
  README_FILE,
  sha256Hex,
  type PackageMedia,
  type PublishManifest,
} from './publishPackage';
import { exportPost } from './testFixtures';
import type { ExportApproval } from './types';
import type { Channel } from '../model/channels';

const NOW = new Date('2026-11-20T14:30:10.000Z');
const TZ = 'Europe/Berlin';

function medium(mimeType: string, seed: number): [string, PackageMedia] {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * seed) % 256);
  return [sha256Hex(bytes), { mimeType, bytes }];
}

const [jpegId, jpeg] = medium('image/jpeg', 7);
const [pngId, png] = medium('image/png', 13);
const APPROVAL: ExportApproval = {
  approverId: 'appr-a',
  approverName: 'Paula Prüfer',
  policyStep: 1,
  revision: 3,
  contentHash: 'd'.repeat(64),
  keyId: '0123456789abcdef',
  algorithm: 'Ed25519',
  at: '2026-11-19T09:00:00.000Z',
  signature: 'c2lnbmF0dXJl',
};

function fixture() {
  const withImages = exportPost({
    title: 'Bürgerfest: Grüße aus dem Rathaus!',
    channels: ['facebook', 'instagram'],
    media: [
      { mediaId: jpegId, altText: 'Menschen auf dem Marktplatz' },
      { mediaId: pngId, altText: '' },
    ],
    variants: [
      { channel: 'facebook', format: 'feed', text: 'Text für Facebook 🎉', mediaIds: [jpegId] },
      { channel: 'instagram', format: 'story', text: 'Text für Instagram', mediaIds: [pngId, jpegId] },
    ],
    approvals: [APPROVAL],
    contentHash: 'd'.repeat(64),
  });
  const sameName = exportPost({ title: 'Bürgerfest: Grüße aus dem Rathaus!', channels: ['x'] });
  const hostile = exportPost({
    title: '../../etc/passwd',
    channels: ['linkedin'],
    scheduledAt: '2026-11-27T18:45:00+01:00',
  });
  return { posts: [hostile, withImages, sameName], withImages, sameName, hostile };
}

function unpack(zip: Uint8Array): { files: Record<string, Uint8Array>; manifest: PublishManifest } {
  const files = unzipSync(zip);
  const manifestBytes = files[MANIFEST_FILE];
  if (manifestBytes === undefined) throw new Error('no manifest');
  return { files, manifest: JSON.parse(strFromU8(manifestBytes)) as PublishManifest };
}

describe('buildPublishPackage', () => {
  it('writes a folder per post with texts, images, alt texts, read-me and a manifest that matches', () => {
    const { posts, withImages, sameName, hostile } = fixture();
    const result = buildPublishPackage({
      posts,
      media: { [jpegId]: jpeg, [pngId]: png },
      timeZone: TZ,
      now: NOW,
    });
    const { files, manifest } = unpack(result.zip);
    expect(manifest).toEqual(result.manifest);

    const folder = '2026-11-26_1000_buergerfest-gruesse-aus-dem-rathaus';
    expect(Object.keys(files)).toEqual([
      MANIFEST_FILE,
      README_FILE,
      `${folder}/facebook.txt`,
      `${folder}/instagram.txt`,
      `${folder}/bild-1.jpg`,
      `${folder}/bild-2.png`,
      `${folder}/alt-texts.txt`,
      `${folder}-2/x.txt`,
      '2026-11-27_1845_etc-passwd/linkedin.txt',
    ]);
    expect(strFromU8(files[`${folder}/facebook.txt`] ?? new Uint8Array())).toBe('Text für Facebook 🎉');
    expect(files[`${folder}/bild-1.jpg`]).toEqual(jpeg.bytes);
    expect(files[`${folder}/bild-2.png`]).toEqual(png.bytes);
    const altTexts = strFromU8(files[`${folder}/alt-texts.txt`] ?? new Uint8Array());
    expect(altTexts).toContain(
      'bild-1.jpg\r\nAlternativtext: Menschen auf dem Marktplatz\r\nFür: Facebook, Instagram',
    );
    expect(altTexts).toContain('bild-2.png\r\nAlternativtext: (fehlt)\r\nFür: Instagram');

    const readme = strFromU8(files[README_FILE] ?? new Uint8Array());
    expect(readme).toContain('Veröffentlichungspaket');
    expect(readme).toContain('Erstellt am 20.11.2026 um 15:30 Uhr');
    expect(readme).toContain('Do 26.11.2026 10:00 Uhr – Bürgerfest: Grüße aus dem Rathaus!');
    expect(readme).toContain('Netzwerke: Facebook, Instagram (Story)');
    expect(readme).toContain('auch die, für die\r\ndieses Paket nicht erstellt wurde');

    expect(manifest.format).toBe('civic-desk-publish-package');
    expect(manifest.version).toBe(3);
    expect(manifest.exporter).toBeNull();
    expect(manifest.generatedAt).toBe(NOW.toISOString());
    expect(manifest.readmeNotes).toEqual([]);
    expect(manifest.posts.map((p) => p.id)).toEqual([withImages.id, sameName.id, hostile.id]);
    expect(manifest.posts[0]).toMatchObject({
      title: withImages.title,
      scheduledAt: withImages.scheduledAt,
      contentHash: 'd'.repeat(64),
      approvals: [APPROVAL],
      networks: [
        {
          channel: 'facebook',
          format: 'feed',
          textFile: `${folder}/facebook.txt`,
          mediaFiles: [`${folder}/bild-1.jpg`],
        },
        {
          channel: 'instagram',
          format: 'story',
          textFile: `${folder}/instagram.txt`,
          mediaFiles: [`${folder}/bild-2.png`, `${folder}/bild-1.jpg`],
        },
      ],
    });
    expect(manifest.posts[1]).toMatchObject({
      contentHash: null,
      approvals: [],
      approvedContent: null,
      omittedChannels: [],
      omittedMedia: [],
    });

    // Every file but the manifest is listed with the SHA-256 of its bytes as unzipped.
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== MANIFEST_FILE)
        .sort(),
    );
    for (const file of manifest.files) {
      const bytes = files[file.path] ?? new Uint8Array();
      expect(sha256Hex(bytes)).toBe(file.sha256);
      expect(bytes.length).toBe(file.size);
    }
  });

  it('carries the approved content of every network and medium, naming those the package leaves out', () => {
    const { withImages } = fixture();
    const missingId = 'e'.repeat(64);
    const approvedContent = {
      channels: ['facebook', 'instagram'] as Channel[],
      variants: withImages.variants.map((variant) => ({ ...variant, mediaIds: [...variant.mediaIds] })),
      scheduledAtUtc: '2026-11-26T09:00:00.000Z',
      media: [
        { id: jpegId, sha256: jpegId, altText: 'Menschen auf dem Marktplatz' },
        { id: pngId, sha256: pngId, altText: '' },
        { id: missingId, sha256: missingId, altText: 'Ein Video' },
      ],
    };
    // As the export narrows a post to Facebook: the other variant goes, the approved content stays.
    const narrowed = {
      ...withImages,
      channels: ['facebook' as const],
      variants: withImages.variants.filter(({ channel }) => channel === 'facebook'),
      publishedContent: approvedContent,
    };
    const { manifest } = buildPublishPackage({
      posts: [narrowed],
      media: { [jpegId]: jpeg, [pngId]: png },
      timeZone: TZ,
      now: NOW,
    });
    expect(manifest.posts[0]?.networks.map(({ channel }) => channel)).toEqual(['facebook']);
    expect(manifest.posts[0]?.approvedContent).toEqual(approvedContent);
    expect(manifest.posts[0]?.omittedChannels).toEqual(['instagram']);
    expect(manifest.posts[0]?.omittedMedia).toEqual([missingId]);
  });

  it('keeps every path inside its folder, ASCII only', () => {
    const { posts } = fixture();
    const { files } = unpack(
      buildPublishPackage({ posts, media: { [jpegId]: jpeg, [pngId]: png }, timeZone: TZ, now: NOW }).zip,
    );
    for (const path of Object.keys(files)) {
      expect(path).toMatch(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)?$/);
      expect(path.split('/')).not.toContain('..');
    }
    expect(slugify('')).toBe('beitrag');
    expect(slugify('..')).toBe('beitrag');
    expect(slugify('Straße für Ärzte – Café №1')).toBe('strasse-fuer-aerzte-cafe-no1');
  });

  it('is byte-identical for the same input, whatever the order of posts', () => {
    const { posts } = fixture();
    const media = { [jpegId]: jpeg, [pngId]: png };
    const first = buildPublishPackage({ posts, media, timeZone: TZ, now: NOW }).zip;
    const second = buildPublishPackage({ posts: [...posts].reverse(), media, timeZone: TZ, now: NOW }).zip;
    expect(second).toEqual(first);
  });

  it('stamps entries with now as wall-clock time of the organisation (DOS time in the local header)', () => {
    const { zip } = buildPublishPackage({ posts: [], media: {}, timeZone: TZ, now: NOW });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 11, 20]);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([15, 30, 10]);
  });

  it('can trust media ids instead of hashing the bytes again', () => {
    const { withImages } = fixture();
    const media = { [jpegId]: jpeg, [pngId]: jpeg };
    const trusted = buildPublishPackage({
      posts: [withImages],
      media,
      timeZone: TZ,
      now: NOW,
      verifyMedia: false,
    });
    const second = trusted.manifest.files.find((f) => f.path.endsWith('bild-2.jpg'));
    expect(second?.sha256).toBe(pngId);
  });

  it('refuses missing or altered media', () => {
    const { withImages } = fixture();
    expect(() =>
      buildPublishPackage({ posts: [withImages], media: { [jpegId]: jpeg }, timeZone: TZ, now: NOW }),
    ).toThrow(ExportError);
    try {
      buildPublishPackage({
        posts: [withImages],
        media: { [jpegId]: jpeg, [pngId]: jpeg },
        timeZone: TZ,
        now: NOW,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExportError);
      expect((error as ExportError).code).toBe('mediaCorrupt');
      expect((error as ExportError).params).toEqual({ postId: withImages.id, mediaId: pngId });
    }
  });
});
