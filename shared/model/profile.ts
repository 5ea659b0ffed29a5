/**
 * People of the desk: local profiles with roles, an optional PIN (only its PBKDF2 hash is kept) and the public
 * half of the approver key pair. The private key never leaves the browser's key store (renderer/data).
 */
import type { SignatureAlgorithm } from '../approval/signature';
import type { PublicJwk } from '../approval/webCrypto';
import type { Profile } from '../workflow/roles';

export interface PinHash {
  /** base64url of the random salt. */
  salt: string;
  iterations: number;
  /** base64url of the derived PBKDF2-SHA-256 bits. */
  hash: string;
}

export interface PublicKeyInfo {
  algorithm: SignatureAlgorithm;
  keyId: string;
  publicKeyJwk: PublicJwk;
}

export interface StoredProfile extends Profile {
  pin: PinHash | null;
  /** Null until the profile first approves (keys are made on demand) or for profiles known only from a file. */
  publicKey: PublicKeyInfo | null;
  /** ISO 8601 UTC instant. */
  createdAt: string;
}

/** A profile as it travels in files: never the PIN hash. */
export type PublicProfile = Omit<StoredProfile, 'pin'>;

export function publicProfile(profile: StoredProfile): PublicProfile {
  const { pin: _pin, ...rest } = profile;
  return rest;
}

/** Up to three capital letters from the name's words, e.g. "Anna-Maria Schulz" → "AS". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const letters = words.map((word) => word.charAt(0).toLocaleUpperCase('de-DE'));
  if (letters.length <= 2) return letters.join('');
  return `${letters[0] ?? ''}${letters.at(-1) ?? ''}`;
}
