/**
 * Test files built byte by byte: real, decodable minimal images (PNG with correct CRCs and zlib stream, baseline
 * JPEG with its own Huffman tables, lossless WebP) and MP4 headers. Used by the tests of shared/media only.
 */

type Bytes = Uint8Array | readonly number[];

export function concat(...parts: Bytes[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
export const be16 = (value: number): number[] => [(value >>> 8) & 0xff, value & 0xff];
export const le16 = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff];
export const be32 = (value: number): number[] => [...be16(value >>> 16), ...be16(value & 0xffff)];
export const le32 = (value: number): number[] => [...le16(value & 0xffff), ...le16(value >>> 16)];
export const le24 = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff];

export function crc32(bytes: Bytes): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Bytes): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function pngChunk(type: string, data: Bytes): Uint8Array {
  const typeAndData = concat(ascii(type), data);
  return concat(be32(data.length), typeAndData, be32(crc32(typeAndData)));
}

/** A grey 8-bit PNG: IHDR, one IDAT (zlib, one stored block), IEND, all with correct CRCs. */
export function pngFile(width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width + 1) * height).fill(0x80);
  for (let row = 0; row < height; row += 1) raw[row * (width + 1)] = 0; // filter type "none"
  if (raw.length > 0xffff) throw new RangeError('stored block too large for this fixture');
  const zlib = concat(
    [0x78, 0x01, 0x01],
    le16(raw.length),
    le16(~raw.length & 0xffff),
    raw,
    be32(adler32(raw)),
  );
  const ihdr = [...be32(width), ...be32(height), 8, 0, 0, 0, 0]; // depth 8, greyscale, no interlace
  return concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib),
    pngChunk('IEND', []),
  );
}

function jpegSegment(marker: number, body: Bytes): Uint8Array {
  return concat([0xff, marker], be16(body.length + 2), body);
}

/** An APP1 EXIF segment whose IFD0 holds only the Orientation tag. */
export function exifSegment(orientation: number, byteOrder: 'II' | 'MM'): Uint8Array {
  const u16 = byteOrder === 'II' ? le16 : be16;
  const u32 = byteOrder === 'II' ? le32 : be32;
  const tiff = [
    ...ascii(byteOrder),
    ...u16(42),
    ...u32(8), // IFD0 right after the header
    ...u16(1), // one entry
    ...u16(0x0112),
    ...u16(3), // SHORT
    ...u32(1),
    ...u16(orientation),
    0,
    0,
    ...u32(0), // no next IFD
  ];
  return jpegSegment(0xe1, [...ascii('Exif\0\0'), ...tiff]);
}

export interface JpegOptions {
  exif?: { orientation: number; byteOrder: 'II' | 'MM' };
  /** Frame marker; only 0xC0 gives a scan that matches the frame (the others test header parsing). */
  sofMarker?: number;
}

/**
 * A grey baseline JPEG: quantisation table of ones, a DC and an AC Huffman table with one 1-bit code each
 * (DC category 0, AC end-of-block), so each 8×8 block is the two bits "00": a flat mid-grey picture.
 */
export function jpegFile(width: number, height: number, options: JpegOptions = {}): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = new Uint8Array(Math.ceil((blocks * 2) / 8));
  const usedBits = (blocks * 2) % 8;
  if (usedBits !== 0) scan[scan.length - 1] = 0xff >> usedBits; // pad the last byte with one-bits
  const oneCodeTable = (tableClass: number): number[] => [
    tableClass << 4,
    1,
    ...Array<number>(15).fill(0),
    0,
  ];
  return concat(
    [0xff, 0xd8],
    jpegSegment(0xe0, [...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    options.exif ? exifSegment(options.exif.orientation, options.exif.byteOrder) : [],
    jpegSegment(0xdb, [0, ...Array<number>(64).fill(1)]),
    jpegSegment(options.sofMarker ?? 0xc0, [8, ...be16(height), ...be16(width), 1, 1, 0x11, 0]),
    jpegSegment(0xc4, oneCodeTable(0)),
    jpegSegment(0xc4, oneCodeTable(1)),
    jpegSegment(0xda, [1, 1, 0x00, 0, 63, 0]),
    scan,
    [0xff, 0xd9],
  );
}

/** Writes bit fields least significant bit first, as VP8L reads them. */
class BitWriter {
  private readonly bytes: number[] = [];
  private bitCount = 0;

  write(value: number, width: number): this {
    for (let bit = 0; bit < width; bit += 1) {
      if (this.bitCount % 8 === 0) this.bytes.push(0);
      const index = this.bytes.length - 1;
      this.bytes[index] = (this.bytes[index] ?? 0) | (((value >>> bit) & 1) << (this.bitCount % 8));
      this.bitCount += 1;
    }
    return this;
  }

  done(): number[] {
    return this.bytes;
  }
}

/**
 * Lossless VP8L data for a one-colour picture: no transforms, no colour cache, and five one-symbol prefix codes
 * (green 0x80, red 0x40, blue 0x20, alpha 0xFF), which cost zero bits per pixel (RFC 9649 §3.7.2.1.1).
 */
function vp8lData(width: number, height: number): number[] {
  const bits = new BitWriter()
    .write(width - 1, 14)
    .write(height - 1, 14)
    .write(0, 1) // alpha not used
    .write(0, 3) // version 0
    .write(0, 1) // no transform
    .write(0, 1) // no colour cache
    .write(0, 1); // no meta prefix codes
  for (const symbol of [0x80, 0x40, 0x20, 0xff, 0]) {
    bits.write(1, 1).write(0, 1).write(1, 1).write(symbol, 8); // simple code, 1 symbol, 8-bit symbol
  }
  return [0x2f, ...bits.done()];
}

function riffChunk(id: string, data: Bytes): Uint8Array {
  return concat(ascii(id), le32(data.length), data, data.length % 2 ? [0] : []);
}

function riffWebp(...chunks: Uint8Array[]): Uint8Array {
  const body = concat(ascii('WEBP'), ...chunks);
  return concat(ascii('RIFF'), le32(body.length), body);
}

/** A simple-format lossless WebP (`VP8L`). */
export function webpLossless(width: number, height: number): Uint8Array {
  return riffWebp(riffChunk('VP8L', vp8lData(width, height)));
}

/** An extended-format WebP (`VP8X` canvas header, then the `VP8L` image). */
export function webpExtended(width: number, height: number): Uint8Array {
  const vp8x = [0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)];
  return riffWebp(riffChunk('VP8X', vp8x), riffChunk('VP8L', vp8lData(width, height)));
}

/**
 * The `VP8 ` key frame of a 5×3 px lossy WebP as Chromium 156 encodes a canvas (`toDataURL('image/webp', 0.8)`;
 * yellow top left, blue elsewhere): a lossy bitstream is impractical to write by hand. Wrapped in a plain RIFF it
 * decodes in Chromium to 5×3 again.
 */
const CHROMIUM_VP8_5X3 =
  'd002009d012a0500030001402625b00274ba01f8008000f255072ffd8ebc0000fc3bb91b7d89f3634c26c757ff3dfc92' +
  'ffceafebffdf9c99bb4a45bfcb43e5a1fc243fe8c40de5fde8a8c476b4800000';

export function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** A simple-format lossy WebP (`VP8 `), 5×3 px. */
export function webpLossy5x3(): Uint8Array {
  return riffWebp(riffChunk('VP8 ', fromHex(CHROMIUM_VP8_5X3)));
}

export function box(type: string, ...payload: Bytes[]): Uint8Array {
  const body = concat(...payload);
  return concat(be32(body.length + 8), ascii(type), body);
}

export function ftyp(major: string, ...compatible: string[]): Uint8Array {
  return box('ftyp', ascii(major), be32(0x200), ...compatible.map(ascii));
}

const IDENTITY_MATRIX = [0x1_0000, 0, 0, 0, 0x1_0000, 0, 0, 0, 0x4000_0000];
/** 90° clockwise, as phones write portrait video. */
export const ROTATE_90_MATRIX = [0, 0x1_0000, 0, -0x1_0000, 0, 0, 0, 0, 0x4000_0000];

export function mvhd(version: 0 | 1, timescale: number, duration: number): Uint8Array {
  const times = version === 0 ? [...be32(0), ...be32(0)] : Array<number>(16).fill(0);
  const length =
    version === 0 ? be32(duration) : [...be32(Math.floor(duration / 0x1_0000_0000)), ...be32(duration >>> 0)];
  const rest = [...be32(0x1_0000), ...be16(0x100), ...Array<number>(10).fill(0)];
  const matrix = IDENTITY_MATRIX.flatMap(be32);
  return box(
    'mvhd',
    [version, 0, 0, 0],
    times,
    be32(timescale),
    length,
    rest,
    matrix,
    Array<number>(24).fill(0),
    be32(2),
  );
}

export function tkhd(width: number, height: number, matrix = IDENTITY_MATRIX): Uint8Array {
  return box(
    'tkhd',
    [0, 0, 0, 3],
    Array<number>(8).fill(0), // creation, modification
    be32(1), // track id
    be32(0),
    be32(0), // duration
    Array<number>(16).fill(0), // reserved 8, layer, alternate group, volume, reserved
    matrix.flatMap(be32),
    be32(width * 0x1_0000),
    be32(height * 0x1_0000),
  );
}

export interface Mp4Options {
  brand?: string;
  version?: 0 | 1;
  timescale?: number;
  duration?: number;
  tracks?: Uint8Array[];
  /** Put the movie header after the media data, as cameras write it. */
  moovLast?: boolean;
}

/** An MP4 with `ftyp`, `moov` (mvhd + tracks) and a small `mdat`. */
export function mp4File(options: Mp4Options = {}): Uint8Array {
  const moov = box(
    'moov',
    mvhd(options.version ?? 0, options.timescale ?? 1000, options.duration ?? 12_500),
    ...(options.tracks ?? [box('trak', tkhd(1920, 1080))]),
  );
  const mdat = box('mdat', Array<number>(32).fill(0));
  const brand = options.brand ?? 'isom';
  const head = ftyp(brand, brand, 'mp41');
  return options.moovLast ? concat(head, mdat, moov) : concat(head, moov, mdat);
}

/** A WebM EBML header (DocType given), then an empty Segment. */
export function ebmlFile(docType = 'webm'): Uint8Array {
  const element = (id: number[], data: Bytes): number[] => [...id, 0x80 | data.length, ...data];
  const header = [
    ...element([0x42, 0x86], [1]), // EBMLVersion
    ...element([0x42, 0xf7], [1]), // EBMLReadVersion
    ...element([0x42, 0xf2], [4]), // EBMLMaxIDLength
    ...element([0x42, 0xf3], [8]), // EBMLMaxSizeLength
    ...element([0x42, 0x82], ascii(docType)), // DocType
    ...element([0x42, 0x87], [4]), // DocTypeVersion
    ...element([0x42, 0x85], [2]), // DocTypeReadVersion
  ];
  return concat(element([0x1a, 0x45, 0xdf, 0xa3], header), [0x18, 0x53, 0x80, 0x67, 0x80]);
}
