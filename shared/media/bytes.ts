/**
 * Bounds-checked reading of binary headers. Every read goes through a DataView, which throws a RangeError for any
 * offset outside its window; `readSafely` turns exactly that into `null`, so a parser built on these helpers can
 * never read past the data it was given, and a truncated or hostile file yields "unknown" instead of an exception.
 */

/** A window onto bytes: a parser given a window cannot read outside it. */
export function viewOf(bytes: Uint8Array, start = 0, end = bytes.byteLength): DataView {
  if (start < 0 || end > bytes.byteLength || start > end) throw new RangeError('Window outside the bytes');
  return new DataView(bytes.buffer, bytes.byteOffset + start, end - start);
}

/** A sub-window of `view`, `start` and `end` relative to it. */
export function subView(view: DataView, start: number, end: number): DataView {
  if (start < 0 || end > view.byteLength || start > end) throw new RangeError('Window outside the view');
  return new DataView(view.buffer, view.byteOffset + start, end - start);
}

/** Runs a parser; a RangeError (an out-of-bounds read, or a parser's own "malformed") becomes null. */
export function readSafely<T>(parse: () => T | null): T | null {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Signals malformed data from inside a parser (caught by `readSafely`). */
export function malformed(what: string): never {
  throw new RangeError(`Malformed media data: ${what}`);
}

export function u8(view: DataView, offset: number): number {
  return view.getUint8(offset);
}

export function u16be(view: DataView, offset: number): number {
  return view.getUint16(offset, false);
}

export function u16le(view: DataView, offset: number): number {
  return view.getUint16(offset, true);
}

export function u24le(view: DataView, offset: number): number {
  return view.getUint16(offset, true) + view.getUint8(offset + 2) * 0x1_00_00;
}

export function u32be(view: DataView, offset: number): number {
  return view.getUint32(offset, false);
}

export function u32le(view: DataView, offset: number): number {
  return view.getUint32(offset, true);
}

/** An unsigned 64-bit big-endian value as a number (exact up to 2^53, approximate beyond). */
export function u64be(view: DataView, offset: number): number {
  return view.getUint32(offset, false) * 0x1_0000_0000 + view.getUint32(offset + 4, false);
}

/** Signed 32-bit big-endian (the 16.16 and 2.30 fixed-point fields of MP4). */
export function i32be(view: DataView, offset: number): number {
  return view.getInt32(offset, false);
}

/** `length` bytes at `offset` as Latin-1 text (box types, chunk ids, brands). */
export function ascii(view: DataView, offset: number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += String.fromCharCode(view.getUint8(offset + index));
  return text;
}

/** Whether `bytes` holds exactly `expected` at `offset` (false when too short). */
export function hasBytesAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (offset < 0 || offset + expected.length > bytes.byteLength) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}

/** Whether `bytes` holds the ASCII text `expected` at `offset` (false when too short). */
export function hasAsciiAt(bytes: Uint8Array, offset: number, expected: string): boolean {
  return hasBytesAt(
    bytes,
    offset,
    Array.from(expected, (char) => char.charCodeAt(0)),
  );
}
