/**
 * The few WebCrypto calls approval and audit need, typed here: shared/ compiles without DOM or Node types, and
 * `crypto.subtle` is global in browsers, Electron's renderer and Node 20. Also canonical JSON (RFC 8785), UTF-8,
 * hex and base64url helpers.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import canonicalize from 'canonicalize';
import { base64UrlToBytes, bytesToBase64Url } from '../codec/base64';

/** An opaque WebCrypto key (a `CryptoKey` at run time). */
export interface CryptoKeyLike {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** The members of a public JSON Web Key that the approval keys use (OKP Ed25519 or EC P-256). */
export interface PublicJwk {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  ext?: boolean;
  key_ops?: string[];
}

export interface KeyAlgorithmParams {
  name: string;
  namedCurve?: string;
}

export interface SignParams {
  name: string;
  hash?: string;
}

export interface SubtleLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  generateKey(
    algorithm: KeyAlgorithmParams,
    extractable: boolean,
    usages: string[],
  ): Promise<{ publicKey: CryptoKeyLike; privateKey: CryptoKeyLike }>;
  exportKey(format: 'raw', key: CryptoKeyLike): Promise<ArrayBuffer>;
  exportKey(format: 'jwk', key: CryptoKeyLike): Promise<PublicJwk>;
  importKey(
    format: 'jwk',
    keyData: PublicJwk,
    algorithm: KeyAlgorithmParams,
    extractable: boolean,
    usages: string[],
  ): Promise<CryptoKeyLike>;
  sign(algorithm: SignParams, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: SignParams,
    key: CryptoKeyLike,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

export function subtleCrypto(): SubtleLike {
  const { crypto } = globalThis as { crypto?: { subtle?: SubtleLike } };
  if (!crypto?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this environment');
  return crypto.subtle;
}

/** RFC 8785 canonical JSON of a JSON value; throws for values JSON cannot express. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('The value has no JSON form');
  return text;
}

/** UTF-8 bytes of a well-formed string (canonical JSON never holds lone surrogates). */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f));
      bytes.push(0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return Uint8Array.from(bytes);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Lower-case hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtleCrypto().digest('SHA-256', bytes)));
}

/**
 * Lower-case hex SHA-256 of the canonical JSON (UTF-8) of `value`. Synchronous (a pure-JS hash, `@noble/hashes`),
 * so content hashes and audit entries can be computed inside an IndexedDB transaction, which an awaited
 * `crypto.subtle` call would end.
 */
export function canonicalSha256(value: unknown): string {
  return toHex(sha256(utf8(canonicalJson(value))));
}

/** base64url without padding (RFC 4648 §5); the project's one codec (shared/codec/base64.ts). */
export const toBase64Url = bytesToBase64Url;

/** Decodes unpadded base64url; null for anything else (padding, other alphabets, impossible lengths, stray bits). */
export const fromBase64Url = base64UrlToBytes;
