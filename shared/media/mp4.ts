/**
 * Reading MP4 / QuickTime (ISO base media) headers: the movie header (`moov/mvhd`) for the duration and the track
 * headers (`moov/trak/tkhd`) for the picture size. Box layout after ISO/IEC 14496-12 §4.2, §8.2.2, §8.3.2; QuickTime
 * files use the same boxes ("atoms"). Malformed or truncated data gives null, never an exception.
 */
import { ascii, i32be, malformed, readSafely, subView, u32be, u64be, u8, viewOf } from './bytes';

interface Box {
  type: string;
  /** The box's payload (after its header). */
  body: DataView;
}

/**
 * The boxes directly inside `view`, lazily, in order. A box that claims more bytes than there are stops the walk
 * with a RangeError, but only when the walk reaches it: a `moov` before a truncated `mdat` stays readable.
 */
function* boxesIn(view: DataView): Generator<Box> {
  let offset = 0;
  // Fewer than 8 trailing bytes cannot hold a box header: padding, ignored.
  while (offset + 8 <= view.byteLength) {
    let size = u32be(view, offset);
    const type = ascii(view, offset + 4, 4);
    let headerLength = 8;
    if (size === 1) {
      size = u64be(view, offset + 8);
      headerLength = 16;
    } else if (size === 0) {
      size = view.byteLength - offset; // "extends to the end of the file"
    }
    if (size < headerLength) malformed(`box ${type} smaller than its header`);
    if (offset + size > view.byteLength) malformed(`box ${type} runs past the end`);
    yield { type, body: subView(view, offset + headerLength, offset + size) };
    offset += size;
  }
}

function findBox(view: DataView, type: string): DataView | null {
  for (const box of boxesIn(view)) if (box.type === type) return box.body;
  return null;
}

/** Duration in seconds from `moov/mvhd` (version 0 or 1); null when absent, unknown (all ones or 0) or malformed. */
export function readMp4Duration(bytes: Uint8Array): number | null {
  return readSafely(() => {
    const moov = findBox(viewOf(bytes), 'moov');
    const mvhd = moov && findBox(moov, 'mvhd');
    if (!mvhd) return null;
    const version = u8(mvhd, 0);
    let timescale: number;
    let duration: number;
    if (version === 0) {
      // version+flags 4, creation 4, modification 4, timescale 4, duration 4
      timescale = u32be(mvhd, 12);
      duration = u32be(mvhd, 16);
      if (duration === 0xff_ff_ff_ff) return null;
    } else if (version === 1) {
      // version+flags 4, creation 8, modification 8, timescale 4, duration 8
      timescale = u32be(mvhd, 20);
      if (u32be(mvhd, 24) === 0xff_ff_ff_ff && u32be(mvhd, 28) === 0xff_ff_ff_ff) return null;
      duration = u64be(mvhd, 24);
    } else {
      return null;
    }
    // A zero duration is what fragmented MP4 writes (the length lives in the fragments): unknown, not "0 s".
    if (timescale === 0 || duration === 0) return null;
    return duration / timescale;
  });
}

/**
 * Display size of the first visual track, from its `tkhd` (16.16 fixed-point width and height). A track whose
 * matrix turns the picture by 90° or 270° (portrait phone video) has width and height swapped, as players show it.
 */
export function readMp4VideoSize(bytes: Uint8Array): { width: number; height: number } | null {
  return readSafely(() => {
    const moov = findBox(viewOf(bytes), 'moov');
    if (!moov) return null;
    for (const box of boxesIn(moov)) {
      if (box.type !== 'trak') continue;
      const tkhd = findBox(box.body, 'tkhd');
      if (!tkhd) continue;
      const size = trackSize(tkhd);
      if (size) return size;
    }
    return null;
  });
}

function trackSize(tkhd: DataView): { width: number; height: number } | null {
  const version = u8(tkhd, 0);
  if (version !== 0 && version !== 1) return null;
  // After version+flags: times, track id, reserved, duration (20 bytes in v0, 32 in v1), then reserved 8,
  // layer 2, alternate group 2, volume 2, reserved 2, matrix 9 × 4, width 4, height 4.
  const matrixOffset = version === 0 ? 40 : 52;
  const width = Math.round(u32be(tkhd, matrixOffset + 36) / 0x1_00_00);
  const height = Math.round(u32be(tkhd, matrixOffset + 40) / 0x1_00_00);
  if (width === 0 || height === 0) return null; // audio and other non-visual tracks
  const [a, b, c, d] = [0, 1, 3, 4].map((index) => i32be(tkhd, matrixOffset + index * 4)) as [
    number,
    number,
    number,
    number,
  ];
  const quarterTurn = a === 0 && d === 0 && b !== 0 && c !== 0;
  return quarterTurn ? { width: height, height: width } : { width, height };
}

/**
 * Whether the top-level boxes tile the file exactly and include a `moov`: false for a copy that broke off (the last
 * box runs past the end) and for a file without a movie header, which no player can open.
 */
export function isMp4StructureIntact(bytes: Uint8Array): boolean {
  const result = readSafely(() => {
    let hasMovie = false;
    for (const box of boxesIn(viewOf(bytes))) if (box.type === 'moov') hasMovie = true;
    return hasMovie;
  });
  return result === true;
}
