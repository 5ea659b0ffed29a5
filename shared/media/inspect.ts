/**
 * First look at a file a person adds: what it really is (sniffed, not by its name), whether it is whole, how large
 * it is in pixels and seconds, and its SHA-256 as the id. Only a global size cap applies here; each network's own
 * limits are checked where posts are checked.
 */
import { IMAGE_MIME_TYPES, type MediaKind, type MediaMeta, type MediaMimeType } from '../model/media';
import { isImageComplete, readImageDimensions } from './dimensions';
import { sha256Hex } from './hash';
import type { MediaMessageKey, MessageParams } from './messages';
import { isMp4StructureIntact, readMp4Duration, readMp4VideoSize } from './mp4';
import { sniffMediaType } from './sniff';

const MEBIBYTE = 1024 * 1024;
/**
 * Largest image accepted at all (15 MB, counted as file managers show it: 1 MB = 1,048,576 bytes). Above every
 * network's image limit (5–8 MB), so a large original can still be stored and scaled down before export.
 */
export const MAX_IMAGE_BYTES = 15 * MEBIBYTE;
/** Largest video accepted at all (500 MB, LinkedIn's video limit and the largest among the networks served). */
export const MAX_VIDEO_BYTES = 500 * MEBIBYTE;

export interface InspectMediaInput {
  bytes: Uint8Array;
  /** As chosen by the person; only its last path segment is kept. */
  fileName: string;
  now: Date;
}

/**
 * A new media record: everything read from the file, and what a person decides later at its defaults (no people
 * shown, no consents linked, no subtitles).
 */
export type InspectedMediaMeta = Omit<MediaMeta, 'showsPeople' | 'consentIds' | 'hasSubtitles'> & {
  showsPeople: false;
  consentIds: string[];
  hasSubtitles: false;
};

export type InspectFailureReason = 'unsupportedType' | 'corrupt' | 'tooLarge';

export type InspectMediaResult =
  | { ok: true; meta: InspectedMediaMeta }
  | { ok: false; reason: InspectFailureReason; messageKey: MediaMessageKey; params: MessageParams };

export async function inspectMediaFile({
  bytes,
  fileName,
  now,
}: InspectMediaInput): Promise<InspectMediaResult> {
  const name = baseName(fileName);
  const mimeType = sniffMediaType(bytes);
  if (!mimeType) return failure('unsupportedType', 'media.inspect.unsupportedType', { fileName: name });

  const kind = kindOf(mimeType);
  const maxBytes = kind === 'image' ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES;
  if (bytes.byteLength > maxBytes) {
    return failure(
      'tooLarge',
      kind === 'image' ? 'media.inspect.tooLargeImage' : 'media.inspect.tooLargeVideo',
      {
        fileName: name,
        // Rounded up, so a file just over the cap never reads as "15 MB; at most 15 MB".
        sizeMegabytes: Math.ceil((bytes.byteLength / MEBIBYTE) * 10) / 10,
        maxMegabytes: maxBytes / MEBIBYTE,
      },
    );
  }

  const measured = kind === 'image' ? measureImage(bytes, mimeType) : measureVideo(bytes, mimeType);
  if (!measured) return failure('corrupt', 'media.inspect.corrupt', { fileName: name });

  return {
    ok: true,
    meta: {
      id: await sha256Hex(bytes),
      kind,
      mimeType,
      byteLength: bytes.byteLength,
      ...measured,
      fileName: name,
      hasSubtitles: false,
      showsPeople: false,
      consentIds: [],
      createdAt: now.toISOString(),
    },
  };
}

type Measurements = Pick<MediaMeta, 'width' | 'height' | 'durationSeconds'>;

/** An image must have a readable size and must not break off. */
function measureImage(bytes: Uint8Array, mimeType: MediaMimeType): Measurements | null {
  const size = readImageDimensions(bytes, mimeType);
  if (!size || !isImageComplete(bytes, mimeType)) return null;
  return { ...size, durationSeconds: null };
}

/**
 * An MP4 or QuickTime video must be whole and have its movie header; size and duration are taken when the header
 * states them. WebM is accepted as sniffed, without size or duration.
 */
function measureVideo(bytes: Uint8Array, mimeType: MediaMimeType): Measurements | null {
  if (mimeType === 'video/webm') return { width: null, height: null, durationSeconds: null };
  if (!isMp4StructureIntact(bytes)) return null;
  const size = readMp4VideoSize(bytes);
  return {
    width: size?.width ?? null,
    height: size?.height ?? null,
    durationSeconds: readMp4Duration(bytes),
  };
}

function kindOf(mimeType: MediaMimeType): MediaKind {
  return (IMAGE_MIME_TYPES as readonly MediaMimeType[]).includes(mimeType) ? 'image' : 'video';
}

/** "C:\fakepath\Foto.jpg" and "/home/a/Foto.jpg" → "Foto.jpg". */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.trim();
}

function failure(
  reason: InspectFailureReason,
  messageKey: MediaMessageKey,
  params: MessageParams,
): InspectMediaResult {
  return { ok: false, reason, messageKey, params };
}
