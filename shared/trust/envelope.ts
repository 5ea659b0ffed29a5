/**
 * DSSE-style signed envelopes (https://github.com/secure-systems-lab/dsse): the signature covers
 * `PAE(payloadType, body) = "DSSEv1 " + len(type) + " " + type + " " + len(body) + " " + body`, where body is the
 * RFC 8785 canonical JSON (UTF-8) of the payload and lengths are byte counts in ASCII decimal. Binding the payload
 * type means a signature over a roster entry can never be replayed as an approval, and vice versa.
 *
 * Verification never throws: anything malformed (wrong shape, non-canonical or oversized payload, a signature of the
 * wrong length, a key whose id does not match its JWK) is refused with a reason.
 */
import { SIGN_PARAMS, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '../approval/signature';
import {
  canonicalJson,
  canonicalSha256,
  fromBase64Url,
  subtleCrypto,
  toBase64Url,
  utf8,
  type CryptoKeyLike,
} from '../approval/webCrypto';
import type { PublicKeyInfo } from '../model/profile';
import { decodeUtf8Strict } from './utf8';
import { importVerifyKey, isConsistentKey, keyIdOfJwk } from './keys';

/** The payload types this desk signs; each is bound into the signature. */
export const PAYLOAD_TYPES = {
  rosterEntry: 'application/vnd.civic-desk.roster-entry+json;v=1',
  approval: 'application/vnd.civic-desk.approval+json;v=2',
  packageManifest: 'application/vnd.civic-desk.package-manifest+json;v=3',
  reviewDecision: 'application/vnd.civic-desk.review-decision+json;v=2',
} as const;
export type PayloadType = (typeof PAYLOAD_TYPES)[keyof typeof PAYLOAD_TYPES];

/** Who signs: a key id (first 16 hex of SHA-256 of the raw public key), its algorithm and the private key. */
export interface Signer {
  keyId: string;
  algorithm: SignatureAlgorithm;
  privateKey: CryptoKeyLike;
}

export interface EnvelopeSignature {
  /** The signer's key id. */
  keyid: string;
  /** base64url (unpadded) signature over the PAE bytes. */
  sig: string;
}

/** A signed envelope (DSSE JSON form; base64url without padding). Exactly one signature. */
export interface Envelope {
  payloadType: string;
  /** base64url (unpadded) of the canonical JSON (UTF-8) of the payload. */
  payload: string;
  signatures: EnvelopeSignature[];
}

export const ENVELOPE_FAILURES = ['malformed', 'wrongType', 'keyMismatch', 'badSignature'] as const;
export type EnvelopeFailure = (typeof ENVELOPE_FAILURES)[number];
export type EnvelopeVerification =
  { ok: true; payload: unknown; keyId: string } | { ok: false; reason: EnvelopeFailure };

/** The largest payload accepted (bytes of canonical JSON): far above any statement, roster entry or manifest. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
const SIGNATURE_BYTES = 64;
const KEY_ID = /^[0-9a-f]{16}$/u;

/** The DSSE pre-authentication encoding of a payload type and body bytes. */
export function pae(payloadType: string, body: Uint8Array): Uint8Array {
  const type = utf8(payloadType);
  const head = utf8(`DSSEv1 ${type.length} ${payloadType} ${body.length} `);
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

/** Signs the canonical JSON of `payload` as `payloadType`. Throws only for values JSON cannot express. */
export async function signEnvelope(payloadType: string, payload: unknown, signer: Signer): Promise<Envelope> {
  const body = utf8(canonicalJson(payload));
  const signature = await subtleCrypto().sign(
    SIGN_PARAMS[signer.algorithm],
    signer.privateKey,
    pae(payloadType, body),
  );
  return {
    payloadType,
    payload: toBase64Url(body),
    signatures: [{ keyid: signer.keyId, sig: toBase64Url(new Uint8Array(signature)) }],
  };
}

/** An envelope opened without verifying: its type, parsed payload and signer key id, or null when malformed. */
export interface OpenedEnvelope {
  payloadType: string;
  payload: unknown;
  keyId: string;
  body: Uint8Array;
  signature: Uint8Array;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an envelope's shape and payload without checking the signature (to find which key to check it with).
 * Null for anything but exactly {payloadType, payload, signatures: [{keyid, sig}]} with a canonical JSON payload.
 */
export function openEnvelope(envelope: unknown): OpenedEnvelope | null {
  if (!isRecord(envelope)) return null;
  const keys = Object.keys(envelope).sort().join(',');
  if (keys !== 'payload,payloadType,signatures') return null;
  const { payloadType, payload, signatures } = envelope;
  if (typeof payloadType !== 'string' || typeof payload !== 'string' || !Array.isArray(signatures))
    return null;
  if (payloadType.length > 200 || payload.length > (MAX_PAYLOAD_BYTES * 4) / 3 + 4) return null;
  if (signatures.length !== 1) return null;
  const [only] = signatures as unknown[];
  if (!isRecord(only) || Object.keys(only).sort().join(',') !== 'keyid,sig') return null;
  const { keyid, sig } = only;
  if (typeof keyid !== 'string' || !KEY_ID.test(keyid) || typeof sig !== 'string') return null;
  const signature = fromBase64Url(sig);
  if (signature?.length !== SIGNATURE_BYTES) return null;
  const body = fromBase64Url(payload);
  if (body === null) return null;
  const text = decodeUtf8Strict(body);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
    if (canonicalJson(parsed) !== text) return null;
  } catch {
    return null;
  }
  return { payloadType, payload: parsed, keyId: keyid, body, signature };
}

/**
 * Verifies an envelope against a public key (from outside the envelope) and the payload type the caller expects.
 * Returns the parsed payload only when everything holds.
 */
export async function verifyEnvelope(
  envelope: unknown,
  key: PublicKeyInfo,
  expectedType: string,
): Promise<EnvelopeVerification> {
  const opened = openEnvelope(envelope);
  if (opened === null) return { ok: false, reason: 'malformed' };
  if (opened.payloadType !== expectedType) return { ok: false, reason: 'wrongType' };
  if (opened.keyId !== (isRecord(key) ? key.keyId : undefined)) {
    return isConsistentKey(key) ? { ok: false, reason: 'keyMismatch' } : { ok: false, reason: 'malformed' };
  }
  const failure = await verifyDetached(opened.payloadType, opened.body, opened.signature, key);
  return failure === null
    ? { ok: true, payload: opened.payload, keyId: opened.keyId }
    : { ok: false, reason: failure };
}

/**
 * Verifies a signature over PAE(payloadType, body) with the key: null when it holds, else why not. `keyMismatch`:
 * the key info's id is not the id of its own JWK. For callers that hold the payload bytes already (approval v2).
 */
export async function verifyDetached(
  payloadType: string,
  body: Uint8Array,
  signature: Uint8Array,
  key: PublicKeyInfo,
): Promise<EnvelopeFailure | null> {
  if (!isRecord(key) || !(SIGNATURE_ALGORITHMS as readonly string[]).includes(key.algorithm))
    return 'malformed';
  if (signature.length !== SIGNATURE_BYTES) return 'malformed';
  const actualKeyId = keyIdOfJwk(key.publicKeyJwk, key.algorithm);
  if (actualKeyId === null) return 'malformed';
  if (actualKeyId !== key.keyId) return 'keyMismatch';
  const publicKey = await importVerifyKey(key);
  if (publicKey === null) return 'malformed';
  try {
    const ok = await subtleCrypto().verify(
      SIGN_PARAMS[key.algorithm],
      publicKey,
      signature,
      pae(payloadType, body),
    );
    return ok ? null : 'badSignature';
  } catch {
    return 'malformed';
  }
}

/** The content address of an envelope: lower-case hex SHA-256 of its canonical JSON. */
export function envelopeId(envelope: Envelope): string {
  return canonicalSha256(envelope);
}
