/**
 * The project's one base64 codec (RFC 4648), linear in time and stack: standard base64 with padding (§4) for
 * media bytes in workspace and review files, base64url without padding (§5) for keys, salts and signatures.
 * Decoding is strict (alphabet, padding, length and stray bits) and never throws: anything else is null.
 * Backed by @scure/base, which uses the platform's `Uint8Array.fromBase64` where there is one.
 */
import { base64, base64urlnopad } from '@scure/base';

/** Standard base64 with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  return base64.encode(bytes);
}

/** Decodes standard padded base64; null when the text is anything else. */
export function base64ToBytes(text: string): Uint8Array | null {
  try {
    return base64.decode(text);
  } catch {
    return null;
  }
}

/** base64url without padding. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return base64urlnopad.encode(bytes);
}

/** Decodes unpadded base64url; null for anything else (padding, other alphabets, impossible lengths, stray bits). */
export function base64UrlToBytes(text: string): Uint8Array | null {
  try {
    return base64urlnopad.decode(text);
  } catch {
    return null;
  }
}
