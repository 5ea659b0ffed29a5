import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateApproverKeys } from '../approval/signature';
import { toBase64Url, utf8 } from '../approval/webCrypto';
import { envelopeId, openEnvelope, pae, PAYLOAD_TYPES, signEnvelope, verifyEnvelope } from './envelope';
import { publicKeyInfoOf } from './roster';

const payload = { kind: 'test', text: 'Grüße aus Köln 🎉', n: 3, list: [1, 'zwei', null] };

describe('pae', () => {
  it('encodes as DSSE v1 with byte lengths', () => {
    const bytes = pae('http://example.com/HelloWorld', utf8('hello world'));
    expect(new TextDecoder().decode(bytes)).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
    expect(new TextDecoder().decode(pae('t', utf8('ä')))).toBe('DSSEv1 1 t 2 ä');
  });
});

describe('signEnvelope / verifyEnvelope', () => {
  it('round-trips with either algorithm and returns the payload', async () => {
    for (const algorithm of ['Ed25519', 'ECDSA-P256'] as const) {
      const keys = await generateApproverKeys(algorithm);
      const envelope = await signEnvelope(PAYLOAD_TYPES.approval, payload, keys);
      const result = await verifyEnvelope(envelope, publicKeyInfoOf(keys), PAYLOAD_TYPES.approval);
      expect(result).toEqual({ ok: true, payload, keyId: keys.keyId });
    }
  });

  it('refuses another payload type, another key, a changed signature', async () => {
    const keys = await generateApproverKeys();
    const other = await generateApproverKeys();
    const envelope = await signEnvelope(PAYLOAD_TYPES.rosterEntry, payload, keys);
    const info = publicKeyInfoOf(keys);
    expect(await verifyEnvelope(envelope, info, PAYLOAD_TYPES.approval)).toEqual({
      ok: false,
      reason: 'wrongType',
    });
    expect(await verifyEnvelope(envelope, publicKeyInfoOf(other), PAYLOAD_TYPES.rosterEntry)).toEqual({
      ok: false,
      reason: 'keyMismatch',
    });
    // A key info claiming the signer's id for another key's JWK.
    const lying = { ...publicKeyInfoOf(other), keyId: keys.keyId };
    expect(await verifyEnvelope(envelope, lying, PAYLOAD_TYPES.rosterEntry)).toEqual({
      ok: false,
      reason: 'keyMismatch',
    });
    const relabelled = { ...envelope, payloadType: PAYLOAD_TYPES.approval };
    expect(await verifyEnvelope(relabelled, info, PAYLOAD_TYPES.approval)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
    const otherSig = await signEnvelope(PAYLOAD_TYPES.rosterEntry, { ...payload, n: 4 }, keys);
    const swapped = { ...envelope, signatures: otherSig.signatures };
    expect(await verifyEnvelope(swapped, info, PAYLOAD_TYPES.rosterEntry)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
  });

  it('refuses malformed envelopes without throwing', async () => {
    const keys = await generateApproverKeys();
    const info = publicKeyInfoOf(keys);
    const good = await signEnvelope(PAYLOAD_TYPES.approval, payload, keys);
    const sig = good.signatures[0] ?? { keyid: '', sig: '' };
    const bad: unknown[] = [
      null,
      'text',
      [],
      {},
      { ...good, extra: 1 },
      { ...good, signatures: [] },
      { ...good, signatures: [sig, sig] },
      { ...good, signatures: [{ ...sig, extra: 1 }] },
      { ...good, signatures: [{ ...sig, sig: `${sig.sig}==` }] },
      { ...good, signatures: [{ ...sig, sig: sig.sig.slice(0, 40) }] },
      { ...good, payload: `${good.payload}=` },
      { ...good, payload: toBase64Url(utf8('{"b":1, "a":2}')) },
      { ...good, payload: toBase64Url(utf8('{"b":1,"a":2}')) },
      { ...good, payload: toBase64Url(Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d])) },
      { ...good, payload: toBase64Url(utf8('not json')) },
      { ...good, payloadType: 42 },
    ];
    for (const envelope of bad) {
      expect(openEnvelope(envelope)).toBeNull();
      expect(await verifyEnvelope(envelope, info, PAYLOAD_TYPES.approval)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
    const brokenKey = { ...info, publicKeyJwk: { ...info.publicKeyJwk, x: 'AAAA' } };
    expect(await verifyEnvelope(good, brokenKey, PAYLOAD_TYPES.approval)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verifyEnvelope(good, null as never, PAYLOAD_TYPES.approval)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('gives a stable content address', async () => {
    const keys = await generateApproverKeys();
    const envelope = await signEnvelope(PAYLOAD_TYPES.approval, payload, keys);
    expect(envelopeId(envelope)).toMatch(/^[0-9a-f]{64}$/u);
    expect(envelopeId(JSON.parse(JSON.stringify(envelope)) as typeof envelope)).toBe(envelopeId(envelope));
  });

  it('property: any one-character change of the serialised envelope is refused', async () => {
    const keys = await generateApproverKeys();
    const info = publicKeyInfoOf(keys);
    const text = JSON.stringify(await signEnvelope(PAYLOAD_TYPES.approval, payload, keys));
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 1), fc.integer({ min: 1, max: 127 }), async (index, code) => {
        const replacement = String.fromCharCode(code);
        fc.pre(text[index] !== replacement);
        const changed = text.slice(0, index) + replacement + text.slice(index + 1);
        let parsed: unknown;
        try {
          parsed = JSON.parse(changed);
        } catch {
          return; // no longer JSON: refused before any verifier sees it
        }
        const result = await verifyEnvelope(parsed, info, PAYLOAD_TYPES.approval);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('property: any one-byte change of the signed body is refused', async () => {
    const keys = await generateApproverKeys();
    const info = publicKeyInfoOf(keys);
    const envelope = await signEnvelope(PAYLOAD_TYPES.approval, payload, keys);
    const body = openEnvelope(envelope)?.body ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(fc.nat(body.length - 1), fc.integer({ min: 1, max: 255 }), async (index, flip) => {
        const changed = Uint8Array.from(body);
        changed[index] = (changed[index] ?? 0) ^ flip;
        const result = await verifyEnvelope(
          { ...envelope, payload: toBase64Url(changed) },
          info,
          PAYLOAD_TYPES.approval,
        );
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
