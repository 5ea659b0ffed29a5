/**
 * Entry names of a ZIP from outside, checked before anything is unpacked: a name that could leave the folder it
 * is unpacked into (zip slip), mean something else on Windows, or hide from a reader is refused, and so are two
 * names that one file system would store as one file.
 */
import { strFromU8, strToU8 } from 'fflate';

/** `CON`, `nul.txt`, `COM1` …: names Windows opens as devices, whatever their extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** Why a name is refused, in words for the error message; null when the name is fine. */
export function entryNameProblem(name: string): string | null {
  if (name === '') return 'the name is empty';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'the name contains a control character';
  if (name.includes('\\')) return 'the name contains a backslash';
  if (name.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'the name contains a ".." segment';
  if (segments.includes('.')) return 'the name contains a "." segment';
  if (segments.includes('')) return 'the name contains an empty segment';
  if (name.includes(':')) return 'the name contains a colon (a drive or an NTFS data stream)';
  if (segments.some((segment) => /[. ]$/.test(segment))) {
    return 'a part of the name ends in a dot or space (Windows drops it: another name there)';
  }
  if (segments.some((segment) => WINDOWS_DEVICES.test(segment))) {
    return 'a part of the name is a Windows device name (CON, NUL, COM1 …)';
  }
  return null;
}

/**
 * Two names that one file system would store as the same file: case-insensitive (Windows, macOS), with Unicode
 * normalised (macOS stores NFD, `ü` and `u` + combining dots are one name there) and case folded fully (`ß` and
 * `SS`, the Kelvin sign and `K`).
 */
export function collisionKey(name: string): string {
  return (name.endsWith('/') ? name.slice(0, -1) : name).normalize('NFKC').toUpperCase().toLowerCase();
}

/**
 * The name from its bytes: UTF-8 (which fflate and most tools write; plain ASCII is the same in CP437), or null
 * when the bytes are not well-formed UTF-8 (an old CP437 name with umlauts, or garbage).
 */
export function decodeEntryName(bytes: Uint8Array): string | null {
  const text = strFromU8(bytes);
  const back = strToU8(text);
  if (back.length !== bytes.length) return null;
  for (let index = 0; index < back.length; index += 1) if (back[index] !== bytes[index]) return null;
  return text;
}

/** A readable form of name bytes that are not UTF-8, for an error message (`\xNN` for bytes above ASCII). */
export function escapeNameBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) =>
    byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`,
  ).join('');
}

/**
 * A name as it may be printed: control characters and bidirectional overrides (which could rewrite a terminal or
 * make `gpj.exe` read as `exe.jpg`) shown as `\u{…}`.
 */
export function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    return `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
  });
}
