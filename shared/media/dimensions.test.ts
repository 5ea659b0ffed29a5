import { describe, expect, it } from 'vitest';
import type { MediaMimeType } from '../model/media';
import { isImageComplete, readImageDimensions } from './dimensions';
import {
  ascii,
  be16,
  be32,
  concat,
  exifSegment,
  jpegFile,
  le32,
  pngFile,
  webpExtended,
  webpLossless,
  webpLossy5x3,
} from './testFixtures';

/** A copy with `bytes` written at `offset`. */
function patched(file: Uint8Array, offset: number, bytes: readonly number[]): Uint8Array {
  const copy = file.slice();
  copy.set(bytes, offset);
  return copy;
}

/** Offset of the first `marker` segment (FF xx) of a JPEG. */
function markerOffset(file: Uint8Array, marker: number): number {
  for (let index = 2; index < file.length - 1; index += 1) {
    if (file[index] === 0xff && file[index + 1] === marker) return index;
  }
  throw new Error(`no marker ${marker.toString(16)}`);
}

describe('readImageDimensions: PNG', () => {
  it('reads the IHDR size', () => {
    expect(readImageDimensions(pngFile(1, 1), 'image/png')).toEqual({ width: 1, height: 1 });
    expect(readImageDimensions(pngFile(3, 2), 'image/png')).toEqual({ width: 3, height: 2 });
  });

  it('rejects a zero side, an oversized side, a wrong IHDR length or a first chunk other than IHDR', () => {
    const png = pngFile(3, 2);
    expect(readImageDimensions(patched(png, 16, be32(0)), 'image/png')).toBeNull();
    expect(readImageDimensions(patched(png, 20, be32(0x8000_0000)), 'image/png')).toBeNull();
    expect(readImageDimensions(patched(png, 8, be32(14)), 'image/png')).toBeNull();
    expect(readImageDimensions(patched(png, 12, ascii('IDAT')), 'image/png')).toBeNull();
  });

  it('needs the whole IHDR chunk', () => {
    const png = pngFile(3, 2);
    expect(readImageDimensions(png.subarray(0, 32), 'image/png')).toBeNull();
    expect(readImageDimensions(png.subarray(0, 33), 'image/png')).toEqual({ width: 3, height: 2 });
  });
});

describe('readImageDimensions: JPEG', () => {
  it('reads the baseline frame header', () => {
    expect(readImageDimensions(jpegFile(1, 1), 'image/jpeg')).toEqual({ width: 1, height: 1 });
    expect(readImageDimensions(jpegFile(20, 9), 'image/jpeg')).toEqual({ width: 20, height: 9 });
    expect(readImageDimensions(jpegFile(4000, 3000), 'image/jpeg')).toEqual({ width: 4000, height: 3000 });
  });

  it('reads extended sequential (SOF1) and progressive (SOF2) frame headers, not lossless (SOF3)', () => {
    expect(readImageDimensions(jpegFile(20, 9, { sofMarker: 0xc1 }), 'image/jpeg')).toEqual({
      width: 20,
      height: 9,
    });
    expect(readImageDimensions(jpegFile(20, 9, { sofMarker: 0xc2 }), 'image/jpeg')).toEqual({
      width: 20,
      height: 9,
    });
    expect(readImageDimensions(jpegFile(20, 9, { sofMarker: 0xc3 }), 'image/jpeg')).toBeNull();
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('applies EXIF orientation %i in both byte orders', (orientation) => {
    const expected = orientation >= 5 ? { width: 9, height: 20 } : { width: 20, height: 9 };
    for (const byteOrder of ['II', 'MM'] as const) {
      const jpeg = jpegFile(20, 9, { exif: { orientation, byteOrder } });
      expect(readImageDimensions(jpeg, 'image/jpeg')).toEqual(expected);
    }
  });

  it('ignores an invalid orientation value and a broken EXIF block, keeping the size', () => {
    expect(
      readImageDimensions(jpegFile(20, 9, { exif: { orientation: 9, byteOrder: 'II' } }), 'image/jpeg'),
    ).toEqual({ width: 20, height: 9 });
    const jpeg = jpegFile(20, 9, { exif: { orientation: 6, byteOrder: 'MM' } });
    const ifdOffset = markerOffset(jpeg, 0xe1) + 4 + 6 + 4; // marker 2, length 2, "Exif\0\0", order 2, magic 2
    expect(readImageDimensions(patched(jpeg, ifdOffset, be32(0xffff)), 'image/jpeg')).toEqual({
      width: 20,
      height: 9,
    });
  });

  it('skips fill bytes before a marker', () => {
    const jpeg = jpegFile(20, 9);
    const sof = markerOffset(jpeg, 0xc0);
    const filled = concat(jpeg.subarray(0, sof), [0xff, 0xff, 0xff], jpeg.subarray(sof));
    expect(readImageDimensions(filled, 'image/jpeg')).toEqual({ width: 20, height: 9 });
  });

  it('finds the frame header after an EXIF segment in a camera-like order', () => {
    const body = jpegFile(640, 480).subarray(2);
    const withExif = concat([0xff, 0xd8], exifSegment(6, 'II'), body);
    expect(readImageDimensions(withExif, 'image/jpeg')).toEqual({ width: 480, height: 640 });
  });

  it('returns null for broken structure', () => {
    const jpeg = jpegFile(20, 9);
    const sof = markerOffset(jpeg, 0xc0);
    const dqt = markerOffset(jpeg, 0xdb);
    // frame height 0 (DNL), a segment length below 2, a length running past the end, a stray byte
    expect(readImageDimensions(patched(jpeg, sof + 5, be16(0)), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(patched(jpeg, dqt + 2, be16(1)), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(patched(jpeg, dqt + 2, be16(0xfff0)), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(patched(jpeg, dqt, [0x00]), 'image/jpeg')).toBeNull();
    // a scan or the end of the image before any frame header
    expect(
      readImageDimensions(concat([0xff, 0xd8, 0xff, 0xda], be16(8), [1, 1, 0, 0, 63, 0]), 'image/jpeg'),
    ).toBeNull();
    expect(readImageDimensions(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9), 'image/jpeg')).toBeNull();
  });
});

describe('readImageDimensions: WebP', () => {
  it('reads VP8, VP8L and VP8X', () => {
    expect(readImageDimensions(webpLossy5x3(), 'image/webp')).toEqual({ width: 5, height: 3 });
    expect(readImageDimensions(webpLossless(1, 1), 'image/webp')).toEqual({ width: 1, height: 1 });
    expect(readImageDimensions(webpLossless(16_384, 3), 'image/webp')).toEqual({ width: 16_384, height: 3 });
    expect(readImageDimensions(webpExtended(7, 4), 'image/webp')).toEqual({ width: 7, height: 4 });
    expect(readImageDimensions(webpExtended(20_000, 1), 'image/webp')).toEqual({ width: 20_000, height: 1 });
  });

  it('returns null for broken headers', () => {
    const lossy = webpLossy5x3();
    expect(readImageDimensions(patched(lossy, 20, [0xd1]), 'image/webp')).toBeNull(); // not a key frame
    expect(readImageDimensions(patched(lossy, 23, [0x9d, 0x01, 0x2b]), 'image/webp')).toBeNull(); // start code
    expect(readImageDimensions(patched(lossy, 26, [0, 0]), 'image/webp')).toBeNull(); // width 0
    const lossless = webpLossless(7, 4);
    expect(readImageDimensions(patched(lossless, 20, [0x2e]), 'image/webp')).toBeNull(); // signature
    expect(readImageDimensions(patched(lossless, 24, [0xff]), 'image/webp')).toBeNull(); // version ≠ 0
    expect(readImageDimensions(patched(webpExtended(7, 4), 16, le32(9)), 'image/webp')).toBeNull(); // VP8X too short
    expect(readImageDimensions(patched(lossless, 12, ascii('ALPH')), 'image/webp')).toBeNull(); // unknown first chunk
  });
});

describe('readImageDimensions: type mismatch', () => {
  it('reads only the format it is told, and no video', () => {
    expect(readImageDimensions(pngFile(3, 2), 'image/jpeg')).toBeNull();
    expect(readImageDimensions(jpegFile(3, 2), 'image/webp')).toBeNull();
    expect(readImageDimensions(webpLossless(3, 2), 'image/png')).toBeNull();
    expect(readImageDimensions(pngFile(3, 2), 'video/mp4')).toBeNull();
  });
});

describe('isImageComplete', () => {
  const files: [MediaMimeType, Uint8Array][] = [
    ['image/png', pngFile(3, 2)],
    ['image/jpeg', jpegFile(20, 9, { exif: { orientation: 6, byteOrder: 'II' } })],
    ['image/webp', webpLossy5x3()],
    ['image/webp', webpExtended(7, 4)],
  ];

  it.each(files)('accepts a whole %s, also with data appended', (mimeType, file) => {
    expect(isImageComplete(file, mimeType)).toBe(true);
    expect(isImageComplete(concat(file, ascii('trailer data')), mimeType)).toBe(true);
  });

  it.each(files)('rejects every truncation of a %s', (mimeType, file) => {
    for (let length = 0; length < file.length; length += 1) {
      expect(isImageComplete(file.subarray(0, length), mimeType), `length ${length}`).toBe(false);
    }
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function randomBytes(seed: number): (length: number) => Uint8Array {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return (length) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

describe('robustness', () => {
  const mimeTypes: MediaMimeType[] = ['image/png', 'image/jpeg', 'image/webp'];
  const valid: [MediaMimeType, Uint8Array][] = [
    ['image/png', pngFile(3, 2)],
    ['image/jpeg', jpegFile(20, 9, { exif: { orientation: 6, byteOrder: 'MM' } })],
    ['image/webp', webpLossy5x3()],
    ['image/webp', webpLossless(7, 4)],
    ['image/webp', webpExtended(7, 4)],
  ];

  const isSizeOrNull = (value: unknown): boolean =>
    value === null ||
    (typeof value === 'object' &&
      Number.isInteger((value as { width: number }).width) &&
      Number.isInteger((value as { height: number }).height));

  it('never throws on truncations of valid files, and a cut header reads as null', () => {
    for (const [mimeType, file] of valid) {
      for (let length = 0; length <= file.length; length += 1) {
        const result = readImageDimensions(file.subarray(0, length), mimeType);
        expect(isSizeOrNull(result)).toBe(true);
        if (length < 16) expect(result).toBeNull();
      }
    }
  });

  it('never throws on random bytes, with or without a valid signature in front', () => {
    const random = randomBytes(20261125);
    const signatures = [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8],
      ascii('RIFF\0\0\0\0WEBP'),
    ];
    for (let round = 0; round < 2000; round += 1) {
      const noise = random(round % 96);
      const signature = signatures[round % signatures.length] ?? [];
      for (const bytes of [noise, concat(signature, noise)]) {
        for (const mimeType of mimeTypes) {
          expect(isSizeOrNull(readImageDimensions(bytes, mimeType))).toBe(true);
          expect(typeof isImageComplete(bytes, mimeType)).toBe('boolean');
        }
      }
    }
  });

  it('never throws on valid files with random bytes overwritten', () => {
    const random = randomBytes(42);
    for (const [mimeType, file] of valid) {
      for (let round = 0; round < 500; round += 1) {
        const [position = 0, value = 0, count = 1] = random(3);
        const mutated = file.slice();
        for (let index = 0; index <= count % 4; index += 1)
          mutated[(position + index * 7) % file.length] = value;
        expect(isSizeOrNull(readImageDimensions(mutated, mimeType))).toBe(true);
      }
    }
  });
});
