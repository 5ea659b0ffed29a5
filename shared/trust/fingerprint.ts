/**
 * Fingerprints people can read aloud and compare on the phone: the full SHA-256 of the raw public key as
 * upper-case hex in groups of four (16 groups, 256 bits), e.g. `4F2A 9C01 …`. The organisation id is the root
 * key's id (the first 16 hex of the same hash), so the fingerprint starts with the id in upper case.
 */
import type { PublicKeyInfo } from '../model/profile';
import { publicKeyHash } from './keys';

const GROUP = 4;

/** Upper-case hex in groups of four, separated by single spaces. */
export function formatFingerprint(hex: string): string {
  const upper = hex.toUpperCase();
  const groups: string[] = [];
  for (let i = 0; i < upper.length; i += GROUP) groups.push(upper.slice(i, i + GROUP));
  return groups.join(' ');
}

/** The key's fingerprint (64 hex digits in 16 groups), or null when the key is broken. */
export function keyFingerprint(key: PublicKeyInfo): string | null {
  const hash = publicKeyHash(key.publicKeyJwk, key.algorithm);
  return hash === null ? null : formatFingerprint(hash);
}

/** A typed fingerprint reduced to its hex digits: spaces, dashes, colons and case do not matter. */
export function normaliseFingerprint(typed: string): string {
  return typed.replace(/[\s:\-–]/gu, '').toLowerCase();
}

/**
 * Whether a typed or read-out fingerprint names the key: all 64 hex digits must match (a shorter prefix is not
 * enough, since a forger could grind a key sharing it). Anything but hex digits and separators fails.
 */
export function fingerprintMatches(typed: string, key: PublicKeyInfo): boolean {
  const hash = publicKeyHash(key.publicKeyJwk, key.algorithm);
  const wanted = normaliseFingerprint(typed);
  return hash !== null && /^[0-9a-f]{64}$/u.test(wanted) && wanted === hash;
}

/** Whether two fingerprints (typed or formatted) are the same, ignoring spaces and case; both must be complete. */
export function sameFingerprint(a: string, b: string): boolean {
  const x = normaliseFingerprint(a);
  return /^[0-9a-f]{64}$/u.test(x) && x === normaliseFingerprint(b);
}
