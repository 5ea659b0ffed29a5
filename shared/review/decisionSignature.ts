/**
 * The approver's signature over a whole decision entry of a review file: the approval signature of
 * shared/approval/signature.ts covers only post, revision, content hash, step, key and time, so this second
 * signature binds the rest (the decision, the note, the request and the deciding profile), and makes a "request
 * changes" answer as unforgeable as an approval.
 */
import { importPublicKey, SIGN_PARAMS, type SignatureAlgorithm } from '../approval/signature';
import {
  canonicalJson,
  fromBase64Url,
  subtleCrypto,
  toBase64Url,
  utf8,
  type CryptoKeyLike,
} from '../approval/webCrypto';
import type { PublicKeyInfo } from '../model/profile';
import type { DecisionEntry } from './reviewSchema';

export interface DecisionStatement {
  requestId: string;
  byProfileId: string;
  postId: string;
  revision: number;
  contentHash: string;
  decision: 'approve' | 'requestChanges';
  note: string;
  /** The approval's step, time and signature value, or null for "request changes". */
  approval: { step: number; at: string; signature: string } | null;
  keyId: string;
}

export interface DecisionSignature {
  keyId: string;
  algorithm: SignatureAlgorithm;
  /** base64url, unpadded. */
  value: string;
}

export type DecisionVerification =
  { valid: true } | { valid: false; reason: 'malformed' | 'keyMismatch' | 'badSignature' };

function statementBytes(statement: DecisionStatement): Uint8Array {
  return utf8(canonicalJson({ purpose: 'civic-desk-review-decision', ...statement }));
}

export async function signDecision(
  statement: DecisionStatement,
  privateKey: CryptoKeyLike,
  algorithm: SignatureAlgorithm,
): Promise<DecisionSignature> {
  const bytes = await subtleCrypto().sign(SIGN_PARAMS[algorithm], privateKey, statementBytes(statement));
  return { keyId: statement.keyId, algorithm, value: toBase64Url(new Uint8Array(bytes)) };
}

/** Checks the entry signature against the signer's stored public key. */
export async function verifyDecision(
  statement: DecisionStatement,
  signature: DecisionSignature,
  key: PublicKeyInfo,
): Promise<DecisionVerification> {
  if (
    signature.keyId !== key.keyId ||
    statement.keyId !== key.keyId ||
    signature.algorithm !== key.algorithm
  ) {
    return { valid: false, reason: 'keyMismatch' };
  }
  const value = fromBase64Url(signature.value);
  if (value?.length !== 64) return { valid: false, reason: 'malformed' };
  const publicKey = await importPublicKey(key.publicKeyJwk, key.algorithm);
  if (publicKey === null) return { valid: false, reason: 'malformed' };
  const ok = await subtleCrypto().verify(
    SIGN_PARAMS[key.algorithm],
    publicKey,
    value,
    statementBytes(statement),
  );
  return ok ? { valid: true } : { valid: false, reason: 'badSignature' };
}

/** What the entry signature covers (shared with checkDecision). */
export function decisionStatement(
  requestId: string,
  byProfileId: string,
  entry: Omit<DecisionEntry, 'signature'>,
  keyId: string,
): DecisionStatement {
  const { postId, revision, contentHash, decision, note, approval } = entry;
  return {
    requestId,
    byProfileId,
    postId,
    revision,
    contentHash,
    decision,
    note,
    approval:
      approval === undefined
        ? null
        : { step: approval.step, at: approval.at, signature: approval.signature.value },
    keyId,
  };
}
