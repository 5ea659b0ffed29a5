/**
 * The media type of a file from its first bytes ("magic numbers"), never from its name or a browser's guess: a
 * renamed GIF, SVG, HTML page or PDF is not an image. Signatures after the WHATWG MIME Sniffing standard §6.1–6.2.
 */
import type { MediaMimeType } from '../model/media';
import { hasAsciiAt, hasBytesAt, readSafely, u32be, u8, ascii, viewOf } from './bytes';

const JPEG_SIGNATURE = [0xff, 0xd8, 0xff] as const;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const EBML_SIGNATURE = [0x1a, 0x45, 0xdf, 0xa3] as const;

/** `ftyp` brands of MP4 video (ISO base media, MPEG-4 part 14, Apple M4V, 3GPP-free). */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash']);
const QUICKTIME_BRAND = 'qt  ';
/** Still-image formats in the same container (HEIF/HEIC, AVIF): never a video, whatever they list as compatible. */
const STILL_IMAGE_BRANDS = new Set([
  'heic',
  'heix',
  'heim',
  'heis',
  'hevc',
  'hevx',
  'mif1',
  'msf1',
  'avif',
  'avis',
]);

/** The sniffed media type, or null when the bytes are none of the supported formats. */
export function sniffMediaType(bytes: Uint8Array): MediaMimeType | null {
  if (hasBytesAt(bytes, 0, JPEG_SIGNATURE)) return 'image/jpeg';
  if (hasBytesAt(bytes, 0, PNG_SIGNATURE)) return 'image/png';
  if (hasAsciiAt(bytes, 0, 'RIFF') && hasAsciiAt(bytes, 8, 'WEBP')) return 'image/webp';
  if (hasAsciiAt(bytes, 4, 'ftyp')) return sniffIsoMedia(bytes);
  if (hasBytesAt(bytes, 0, EBML_SIGNATURE)) return isWebmDocType(bytes) ? 'video/webm' : null;
  return null;
}

/**
 * MP4 or QuickTime by the `ftyp` box: its major brand, else the first known compatible brand (phones write e.g.
 * `mp42` major with `isom` compatible; some tools write an unknown major brand with known compatible ones).
 */
function sniffIsoMedia(bytes: Uint8Array): MediaMimeType | null {
  return readSafely(() => {
    const view = viewOf(bytes);
    const boxSize = u32be(view, 0);
    // size, 'ftyp', major brand, minor version: at least 16 bytes; compatible brands follow in steps of 4.
    if (boxSize < 16) return null;
    const major = ascii(view, 8, 4);
    if (STILL_IMAGE_BRANDS.has(major)) return null;
    const brandsEnd = Math.min(boxSize, bytes.byteLength);
    const brands = [major];
    for (let offset = 16; offset + 4 <= brandsEnd; offset += 4) brands.push(ascii(view, offset, 4));
    for (const brand of brands) {
      if (brand === QUICKTIME_BRAND) return 'video/quicktime';
      if (MP4_BRANDS.has(brand)) return 'video/mp4';
    }
    return null;
  });
}

/**
 * WebM is Matroska with the EBML DocType "webm" (Matroska spec, RFC 9559 §5.1). A generic Matroska file (.mkv)
 * shares the signature but is not WebM, so the EBML header is read for its DocType element (id 0x4282).
 */
function isWebmDocType(bytes: Uint8Array): boolean {
  const result = readSafely(() => {
    const view = viewOf(bytes);
    const header = readVint(view, 4);
    const end = Math.min(header.next + header.value, bytes.byteLength);
    let offset = header.next;
    while (offset < end) {
      const id = readElementId(view, offset);
      const size = readVint(view, id.next);
      if (id.value === 0x42_82) {
        // "webm" padded with NULs at most; a longer DocType is something else (and is not read in full).
        return size.value <= 16 && ascii(view, size.next, size.value).replace(/\0+$/, '') === 'webm';
      }
      offset = size.next + size.value;
    }
    return false;
  });
  return result === true;
}

/** An EBML variable-length integer (the length marker removed); `next` is the offset after it. */
function readVint(view: DataView, offset: number): { value: number; next: number } {
  const first = u8(view, offset);
  const length = vintLength(first);
  let value = first & (0xff >> length);
  for (let index = 1; index < length; index += 1) value = value * 256 + u8(view, offset + index);
  return { value, next: offset + length };
}

/** An EBML element id (the length marker kept, as ids are written in the spec). */
function readElementId(view: DataView, offset: number): { value: number; next: number } {
  const length = vintLength(u8(view, offset));
  if (length > 4) throw new RangeError('EBML id longer than 4 bytes');
  let value = 0;
  for (let index = 0; index < length; index += 1) value = value * 256 + u8(view, offset + index);
  return { value, next: offset + length };
}

function vintLength(first: number): number {
  for (let length = 1; length <= 8; length += 1) if (first & (0x100 >> length)) return length;
  throw new RangeError('Invalid EBML length marker');
}
