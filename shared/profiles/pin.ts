/**
 * Profile PINs: 4–12 digits, kept only as a PBKDF2-HMAC-SHA-256 hash (310,000 iterations, the OWASP 2023
 * recommendation, and a 16-byte random salt). A PIN guards switching to a profile on a shared laptop; it is not
 * an account password, and the hash never leaves the device (files carry PublicProfile, without it).
 */
import { fromBase64Url, toBase64Url, utf8 } from '../approval/webCrypto';
import type { PinHash } from '../model/profile';
import { pbkdf2Sha256, randomBytes } from './pbkdf2';

export const PIN_ITERATIONS = 310_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BITS = 256;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 12;
/** Refuses stored hashes that would make verification hang (a damaged or hostile record). */
const MAX_ITERATIONS = 5_000_000;

export type PinError = 'pinDigitsOnly' | 'pinTooShort' | 'pinTooLong';

/** The i18n key of what is wrong with a PIN (`profiles.errors.…`), or null when it is fine. */
export function validatePin(pin: string): `profiles.errors.${PinError}` | null {
  if (!/^[0-9]*$/.test(pin)) return 'profiles.errors.pinDigitsOnly';
  if (pin.length < PIN_MIN_LENGTH) return 'profiles.errors.pinTooShort';
  if (pin.length > PIN_MAX_LENGTH) return 'profiles.errors.pinTooLong';
  return null;
}

export async function hashPin(
  pin: string,
  options: { salt?: Uint8Array; iterations?: number } = {},
): Promise<PinHash> {
  const salt = options.salt ?? randomBytes(PIN_SALT_BYTES);
  const iterations = options.iterations ?? PIN_ITERATIONS;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`Invalid PBKDF2 iteration count: ${iterations}`);
  }
  const hash = await pbkdf2Sha256(utf8(pin), salt, iterations, PIN_HASH_BITS);
  return { salt: toBase64Url(salt), iterations, hash: toBase64Url(hash) };
}

/** Compares two byte arrays in time that depends only on their lengths. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Whether `pin` matches the stored hash; false for a damaged hash record. */
export async function verifyPin(pin: string, pinHash: PinHash): Promise<boolean> {
  const salt = fromBase64Url(pinHash.salt);
  const expected = fromBase64Url(pinHash.hash);
  const { iterations } = pinHash;
  if (salt === null || expected === null || expected.length === 0) return false;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return false;
  const actual = await pbkdf2Sha256(utf8(pin), salt, iterations, expected.length * 8);
  return constantTimeEqual(actual, expected);
}
