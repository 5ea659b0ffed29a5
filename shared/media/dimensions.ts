/**
 * Pixel size of an image from its header, without decoding it: PNG `IHDR` (PNG spec §11.2.2), JPEG start-of-frame
 * (ITU T.81 §B.2.2) turned by its EXIF orientation (EXIF 2.3 §4.6.4, tag 0x0112), WebP `VP8 ` / `VP8L` / `VP8X`
 * (RFC 9649). Corrupt or truncated data gives null, never an exception and never a read outside the bytes.
 */
import type { MediaMimeType } from '../model/media';
import {
  ascii,
  hasAsciiAt,
  hasBytesAt,
  malformed,
  readSafely,
  subView,
  u16be,
  u16le,
  u24le,
  u32be,
  u32le,
  u8,
  viewOf,
} from './bytes';

export { readMp4Duration, readMp4VideoSize } from './mp4';

export interface PixelSize {
  width: number;
  height: number;
}

/** Width and height as the image is shown; null when `mimeType` is no image or its header cannot be read. */
export function readImageDimensions(bytes: Uint8Array, mimeType: MediaMimeType): PixelSize | null {
  switch (mimeType) {
    case 'image/png':
      return readSafely(() => readPngSize(bytes));
    case 'image/jpeg':
      return readSafely(() => readJpegSize(bytes));
    case 'image/webp':
      return readSafely(() => readWebpSize(bytes));
    default:
      return null;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** PNG caps width and height at 2^31 − 1. */
const PNG_MAX_SIDE = 0x7f_ff_ff_ff;

function readPngSize(bytes: Uint8Array): PixelSize | null {
  if (!hasBytesAt(bytes, 0, PNG_SIGNATURE)) return null;
  const view = viewOf(bytes);
  // The first chunk must be IHDR with 13 data bytes (+ 4 CRC bytes, required present).
  if (u32be(view, 8) !== 13 || ascii(view, 12, 4) !== 'IHDR' || bytes.byteLength < 8 + 8 + 13 + 4)
    return null;
  return positiveSize(u32be(view, 16), u32be(view, 20), PNG_MAX_SIDE);
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2]); // baseline, extended sequential, progressive (Huffman)
const MARKER_SOI = 0xd8;
const MARKER_EOI = 0xd9;
const MARKER_SOS = 0xda;
const MARKER_APP1 = 0xe1;

interface JpegSegment {
  marker: number;
  body: DataView;
  /** Offset just after the segment. */
  end: number;
}

/**
 * The marker segments of a JPEG from SOI up to and including the first start-of-scan (after which entropy-coded
 * data follows). A segment running past the end, a stray byte or an early EOI throws a RangeError.
 */
function* jpegSegmentsToScan(bytes: Uint8Array): Generator<JpegSegment> {
  if (!hasBytesAt(bytes, 0, [0xff, MARKER_SOI])) malformed('no JPEG start marker');
  const view = viewOf(bytes);
  let offset = 2;
  for (;;) {
    if (u8(view, offset) !== 0xff) malformed('JPEG segment does not start with a marker');
    while (u8(view, offset) === 0xff) offset += 1; // fill bytes (T.81 §B.1.1.2)
    const marker = u8(view, offset);
    offset += 1;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // TEM, RSTn: no length
    if (marker === MARKER_EOI || marker === MARKER_SOI || marker < 0xc0) malformed('unexpected JPEG marker');
    const length = u16be(view, offset); // counts itself, not the marker
    if (length < 2) malformed('JPEG segment length');
    const body = subView(view, offset + 2, offset + length);
    offset += length;
    yield { marker, body, end: offset };
    if (marker === MARKER_SOS) return;
  }
}

/** The first frame header gives the size; an EXIF APP1 before it supplies the orientation. */
function readJpegSize(bytes: Uint8Array): PixelSize | null {
  let orientation: number | null = null;
  for (const { marker, body } of jpegSegmentsToScan(bytes)) {
    if (SOF_MARKERS.has(marker)) {
      // precision 1, height 2, width 2, components 1
      const size = positiveSize(u16be(body, 3), u16be(body, 1), 0xff_ff);
      if (!size) return null; // height 0 ("defined later by DNL") is not supported
      return orientation !== null && orientation >= 5 ? { width: size.height, height: size.width } : size;
    }
    if (marker === MARKER_APP1 && orientation === null) orientation = readExifOrientation(body);
  }
  return null; // a scan without a (supported) frame header
}

const EXIF_HEADER = 'Exif\0\0';
const TAG_ORIENTATION = 0x01_12;
const TYPE_SHORT = 3;

/**
 * EXIF orientation 1–8 from IFD0 of an APP1 segment, or null when it is no EXIF block or has no valid orientation.
 * Values 5–8 turn the picture by a quarter: viewers show it with width and height swapped.
 */
function readExifOrientation(segment: DataView): number | null {
  return readSafely(() => {
    if (segment.byteLength < EXIF_HEADER.length || ascii(segment, 0, EXIF_HEADER.length) !== EXIF_HEADER) {
      return null;
    }
    const tiff = subView(segment, EXIF_HEADER.length, segment.byteLength);
    const order = ascii(tiff, 0, 2);
    if (order !== 'II' && order !== 'MM') return null;
    const little = order === 'II';
    const short = (offset: number): number => tiff.getUint16(offset, little);
    if (short(2) !== 42) return null;
    const ifd = tiff.getUint32(4, little);
    const entries = short(ifd);
    for (let index = 0; index < entries; index += 1) {
      const entry = ifd + 2 + index * 12; // tag 2, type 2, count 4, value 4
      if (short(entry) !== TAG_ORIENTATION) continue;
      if (short(entry + 2) !== TYPE_SHORT || tiff.getUint32(entry + 4, little) !== 1) return null;
      const value = short(entry + 8); // a SHORT sits left-aligned in the value field
      return value >= 1 && value <= 8 ? value : null;
    }
    return null;
  });
}

/** VP8 and VP8L store 14-bit sides; VP8X a 24-bit canvas. */
function readWebpSize(bytes: Uint8Array): PixelSize | null {
  if (!hasAsciiAt(bytes, 0, 'RIFF') || !hasAsciiAt(bytes, 8, 'WEBP')) return null;
  const view = viewOf(bytes);
  const chunkId = ascii(view, 12, 4);
  const chunkSize = u32le(view, 16);
  const chunk = subView(view, 20, Math.min(20 + chunkSize, bytes.byteLength));
  switch (chunkId) {
    case 'VP8 ': {
      // Frame tag 3 bytes (bit 0 clear on a key frame), start code 9D 01 2A, then width and height (2 scale bits).
      if ((u8(chunk, 0) & 1) !== 0) return null;
      if (!hasBytesAt(bytes, 23, [0x9d, 0x01, 0x2a])) return null;
      return positiveSize(u16le(chunk, 6) & 0x3f_ff, u16le(chunk, 8) & 0x3f_ff, 0x3f_ff);
    }
    case 'VP8L': {
      // Signature 0x2F, then 14 bits width − 1, 14 bits height − 1, 1 bit alpha, 3 bits version (0).
      if (u8(chunk, 0) !== 0x2f) return null;
      const bits = u32le(chunk, 1);
      if (bits >>> 29 !== 0) return null;
      return { width: (bits & 0x3f_ff) + 1, height: ((bits >>> 14) & 0x3f_ff) + 1 };
    }
    case 'VP8X': {
      // Flags 1, reserved 3, canvas width − 1 (24 bits), canvas height − 1 (24 bits).
      if (chunkSize < 10) return null;
      return { width: u24le(chunk, 4) + 1, height: u24le(chunk, 7) + 1 };
    }
    default:
      return malformed(`unknown first WebP chunk ${chunkId}`);
  }
}

function positiveSize(width: number, height: number, maxSide: number): PixelSize | null {
  if (width < 1 || height < 1 || width > maxSide || height > maxSide) return null;
  return { width, height };
}

/**
 * Whether an image file runs to the end its format marks: PNG up to its IEND chunk, JPEG to an end-of-image marker
 * after the first scan, WebP to the length its RIFF header announces. A copy that broke off fails; data after the
 * end (some phones append a trailer) is allowed. Nothing is decoded, so damage inside the data goes unnoticed.
 */
export function isImageComplete(bytes: Uint8Array, mimeType: MediaMimeType): boolean {
  const complete = readSafely(() => {
    switch (mimeType) {
      case 'image/png':
        return pngReachesEnd(bytes);
      case 'image/jpeg':
        return jpegReachesEnd(bytes);
      case 'image/webp':
        return u32le(viewOf(bytes), 4) + 8 <= bytes.byteLength;
      default:
        return false;
    }
  });
  return complete === true;
}

function pngReachesEnd(bytes: Uint8Array): boolean {
  if (!hasBytesAt(bytes, 0, PNG_SIGNATURE)) return false;
  const view = viewOf(bytes);
  let offset = 8;
  for (;;) {
    const length = u32be(view, offset);
    const type = ascii(view, offset + 4, 4);
    const end = offset + 12 + length; // length 4, type 4, data, CRC 4
    if (end > bytes.byteLength) return false;
    if (type === 'IEND') return true;
    offset = end;
  }
}

function jpegReachesEnd(bytes: Uint8Array): boolean {
  let scanStart = -1;
  for (const segment of jpegSegmentsToScan(bytes)) scanStart = segment.end;
  if (scanStart < 0) return false;
  // Entropy-coded data never holds FF D9 (an FF data byte is stuffed as FF 00), so the first one ends the image.
  for (let index = bytes.indexOf(0xd9, scanStart); index !== -1; index = bytes.indexOf(0xd9, index + 1)) {
    if (bytes[index - 1] === 0xff) return true;
  }
  return false;
}
