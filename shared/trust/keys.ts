/**
 * Public keys as the trust core needs them: the raw key bytes from a JWK (Ed25519: the 32-byte point; P-256: the
 * uncompressed point 0x04‖x‖y, as WebCrypto's `exportKey('raw')` gives), the key id (first 16 hex of their SHA-256)
 * computed synchronously, and imported verify keys cached by their bytes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { importPublicKey, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '../approval/signature';
import { fromBase64Url, toHex, type CryptoKeyLike, type PublicJwk } from '../approval/webCrypto';
import type { PublicKeyInfo } from '../model/profile';

const COORDINATE_BYTES = 32;

/** The raw public key bytes of a JWK for the algorithm, or null when the JWK does not fit. */
export function rawPublicKey(jwk: unknown, algorithm: unknown): Uint8Array | null {
  if (typeof jwk !== 'object' || jwk === null) return null;
  if (!(SIGNATURE_ALGORITHMS as readonly unknown[]).includes(algorithm)) return null;
  const { kty, crv, x, y } = jwk as PublicJwk;
  if (typeof x !== 'string') return null;
  const xs = fromBase64Url(x);
  if (xs?.length !== COORDINATE_BYTES) return null;
  if (algorithm === 'Ed25519') {
    if (kty !== 'OKP' || crv !== 'Ed25519' || y !== undefined) return null;
    return xs;
  }
  if (kty !== 'EC' || crv !== 'P-256' || typeof y !== 'string') return null;
  const ys = fromBase64Url(y);
  if (ys?.length !== COORDINATE_BYTES) return null;
  const raw = new Uint8Array(1 + 2 * COORDINATE_BYTES);
  raw[0] = 0x04;
  raw.set(xs, 1);
  raw.set(ys, 1 + COORDINATE_BYTES);
  return raw;
}

/** Lower-case hex SHA-256 of the raw public key, or null for a broken JWK. */
export function publicKeyHash(jwk: unknown, algorithm: unknown): string | null {
  const raw = rawPublicKey(jwk, algorithm);
  return raw === null ? null : toHex(sha256(raw));
}

/** The key id a JWK has (first 16 hex of SHA-256 of the raw key), or null for a broken JWK. */
export function keyIdOfJwk(jwk: unknown, algorithm: unknown): string | null {
  return publicKeyHash(jwk, algorithm)?.slice(0, 16) ?? null;
}

/** Whether the key info is well formed and its key id is the one its JWK has. */
export function isConsistentKey(key: unknown): key is PublicKeyInfo {
  if (typeof key !== 'object' || key === null) return false;
  const { algorithm, keyId, publicKeyJwk } = key as Partial<PublicKeyInfo>;
  return typeof keyId === 'string' && keyIdOfJwk(publicKeyJwk, algorithm) === keyId;
}

/** Whether two key infos name the same key (same algorithm and raw bytes). */
export function sameKey(a: PublicKeyInfo, b: PublicKeyInfo): boolean {
  const ha = publicKeyHash(a.publicKeyJwk, a.algorithm);
  return ha !== null && a.algorithm === b.algorithm && ha === publicKeyHash(b.publicKeyJwk, b.algorithm);
}

const MAX_CACHED = 512;
const cache = new Map<string, Promise<CryptoKeyLike | null>>();

/** The imported verify key (cached by algorithm and raw bytes), or null when the JWK is broken. */
export function importVerifyKey(key: PublicKeyInfo): Promise<CryptoKeyLike | null> {
  const hash = publicKeyHash(key.publicKeyJwk, key.algorithm);
  if (hash === null) return Promise.resolve(null);
  const cacheKey = `${key.algorithm}:${hash}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  const algorithm: SignatureAlgorithm = key.algorithm;
  const imported = importPublicKey(key.publicKeyJwk, algorithm).catch(() => null);
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(cacheKey, imported);
  return imported;
}
