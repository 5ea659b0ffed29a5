import { describe, expect, it } from 'vitest';
import { generateApproverKeys } from '../approval/signature';
import { fingerprintMatches, formatFingerprint, keyFingerprint, sameFingerprint } from './fingerprint';
import { keyIdOfJwk } from './keys';
import { publicKeyInfoOf } from './roster';

describe('fingerprints', () => {
  it('shows the full SHA-256 of the raw key in 16 upper-case groups of four, starting with the key id', async () => {
    for (const algorithm of ['Ed25519', 'ECDSA-P256'] as const) {
      const keys = await generateApproverKeys(algorithm);
      const info = publicKeyInfoOf(keys);
      expect(keyIdOfJwk(info.publicKeyJwk, info.algorithm)).toBe(keys.keyId);
      const fingerprint = keyFingerprint(info) ?? '';
      expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/u);
      expect(fingerprint.replaceAll(' ', '').slice(0, 16)).toBe(keys.keyId.toUpperCase());
    }
  });

  it('compares typed fingerprints tolerant of spaces, dashes and case, but needs every digit', async () => {
    const info = publicKeyInfoOf(await generateApproverKeys());
    const fingerprint = keyFingerprint(info) ?? '';
    const plain = fingerprint.replaceAll(' ', '');
    expect(fingerprintMatches(plain.toLowerCase(), info)).toBe(true);
    expect(fingerprintMatches(` ${fingerprint.replaceAll(' ', '-')} `, info)).toBe(true);
    expect(fingerprintMatches(plain.slice(0, 32), info)).toBe(false);
    const last = plain.at(-1) === '0' ? '1' : '0';
    expect(fingerprintMatches(plain.slice(0, -1) + last, info)).toBe(false);
    expect(fingerprintMatches(`${plain}0`, info)).toBe(false);
    expect(sameFingerprint(fingerprint, plain.toLowerCase())).toBe(true);
    expect(sameFingerprint('', '')).toBe(false);
    expect(formatFingerprint('abcdef0123')).toBe('ABCD EF01 23');
  });

  it('gives null for a broken key', () => {
    expect(
      keyFingerprint({ algorithm: 'Ed25519', keyId: '0'.repeat(16), publicKeyJwk: { kty: 'OKP' } }),
    ).toBeNull();
  });
});
