import { describe, expect, it } from 'vitest';
import { isMp4StructureIntact, readMp4Duration, readMp4VideoSize } from './mp4';
import { ascii, be32, box, concat, ftyp, mp4File, mvhd, ROTATE_90_MATRIX, tkhd } from './testFixtures';

const movie = (...children: Uint8Array[]): Uint8Array =>
  concat(ftyp('isom', 'isom'), box('moov', ...children));

/** A version-1 track header (64-bit times), built field by field. */
function tkhdV1(width: number, height: number): Uint8Array {
  return box(
    'tkhd',
    [1, 0, 0, 3],
    Array<number>(16).fill(0), // creation, modification (8 each)
    be32(1), // track id
    be32(0), // reserved
    Array<number>(8).fill(0), // duration
    Array<number>(16).fill(0), // reserved 8, layer, alternate group, volume, reserved
    [0x1_0000, 0, 0, 0, 0x1_0000, 0, 0, 0, 0x4000_0000].flatMap(be32),
    be32(width * 0x1_0000),
    be32(height * 0x1_0000),
  );
}

describe('readMp4Duration', () => {
  it('reads mvhd version 0 and 1', () => {
    expect(readMp4Duration(mp4File({ version: 0, timescale: 1000, duration: 12_500 }))).toBe(12.5);
    expect(readMp4Duration(mp4File({ version: 1, timescale: 90_000, duration: 2_700_000 }))).toBe(30);
    // more time units than fit in 32 bits: 2^32 + 2^31 units at 1 MHz ≈ 107 min
    expect(
      readMp4Duration(mp4File({ version: 1, timescale: 1_000_000, duration: 6_442_450_944 })),
    ).toBeCloseTo(6442.450944, 6);
  });

  it('finds the movie header after the media data, and in a 64-bit sized box', () => {
    expect(readMp4Duration(mp4File({ moovLast: true, duration: 3000 }))).toBe(3);
    const largeMdat = concat(be32(1), ascii('mdat'), be32(0), be32(16 + 4), [1, 2, 3, 4]);
    expect(readMp4Duration(concat(ftyp('isom'), largeMdat, box('moov', mvhd(0, 600, 1200))))).toBe(2);
  });

  it('treats "unknown" (all ones), zero duration (fragmented MP4) and a zero timescale as unknown', () => {
    expect(readMp4Duration(movie(mvhd(0, 1000, 0xffff_ffff)))).toBeNull();
    const allOnes = mvhd(1, 1000, 5000);
    allOnes.fill(0xff, 8 + 24, 8 + 32); // box header 8; version+flags 4, times 16, timescale 4, then duration 8
    expect(readMp4Duration(movie(mvhd(1, 1000, 5000)))).toBe(5);
    expect(readMp4Duration(movie(allOnes))).toBeNull();
    expect(readMp4Duration(movie(mvhd(0, 1000, 0)))).toBeNull();
    expect(readMp4Duration(movie(mvhd(0, 0, 1000)))).toBeNull();
  });

  it('returns null without a movie header, for an unknown mvhd version and for broken boxes', () => {
    expect(readMp4Duration(concat(ftyp('isom'), box('mdat', [0, 0])))).toBeNull();
    expect(readMp4Duration(movie(tkhd(1, 1)))).toBeNull();
    const v2 = mvhd(0, 1000, 5000);
    v2[8] = 2;
    expect(readMp4Duration(movie(v2))).toBeNull();
    // a box claiming 4 bytes (smaller than its header), and one claiming more than the file has
    expect(
      readMp4Duration(concat(ftyp('isom'), be32(4), ascii('free'), box('moov', mvhd(0, 1, 1)))),
    ).toBeNull();
    expect(
      readMp4Duration(concat(ftyp('isom'), be32(1000), ascii('mdat'), box('moov', mvhd(0, 1, 1)))),
    ).toBeNull();
  });

  it('never throws on truncations or random damage', () => {
    const file = mp4File({ version: 1, tracks: [box('trak', tkhd(1080, 1920, ROTATE_90_MATRIX))] });
    for (let length = 0; length <= file.length; length += 1) {
      const cut = file.subarray(0, length);
      const duration = readMp4Duration(cut);
      expect(duration === null || duration === 12.5).toBe(true);
      expect(() => readMp4VideoSize(cut)).not.toThrow();
      expect(() => isMp4StructureIntact(cut)).not.toThrow();
    }
    for (let position = 0; position < file.length; position += 1) {
      for (const value of [0x00, 0x01, 0x7f, 0xff]) {
        const damaged = file.slice();
        damaged[position] = value;
        expect(() => [
          readMp4Duration(damaged),
          readMp4VideoSize(damaged),
          isMp4StructureIntact(damaged),
        ]).not.toThrow();
      }
    }
  });
});

describe('readMp4VideoSize', () => {
  it('reads the first visual track, skipping audio tracks (0 × 0)', () => {
    expect(readMp4VideoSize(mp4File())).toEqual({ width: 1920, height: 1080 });
    const tracks = [box('trak', tkhd(0, 0)), box('trak', tkhdV1(1280, 720))];
    expect(readMp4VideoSize(mp4File({ tracks }))).toEqual({ width: 1280, height: 720 });
  });

  it('swaps width and height of a track turned by a quarter (portrait phone video)', () => {
    const tracks = [box('trak', tkhd(1920, 1080, ROTATE_90_MATRIX))];
    expect(readMp4VideoSize(mp4File({ tracks }))).toEqual({ width: 1080, height: 1920 });
  });

  it('returns null without a visual track', () => {
    expect(readMp4VideoSize(mp4File({ tracks: [] }))).toBeNull();
    expect(readMp4VideoSize(mp4File({ tracks: [box('trak', tkhd(0, 0))] }))).toBeNull();
  });
});

describe('isMp4StructureIntact', () => {
  it('accepts whole files, with the movie header first or last', () => {
    expect(isMp4StructureIntact(mp4File())).toBe(true);
    expect(isMp4StructureIntact(mp4File({ moovLast: true }))).toBe(true);
    // a last box of size 0 runs to the end of the file
    expect(
      isMp4StructureIntact(concat(ftyp('isom'), box('moov', mvhd(0, 1, 1)), be32(0), ascii('mdat'), [1, 2])),
    ).toBe(true);
  });

  it('rejects a file that broke off, and one without a movie header', () => {
    const file = mp4File();
    expect(isMp4StructureIntact(file.subarray(0, file.length - 1))).toBe(false);
    const cameraOrder = mp4File({ moovLast: true });
    expect(isMp4StructureIntact(cameraOrder.subarray(0, cameraOrder.length - 10))).toBe(false);
    expect(isMp4StructureIntact(concat(ftyp('isom'), box('mdat', [0])))).toBe(false);
  });

  it('still reads the duration of a fast-start file whose media data broke off', () => {
    const file = mp4File({ duration: 4000 });
    const cut = file.subarray(0, file.length - 5);
    expect(isMp4StructureIntact(cut)).toBe(false);
    expect(readMp4Duration(cut)).toBe(4);
  });
});
