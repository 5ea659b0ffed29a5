/**
 * Every read and write of media. A file is inspected first (shared/media: real type, whole, size, SHA-256); a
 * refused file stores nothing. Metadata and bytes live in two tables (listing the library never loads blobs) and
 * are written together in one transaction. The SHA-256 is the id, so the same file is stored once.
 */
import type { LimitSettings } from '../../../shared/channels/limitSettings';
import { inspectMediaFile, type InspectMediaInput } from '../../../shared/media/inspect';
import { imageTooLargeForNetworks } from '../../../shared/media/networkSize';
import type { Channel } from '../../../shared/model/channels';
import type { MediaMessageKey, MessageParams } from '../../../shared/media/messages';
import type { MediaMeta } from '../../../shared/model/media';
import { ImageDecodeError, makeThumbnail, type Thumbnailer } from './thumbnail';
import { DataError, guardData } from '../store/dataErrors';
import { db } from '../store/db';
import type { MediaBlobRow } from '../store/rows';

export type StoreMediaResult =
  | {
      ok: true;
      meta: MediaMeta;
      /** The same bytes were stored before: `meta` is that record, unchanged (with its people and consents). */
      deduplicated: boolean;
    }
  | { ok: false; messageKey: MediaMessageKey; params: MessageParams };

export interface StoreMediaOptions {
  /** Makes the preview; the browser one by default (null where the browser APIs are missing). */
  thumbnailer?: Thumbnailer;
  /** The networks of the post the file is added to: an image over one's size limit is refused. */
  networks?: { channels: readonly Channel[]; limitSettings: LimitSettings };
}

/**
 * Inspects a chosen file and stores it with a thumbnail. Refused files (unsupported, damaged, too large, too large
 * for one of `networks`) come back with a message key of the `media.inspect.*` catalogue and nothing is stored.
 */
export async function storeMediaFile(
  input: InspectMediaInput,
  { thumbnailer = makeThumbnail, networks }: StoreMediaOptions = {},
): Promise<StoreMediaResult> {
  const inspected = await inspectMediaFile(input);
  if (!inspected.ok) return { ok: false, messageKey: inspected.messageKey, params: inspected.params };
  const meta: MediaMeta = inspected.meta;
  const tooLarge = networks && imageTooLargeForNetworks(meta, networks.channels, networks.limitSettings);
  if (tooLarge) return { ok: false, messageKey: tooLarge.messageKey, params: tooLarge.params };

  const known = await guardData(() => db.media.get(meta.id));
  if (known) return { ok: true, meta: known, deduplicated: true };

  const original = new Blob([ownBuffer(input.bytes)], { type: meta.mimeType });
  // Made before the transaction: IndexedDB commits a transaction that waits on anything but its own requests.
  // An image the browser cannot decode is damaged and refused; any other thumbnail failure only costs the preview.
  let thumbnail: Blob | null;
  try {
    thumbnail = await thumbnailer(original, meta.kind);
  } catch (error) {
    if (error instanceof ImageDecodeError) {
      return { ok: false, messageKey: 'media.inspect.corrupt', params: { fileName: meta.fileName } };
    }
    thumbnail = null;
  }
  const blobRow: MediaBlobRow = { id: meta.id, original, thumbnail };

  return guardData(() =>
    db.transaction('rw', db.media, db.mediaBlobs, async () => {
      // Someone may have stored the same file meanwhile (another window): keep theirs.
      const existing = await db.media.get(meta.id);
      if (existing) return { ok: true as const, meta: existing, deduplicated: true };
      await db.media.add(meta);
      await db.mediaBlobs.put(blobRow);
      return { ok: true as const, meta, deduplicated: false };
    }),
  );
}

/** A view of the bytes on a plain ArrayBuffer, as Blob parts must be (copied only when shared). */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

export type MediaMetaPatch = Partial<
  Pick<MediaMeta, 'showsPeople' | 'consentIds' | 'hasSubtitles' | 'fileName'>
>;

/** Changes what a person decides about a medium. Consent ids are de-duplicated; a blank file name is refused. */
export async function updateMediaMeta(id: string, patch: MediaMetaPatch): Promise<MediaMeta> {
  const changes: MediaMetaPatch = { ...patch };
  if (changes.consentIds) changes.consentIds = [...new Set(changes.consentIds)];
  if (changes.fileName !== undefined) {
    changes.fileName = changes.fileName.trim();
    if (changes.fileName === '') throw new RangeError('A medium needs a file name');
  }
  const updated = await guardData(() =>
    db.transaction('rw', db.media, async () => {
      const existing = await db.media.get(id);
      if (!existing) return null;
      const next: MediaMeta = { ...existing, ...changes };
      await db.media.put(next);
      return next;
    }),
  );
  // Thrown outside the transaction: Dexie wraps errors named "DataError" thrown inside one.
  if (!updated) throw new DataError('errors.notFound');
  return updated;
}

/** The whole library, newest first (metadata only). */
export function listMedia(): Promise<MediaMeta[]> {
  return guardData(() => db.media.orderBy('createdAt').reverse().toArray());
}

/** The metadata of `ids` by id; ids without a record are absent. */
export function getMediaMeta(ids: readonly string[]): Promise<Record<string, MediaMeta>> {
  return guardData(async () => {
    const unique = [...new Set(ids)];
    const rows = await db.media.bulkGet(unique);
    const byId: Record<string, MediaMeta> = {};
    for (const row of rows) if (row) byId[row.id] = row;
    return byId;
  });
}

export function getMediaBlob(id: string): Promise<MediaBlobRow | undefined> {
  return guardData(() => db.mediaBlobs.get(id));
}

export type DeleteMediaResult = { ok: true } | { ok: false; usedBy: number };

/**
 * Deletes a medium (metadata and bytes) unless posts or series still use it; then nothing changes and `usedBy`
 * counts them. Check and delete run in one transaction, so no post can take the medium up in between.
 */
export async function deleteMedia(id: string): Promise<DeleteMediaResult> {
  return guardData(() =>
    db.transaction('rw', [db.posts, db.series, db.media, db.mediaBlobs], async () => {
      const uses = (owner: { media: { mediaId: string }[]; variants: { mediaIds: string[] }[] }) =>
        owner.media.some((item) => item.mediaId === id) ||
        owner.variants.some((variant) => variant.mediaIds.includes(id));
      const usedBy = (await db.posts.filter(uses).count()) + (await db.series.filter(uses).count());
      if (usedBy > 0) return { ok: false as const, usedBy };
      await db.mediaBlobs.delete(id);
      await db.media.delete(id);
      return { ok: true as const };
    }),
  );
}
