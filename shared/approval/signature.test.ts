import { describe, expect, it } from 'vitest';
import {
  generateApproverKeys,
  signApproval,
  SIGNATURE_ALGORITHMS,
  verifyApproval,
  type ApprovalStatement,
} from './signature';
import { fromBase64Url, toBase64Url } from './webCrypto';

const statementFor = (keyId: string): ApprovalStatement => ({
  postId: '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f',
  revision: 3,
  contentHash: 'a'.repeat(64),
  policyStep: 1,
  keyId,
  at: '2026-11-25T09:00:00.000Z',
});

describe('generateApproverKeys', () => {
  it('prefers Ed25519 where the runtime has it (Node 20 does)', async () => {
    const keys = await generateApproverKeys();
    expect(keys.algorithm).toBe('Ed25519');
    expect(keys.publicKeyJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
  });

  it.each(SIGNATURE_ALGORITHMS)('%s: private key stays inside, key id is 16 hex chars', async (algorithm) => {
    const keys = await generateApproverKeys(algorithm);
    expect(keys.algorithm).toBe(algorithm);
    expect(keys.privateKey.extractable).toBe(false);
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(keys.publicKeyJwk)).not.toContain('d');
  });
});

describe.each(SIGNATURE_ALGORITHMS)('approvals with %s', (algorithm) => {
  it('signs and verifies', async () => {
    const keys = await generateApproverKeys(algorithm);
    const statement = statementFor(keys.keyId);
    const signature = await signApproval(statement, keys.privateKey, algorithm);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await verifyApproval(statement, signature, keys.publicKeyJwk, algorithm)).toEqual({ valid: true });
    const reordered = Object.fromEntries(Object.entries(statement).reverse()) as unknown as ApprovalStatement;
    expect(await verifyApproval(reordered, signature, keys.publicKeyJwk, algorithm)).toEqual({ valid: true });
  });

  it('rejects an altered statement', async () => {
    const keys = await generateApproverKeys(algorithm);
    const statement = statementFor(keys.keyId);
    const signature = await signApproval(statement, keys.privateKey, algorithm);
    const altered: ApprovalStatement[] = [
      { ...statement, contentHash: 'b'.repeat(64) },
      { ...statement, revision: 4 },
      { ...statement, policyStep: 2 },
      { ...statement, postId: 'other' },
      { ...statement, at: '2026-11-25T09:00:01.000Z' },
    ];
    for (const candidate of altered) {
      expect(await verifyApproval(candidate, signature, keys.publicKeyJwk, algorithm)).toEqual({
        valid: false,
        reason: 'badSignature',
      });
    }
  });

  it('rejects a signature by another key', async () => {
    const [keys, other] = [await generateApproverKeys(algorithm), await generateApproverKeys(algorithm)];
    const statement = statementFor(keys.keyId);
    const forged = await signApproval(statement, other.privateKey, algorithm);
    expect(await verifyApproval(statement, forged, keys.publicKeyJwk, algorithm)).toEqual({
      valid: false,
      reason: 'badSignature',
    });
    const signature = await signApproval(statement, keys.privateKey, algorithm);
    expect(await verifyApproval(statement, signature, other.publicKeyJwk, algorithm)).toEqual({
      valid: false,
      reason: 'keyMismatch',
    });
  });

  it('reports malformed signatures, keys and statements', async () => {
    const keys = await generateApproverKeys(algorithm);
    const statement = statementFor(keys.keyId);
    const signature = await signApproval(statement, keys.privateKey, algorithm);
    const bytes = fromBase64Url(signature) ?? new Uint8Array();
    const malformed = { valid: false, reason: 'malformed' };
    for (const bad of [
      '',
      'not base64!',
      `${signature}==`,
      signature.slice(0, -4),
      toBase64Url(bytes.slice(1)),
    ]) {
      expect(await verifyApproval(statement, bad, keys.publicKeyJwk, algorithm)).toEqual(malformed);
    }
    expect(await verifyApproval(statement, signature, { kty: 'RSA' }, algorithm)).toEqual(malformed);
    expect(
      await verifyApproval(statement, signature, { ...keys.publicKeyJwk, x: 'AAAA' }, algorithm),
    ).toEqual(malformed);
    const noRevision = { ...statement, revision: 1.5 };
    expect(await verifyApproval(noRevision, signature, keys.publicKeyJwk, algorithm)).toEqual(malformed);
    const otherAlgorithm = algorithm === 'Ed25519' ? 'ECDSA-P256' : 'Ed25519';
    expect(await verifyApproval(statement, signature, keys.publicKeyJwk, otherAlgorithm)).toEqual(malformed);
  });

  it('rejects a flipped signature bit', async () => {
    const keys = await generateApproverKeys(algorithm);
    const statement = statementFor(keys.keyId);
    const bytes =
      fromBase64Url(await signApproval(statement, keys.privateKey, algorithm)) ?? new Uint8Array();
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    expect(await verifyApproval(statement, toBase64Url(bytes), keys.publicKeyJwk, algorithm)).toEqual({
      valid: false,
      reason: 'badSignature',
    });
  });
});

describe('base64url', () => {
  it('round-trips every length and refuses padding and stray bits', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
    expect(fromBase64Url('AB')).toBeNull();
    expect(fromBase64Url('A')).toBeNull();
    expect(fromBase64Url('AA==')).toBeNull();
  });
});
