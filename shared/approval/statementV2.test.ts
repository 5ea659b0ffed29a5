import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateApproverKeys } from './signature';
import {
  approvalEnvelope,
  normaliseCategory,
  signApprovalV2,
  verifyApprovalV2,
  type ApprovalStatementV2,
} from './statementV2';
import { PAYLOAD_TYPES, verifyEnvelope } from '../trust/envelope';
import { publicKeyInfoOf } from '../trust/roster';

async function signed() {
  const keys = await generateApproverKeys();
  const statement: ApprovalStatementV2 = {
    orgId: '0123456789abcdef',
    postId: 'post-1',
    revision: 3,
    contentHash: 'c'.repeat(64),
    policyStep: 1,
    stepCount: 2,
    category: 'krise',
    signerProfileId: 'appr-a',
    authorId: 'redaktion-1',
    lastEditorId: 'redaktion-2',
    keyId: keys.keyId,
    at: '2026-11-26T10:00:00.000Z',
    auditHead: { seq: 4, hash: 'a'.repeat(64) },
  };
  return { keys, info: publicKeyInfoOf(keys), statement, signature: await signApprovalV2(statement, keys) };
}

describe('approval statement v2', () => {
  it('signs and verifies; the stored form rebuilds a DSSE envelope any verifier accepts', async () => {
    const { info, statement, signature } = await signed();
    expect(signature).toMatchObject({ version: 2, revision: 3, keyId: info.keyId, statement });
    expect(await verifyApprovalV2(signature, info)).toEqual({ valid: true, statement });
    const envelope = approvalEnvelope(signature);
    expect(await verifyEnvelope(envelope, info, PAYLOAD_TYPES.approval)).toMatchObject({
      ok: true,
      payload: statement,
    });
  });

  it('refuses v1, malformed, another key and mismatching outer fields', async () => {
    const { info, signature } = await signed();
    const other = publicKeyInfoOf(await generateApproverKeys());
    const { version: _v, statement: _s, ...v1 } = signature;
    expect(await verifyApprovalV2(v1, info)).toEqual({ valid: false, reason: 'legacy' });
    expect(await verifyApprovalV2(null, info)).toEqual({ valid: false, reason: 'malformed' });
    expect(await verifyApprovalV2({ ...signature, version: 3 }, info)).toEqual({
      valid: false,
      reason: 'malformed',
    });
    expect(
      await verifyApprovalV2({ ...signature, statement: { ...signature.statement, extra: 1 } }, info),
    ).toEqual({
      valid: false,
      reason: 'malformed',
    });
    expect(await verifyApprovalV2({ ...signature, value: 'abc' }, info)).toEqual({
      valid: false,
      reason: 'malformed',
    });
    expect(await verifyApprovalV2(signature, other)).toEqual({ valid: false, reason: 'keyMismatch' });
    expect(await verifyApprovalV2({ ...signature, revision: 4 }, info)).toEqual({
      valid: false,
      reason: 'keyMismatch',
    });
    expect(approvalEnvelope(v1)).toBeNull();
  });

  it('property: any one-character change of the signature value is refused', async () => {
    const { info, signature } = await signed();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(fc.nat(signature.value.length - 1), fc.nat(63), async (index, c) => {
        const replacement = alphabet.charAt(c);
        fc.pre(signature.value[index] !== replacement);
        const value = signature.value.slice(0, index) + replacement + signature.value.slice(index + 1);
        expect((await verifyApprovalV2({ ...signature, value }, info)).valid).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('property: any one-field change of the statement is refused', async () => {
    const { info, signature, statement } = await signed();
    const fields = Object.keys(statement) as (keyof ApprovalStatementV2)[];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.oneof(
          fc.string({ maxLength: 16 }),
          fc.integer({ min: 0, max: 5 }),
          fc.constant(null),
          fc.constant('0123456789abcdee'),
        ),
        async (field, value) => {
          fc.pre(JSON.stringify(statement[field]) !== JSON.stringify(value));
          const changed = { ...signature, statement: { ...statement, [field]: value } };
          expect((await verifyApprovalV2(changed, info)).valid).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('normalises categories', () => {
    expect(normaliseCategory('  Krise ')).toBe('krise');
    expect(normaliseCategory('ÄMTER')).toBe('ämter');
    expect(normaliseCategory('  ')).toBeNull();
    expect(normaliseCategory(null)).toBeNull();
  });
});
