/**
 * The WebCrypto calls PIN hashing needs beyond shared/approval/webCrypto.ts: raw key import and PBKDF2 bit
 * derivation, plus random bytes. Typed here, since shared/ compiles without DOM or Node types.
 */
import type { CryptoKeyLike } from '../approval/webCrypto';

export interface Pbkdf2Params {
  name: 'PBKDF2';
  hash: 'SHA-256';
  salt: Uint8Array;
  iterations: number;
}

export interface Pbkdf2Subtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    usages: ['deriveBits'],
  ): Promise<CryptoKeyLike>;
  deriveBits(algorithm: Pbkdf2Params, key: CryptoKeyLike, length: number): Promise<ArrayBuffer>;
}

interface CryptoWithPbkdf2 {
  subtle?: Pbkdf2Subtle;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

function webCrypto(): CryptoWithPbkdf2 {
  const { crypto } = globalThis as { crypto?: CryptoWithPbkdf2 };
  if (crypto === undefined) throw new Error('WebCrypto is not available in this environment');
  return crypto;
}

/** `length` bits of PBKDF2-HMAC-SHA-256 of `secret` with `salt`. */
export async function pbkdf2Sha256(
  secret: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  length: number,
): Promise<Uint8Array> {
  const subtle = webCrypto().subtle;
  if (subtle === undefined) throw new Error('WebCrypto (crypto.subtle) is not available in this environment');
  const key = await subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, length),
  );
}

/** `count` cryptographically random bytes. */
export function randomBytes(count: number): Uint8Array {
  const { getRandomValues } = webCrypto();
  if (getRandomValues === undefined) throw new Error('crypto.getRandomValues is not available');
  return getRandomValues.call(webCrypto(), new Uint8Array(count));
}
