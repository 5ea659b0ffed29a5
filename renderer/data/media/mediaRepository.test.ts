/**
 * The media repository against a real IndexedDB implementation (fake-indexeddb), with real image bytes built in
 * shared/media/testFixtures.ts.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../../../shared/channels/limitSettings';
import { sha256Hex } from '../../../shared/media/hash';
import { jpegFile, pngFile } from '../../../shared/media/testFixtures';
import type { MediaKind } from '../../../shared/model/media';
import { DataError } from '../store/dataErrors';
import { db } from '../store/db';
import {
  deleteMedia,
  getMediaBlob,
  getMediaMeta,
  listMedia,
  storeMediaFile,
  updateMediaMeta,
} from './mediaRepository';
import { savePostFromForm } from '../posts/postsRepository';
import { ImageDecodeError } from './thumbnail';

const now = new Date('2026-11-25T08:00:00Z');

// jsdom's Blob does not survive the structured clone into fake-indexeddb (it reads back as `{}`); Node's own Blob
// does, as Blobs do in a browser's IndexedDB.
beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('storeMediaFile', () => {
  it('stores a real PNG: metadata with the SHA-256 as id, the original bytes, and no thumbnail in jsdom', async () => {
    const bytes = pngFile(4, 3);
    const result = await storeMediaFile({ bytes, fileName: 'C:\\fakepath\\Rathaus.png', now });
    if (!result.ok) throw new Error(result.messageKey);

    const id = await sha256Hex(bytes);
    expect(result.deduplicated).toBe(false);
    expect(result.meta).toEqual({
      id,
      kind: 'image',
      mimeType: 'image/png',
      byteLength: bytes.byteLength,
      width: 4,
      height: 3,
      durationSeconds: null,
      fileName: 'Rathaus.png',
      hasSubtitles: false,
      showsPeople: false,
      consentIds: [],
      createdAt: now.toISOString(),
    });
    expect(await db.media.get(id)).toEqual(result.meta);
    const blobs = await getMediaBlob(id);
    expect(blobs?.thumbnail).toBeNull();
    expect(blobs?.original.type).toBe('image/png');
    expect(await bytesOf(blobs?.original ?? new Blob())).toEqual(bytes);
  });

  it('stores the thumbnail the thumbnailer makes from the original', async () => {
    const bytes = jpegFile(16, 8);
    const seen: { kind: MediaKind; bytes: Uint8Array }[] = [];
    const result = await storeMediaFile(
      { bytes, fileName: 'Markt.jpg', now },
      {
        thumbnailer: async (original, kind) => {
          seen.push({ kind, bytes: await bytesOf(original) });
          return new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
        },
      },
    );
    if (!result.ok) throw new Error(result.messageKey);
    expect(seen).toEqual([{ kind: 'image', bytes }]);
    const stored = await getMediaBlob(result.meta.id);
    expect(stored?.thumbnail?.type).toBe('image/jpeg');
    expect(await bytesOf(stored?.thumbnail ?? new Blob())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
  });

  it('refuses a text file with the catalogue message and stores nothing', async () => {
    const bytes = new TextEncoder().encode('Protokoll der Ratssitzung');
    const result = await storeMediaFile({ bytes, fileName: 'protokoll.txt', now });
    expect(result).toEqual({
      ok: false,
      messageKey: 'media.inspect.unsupportedType',
      params: { fileName: 'protokoll.txt' },
    });
    expect(await db.media.count()).toBe(0);
    expect(await db.mediaBlobs.count()).toBe(0);
  });

  it('refuses a PNG that breaks off', async () => {
    const bytes = pngFile(4, 3);
    const result = await storeMediaFile({
      bytes: bytes.slice(0, bytes.length - 20),
      fileName: 'halb.png',
      now,
    });
    expect(result).toMatchObject({ ok: false, messageKey: 'media.inspect.corrupt' });
    expect(await db.media.count()).toBe(0);
  });

  it('stores the same bytes once and returns the existing record with what people decided about it', async () => {
    const bytes = pngFile(5, 5);
    let thumbnails = 0;
    const thumbnailer = () => {
      thumbnails += 1;
      return Promise.resolve(null);
    };
    const first = await storeMediaFile({ bytes, fileName: 'Fest.png', now }, { thumbnailer });
    if (!first.ok) throw new Error(first.messageKey);
    await updateMediaMeta(first.meta.id, { showsPeople: true, consentIds: ['c1'] });

    const later = new Date('2026-11-26T08:00:00Z');
    const second = await storeMediaFile(
      { bytes: bytes.slice(), fileName: 'Kopie von Fest.png', now: later },
      {
        thumbnailer,
      },
    );
    if (!second.ok) throw new Error(second.messageKey);
    expect(second.deduplicated).toBe(true);
    expect(second.meta).toMatchObject({
      id: first.meta.id,
      fileName: 'Fest.png',
      showsPeople: true,
      consentIds: ['c1'],
      createdAt: now.toISOString(),
    });
    expect(await db.media.count()).toBe(1);
    expect(await db.mediaBlobs.count()).toBe(1);
    expect(thumbnails).toBe(1);
  });

  it('writes metadata and bytes in one transaction: when the bytes cannot be written, neither is stored', async () => {
    const failBlobWrite = () => {
      throw new Error('disk full');
    };
    db.mediaBlobs.hook('creating', failBlobWrite);
    try {
      await expect(storeMediaFile({ bytes: pngFile(2, 2), fileName: 'a.png', now })).rejects.toBeInstanceOf(
        DataError,
      );
    } finally {
      db.mediaBlobs.hook('creating').unsubscribe(failBlobWrite);
    }
    expect(await db.media.count()).toBe(0);
    expect(await db.mediaBlobs.count()).toBe(0);

    // Without the fault the same file stores normally.
    expect((await storeMediaFile({ bytes: pngFile(2, 2), fileName: 'a.png', now })).ok).toBe(true);
    expect(await db.media.count()).toBe(1);
    expect(await db.mediaBlobs.count()).toBe(1);
  });

  it("refuses an image over the size limit of one of the post's networks and stores nothing", async () => {
    const bytes = jpegFile(40000, 40000); // about 6 MB: over X's 5 MB, under Instagram's 8 MB
    expect(bytes.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    const limitSettings = DEFAULT_LIMIT_SETTINGS;
    const forX = await storeMediaFile(
      { bytes, fileName: 'plakat.jpg', now },
      { networks: { channels: ['instagram', 'x'], limitSettings } },
    );
    expect(forX).toMatchObject({
      ok: false,
      messageKey: 'media.inspect.tooLargeForNetwork',
      params: { fileName: 'plakat.jpg', network: 'X', maxMegabytes: 5 },
    });
    expect(await db.media.count()).toBe(0);
    expect(await db.mediaBlobs.count()).toBe(0);

    const forInstagram = await storeMediaFile(
      { bytes, fileName: 'plakat.jpg', now },
      { networks: { channels: ['instagram'], limitSettings } },
    );
    expect(forInstagram.ok).toBe(true);
    expect(await db.media.count()).toBe(1);
  });

  it('refuses an image the browser cannot decode as damaged and stores nothing', async () => {
    const result = await storeMediaFile(
      { bytes: jpegFile(8, 8), fileName: 'kaputt.jpg', now },
      { thumbnailer: () => Promise.reject(new ImageDecodeError(new Error('bad Huffman table'))) },
    );
    expect(result).toEqual({
      ok: false,
      messageKey: 'media.inspect.corrupt',
      params: { fileName: 'kaputt.jpg' },
    });
    expect(await db.media.count()).toBe(0);
    expect(await db.mediaBlobs.count()).toBe(0);
  });

  it('a thumbnailer that fails to draw leaves the medium without thumbnail instead of failing', async () => {
    const result = await storeMediaFile(
      { bytes: pngFile(3, 3), fileName: 'b.png', now },
      { thumbnailer: () => Promise.reject(new Error('canvas unavailable')) },
    );
    if (!result.ok) throw new Error(result.messageKey);
    expect((await getMediaBlob(result.meta.id))?.thumbnail).toBeNull();
  });
});

async function store(bytes: Uint8Array, fileName: string, at = now) {
  const result = await storeMediaFile({ bytes, fileName, now: at });
  if (!result.ok) throw new Error(result.messageKey);
  return result.meta;
}

describe('reading and changing media', () => {
  it('lists the library newest first and reads metadata by ids', async () => {
    const older = await store(pngFile(2, 2), 'alt.png', new Date('2026-11-01T08:00:00Z'));
    const newer = await store(pngFile(3, 2), 'neu.png', new Date('2026-11-20T08:00:00Z'));
    expect((await listMedia()).map((meta) => meta.fileName)).toEqual(['neu.png', 'alt.png']);
    expect(await getMediaMeta([newer.id, 'missing', older.id, newer.id])).toEqual({
      [newer.id]: newer,
      [older.id]: older,
    });
    expect(await getMediaMeta([])).toEqual({});
  });

  it('updates people, consents (without duplicates), subtitles and the file name', async () => {
    const meta = await store(pngFile(2, 2), 'bild.png');
    const updated = await updateMediaMeta(meta.id, {
      showsPeople: true,
      consentIds: ['c1', 'c2', 'c1'],
      hasSubtitles: true,
      fileName: '  Neujahrsempfang.png ',
    });
    expect(updated).toEqual({
      ...meta,
      showsPeople: true,
      consentIds: ['c1', 'c2'],
      hasSubtitles: true,
      fileName: 'Neujahrsempfang.png',
    });
    expect(await db.media.get(meta.id)).toEqual(updated);
    await expect(updateMediaMeta(meta.id, { fileName: '  ' })).rejects.toBeInstanceOf(RangeError);
  });

  it('reports a medium that no longer exists', async () => {
    await expect(updateMediaMeta('missing', { showsPeople: true })).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
  });
});

describe('deleteMedia', () => {
  it('refuses while posts use the medium, and deletes metadata and bytes once none does', async () => {
    const meta = await store(pngFile(2, 2), 'plakat.png');
    const keep = await store(pngFile(3, 3), 'anderes.png');
    const context = { actorId: 'test', timeZone: 'Europe/Berlin', now };
    const withMedia = { channels: ['instagram'], date: '', time: '', text: '' };
    const media = [{ mediaId: meta.id, altText: 'Plakat' }];
    await savePostFromForm({ ...withMedia, title: 'Eins', media }, null, context);
    await savePostFromForm({ ...withMedia, title: 'Zwei', media }, null, context);
    await savePostFromForm({ ...withMedia, title: 'Ohne Bild' }, null, context);
    expect(await db.posts.filter((post) => post.media.length > 0).count()).toBe(2);

    expect(await deleteMedia(meta.id)).toEqual({ ok: false, usedBy: 2 });
    expect(await db.media.get(meta.id)).toEqual(meta);
    expect(await getMediaBlob(meta.id)).toBeDefined();

    await db.posts.clear();
    expect(await deleteMedia(meta.id)).toEqual({ ok: true });
    expect(await db.media.get(meta.id)).toBeUndefined();
    expect(await getMediaBlob(meta.id)).toBeUndefined();
    expect(await db.media.get(keep.id)).toEqual(keep);
  });

  it('counts a series whose content uses the medium', async () => {
    const meta = await store(pngFile(2, 2), 'wochenmarkt.png');
    await db.series.put({
      id: 'markt',
      rule: null,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      title: 'Wochenmarkt',
      channels: ['facebook'],
      text: '',
      variants: [{ channel: 'facebook', format: 'feed', text: '', mediaIds: [meta.id] }],
      variantsLinked: true,
      media: [{ mediaId: meta.id, altText: '' }],
      campaignId: null,
      category: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      createdBy: 'test',
    });
    expect(await deleteMedia(meta.id)).toEqual({ ok: false, usedBy: 1 });
  });
});
