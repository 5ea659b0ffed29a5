import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../approval/webCrypto';
import { constantTimeEqual, hashPin, PIN_ITERATIONS, validatePin, verifyPin } from './pin';

const FAST = { iterations: 1000 };

describe('validatePin', () => {
  it('accepts 4 to 12 digits only', () => {
    expect(validatePin('1234')).toBeNull();
    expect(validatePin('123456789012')).toBeNull();
    expect(validatePin('123')).toBe('profiles.errors.pinTooShort');
    expect(validatePin('')).toBe('profiles.errors.pinTooShort');
    expect(validatePin('1234567890123')).toBe('profiles.errors.pinTooLong');
    expect(validatePin('12a4')).toBe('profiles.errors.pinDigitsOnly');
    expect(validatePin('１２３４')).toBe('profiles.errors.pinDigitsOnly');
    expect(validatePin('12 34')).toBe('profiles.errors.pinDigitsOnly');
  });
});

describe('hashPin and verifyPin', () => {
  it('uses 310,000 iterations and a 16-byte random salt by default', async () => {
    const first = await hashPin('4711');
    const second = await hashPin('4711');
    expect(first.iterations).toBe(PIN_ITERATIONS);
    expect(fromBase64Url(first.salt)?.length).toBe(16);
    expect(fromBase64Url(first.hash)?.length).toBe(32);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(await verifyPin('4711', first)).toBe(true);
  });

  it('is PBKDF2-HMAC-SHA-256 (vector from Node crypto.pbkdf2Sync)', async () => {
    const salt = new Uint8Array(16).fill(7);
    const result = await hashPin('123456', { salt, iterations: 1000 });
    expect(result).toEqual({
      salt: toBase64Url(salt),
      iterations: 1000,
      hash: 'BOIOD78sI4iAhvLOB8Ypqt1hSjR4By3BCt8CSaXWLlg',
    });
  });

  it('verifies the right PIN only', async () => {
    const stored = await hashPin('2468', FAST);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
    expect(await verifyPin('2468', { ...stored, iterations: 1001 })).toBe(false);
  });

  it('refuses damaged or hostile hash records', async () => {
    const stored = await hashPin('2468', FAST);
    expect(await verifyPin('2468', { ...stored, salt: '!!' })).toBe(false);
    expect(await verifyPin('2468', { ...stored, hash: '' })).toBe(false);
    expect(await verifyPin('2468', { ...stored, iterations: 0 })).toBe(false);
    expect(await verifyPin('2468', { ...stored, iterations: 1e12 })).toBe(false);
    await expect(hashPin('2468', { iterations: 0 })).rejects.toThrow(RangeError);
  });

  it('compares bytes fully', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
  });
});
