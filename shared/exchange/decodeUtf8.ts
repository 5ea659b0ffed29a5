/**
 * Strict UTF-8 for files that come in (workspace files, review files, the command line's inputs): invalid byte
 * sequences refuse the file instead of becoming U+FFFD, so that what is checked is exactly what was written. A
 * leading byte order mark is dropped.
 */
export type DecodeUtf8Result = { ok: true; text: string } | { ok: false; message: string };

/** The text of `bytes`, or a refusal naming the first invalid byte's offset. */
export function decodeUtf8Strict(bytes: Uint8Array): DecodeUtf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `the file is not valid UTF-8 (first invalid byte at offset ${firstInvalid(bytes)})`,
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** Length of the well-formed sequence starting at `index` (RFC 3629, Table 3-7 of Unicode), or 0. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] ?? 0;
  if (first < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) length = 2;
  else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    if (first === 0xe0) low = 0xa0;
    if (first === 0xed) high = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    if (first === 0xf0) low = 0x90;
    if (first === 0xf4) high = 0x8f;
  } else return 0;
  const second = bytes[index + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let offset = 2; offset < length; offset += 1) if (!isContinuation(bytes[index + offset])) return 0;
  return length;
}
