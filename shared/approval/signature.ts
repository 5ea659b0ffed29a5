/**
 * Approver key pairs and signed approvals with WebCrypto. Ed25519 where the runtime has it (Chromium 137+,
 * Node 20 with an experimental warning), else ECDSA P-256 with SHA-256 (raw r||s signatures). The private key is
 * never extractable; the public key travels as a JWK, and its id is derived from it so a statement names the key.
 */
import {
  canonicalJson,
  fromBase64Url,
  sha256Hex,
  subtleCrypto,
  toBase64Url,
  utf8,
  type CryptoKeyLike,
  type KeyAlgorithmParams,
  type PublicJwk,
  type SignParams,
} from './webCrypto';

export const SIGNATURE_ALGORITHMS = ['Ed25519', 'ECDSA-P256'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export interface ApproverKeys {
  algorithm: SignatureAlgorithm;
  /** First 16 hex chars of the SHA-256 of the raw public key. */
  keyId: string;
  publicKeyJwk: PublicJwk;
  privateKey: CryptoKeyLike;
  publicKey: CryptoKeyLike;
}

/** What an approver signs: this revision of this post, with this content, at this step of the policy. */
export interface ApprovalStatement {
  postId: string;
  revision: number;
  /** `contentHash(post)`: lower-case hex SHA-256. */
  contentHash: string;
  /** 1-based step of the approval policy this approval fulfils. */
  policyStep: number;
  keyId: string;
  /** ISO 8601 UTC instant. */
  at: string;
}

export const APPROVAL_FAILURES = ['badSignature', 'keyMismatch', 'malformed'] as const;
export type ApprovalFailure = (typeof APPROVAL_FAILURES)[number];
export type ApprovalVerification = { valid: true } | { valid: false; reason: ApprovalFailure };

const KEY_PARAMS: Record<SignatureAlgorithm, KeyAlgorithmParams> = {
  Ed25519: { name: 'Ed25519' },
  'ECDSA-P256': { name: 'ECDSA', namedCurve: 'P-256' },
};

/** The WebCrypto parameters of signing with each algorithm (also used for review decisions). */
export const SIGN_PARAMS: Record<SignatureAlgorithm, SignParams> = {
  Ed25519: { name: 'Ed25519' },
  'ECDSA-P256': { name: 'ECDSA', hash: 'SHA-256' },
};

/** Both algorithms give 64-byte signatures (Ed25519; P-256 r||s). */
const SIGNATURE_BYTES = 64;

async function keyIdOf(publicKey: CryptoKeyLike): Promise<string> {
  const raw = new Uint8Array(await subtleCrypto().exportKey('raw', publicKey));
  return (await sha256Hex(raw)).slice(0, 16);
}

async function generate(algorithm: SignatureAlgorithm): Promise<ApproverKeys> {
  const subtle = subtleCrypto();
  const pair = await subtle.generateKey(KEY_PARAMS[algorithm], false, ['sign', 'verify']);
  const jwk = await subtle.exportKey('jwk', pair.publicKey);
  const publicKeyJwk: PublicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  if (jwk.y !== undefined) publicKeyJwk.y = jwk.y;
  return {
    algorithm,
    keyId: await keyIdOf(pair.publicKey),
    publicKeyJwk,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
  };
}

/**
 * A new key pair: Ed25519 when the runtime supports it, else ECDSA P-256. `prefer` forces one algorithm
 * (throws when the runtime lacks it).
 */
export async function generateApproverKeys(prefer?: SignatureAlgorithm): Promise<ApproverKeys> {
  if (prefer !== undefined) return generate(prefer);
  try {
    return await generate('Ed25519');
  } catch {
    return generate('ECDSA-P256');
  }
}

function statementBytes(statement: ApprovalStatement): Uint8Array {
  const { postId, revision, contentHash, policyStep, keyId, at } = statement;
  return utf8(canonicalJson({ postId, revision, contentHash, policyStep, keyId, at }));
}

/** base64url (unpadded) signature over the canonical JSON of the statement. */
export async function signApproval(
  statement: ApprovalStatement,
  privateKey: CryptoKeyLike,
  algorithm: SignatureAlgorithm,
): Promise<string> {
  const signature = await subtleCrypto().sign(SIGN_PARAMS[algorithm], privateKey, statementBytes(statement));
  return toBase64Url(new Uint8Array(signature));
}

function isWellFormed(statement: ApprovalStatement): boolean {
  const s = statement as Partial<Record<keyof ApprovalStatement, unknown>>;
  return (
    typeof s.postId === 'string' &&
    typeof s.contentHash === 'string' &&
    typeof s.keyId === 'string' &&
    typeof s.at === 'string' &&
    Number.isSafeInteger(s.revision) &&
    Number.isSafeInteger(s.policyStep)
  );
}

function jwkFits(jwk: PublicJwk, algorithm: SignatureAlgorithm): boolean {
  if (algorithm === 'Ed25519') return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string';
  return jwk.kty === 'EC' && jwk.crv === 'P-256' && typeof jwk.x === 'string' && typeof jwk.y === 'string';
}

/** A public key from its JWK, for verifying; null when the JWK does not fit the algorithm or is broken. */
export async function importPublicKey(
  jwk: PublicJwk,
  algorithm: SignatureAlgorithm,
): Promise<CryptoKeyLike | null> {
  if (!jwkFits(jwk, algorithm)) return null;
  const clean: PublicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  if (jwk.y !== undefined) clean.y = jwk.y;
  try {
    return await subtleCrypto().importKey('jwk', clean, KEY_PARAMS[algorithm], true, ['verify']);
  } catch {
    return null;
  }
}

/**
 * Checks a signed approval against the approver's public key. `malformed`: the statement, key or signature is not
 * in a usable form; `keyMismatch`: the statement names another key than the one given; `badSignature`: the
 * signature does not match this statement with this key.
 */
export async function verifyApproval(
  statement: ApprovalStatement,
  signature: string,
  publicKeyJwk: PublicJwk,
  algorithm: SignatureAlgorithm,
): Promise<ApprovalVerification> {
  if (!(SIGNATURE_ALGORITHMS as readonly string[]).includes(algorithm) || !isWellFormed(statement)) {
    return { valid: false, reason: 'malformed' };
  }
  const signatureBytes = fromBase64Url(signature);
  if (signatureBytes?.length !== SIGNATURE_BYTES) return { valid: false, reason: 'malformed' };
  const publicKey = await importPublicKey(publicKeyJwk, algorithm);
  if (publicKey === null) return { valid: false, reason: 'malformed' };
  if ((await keyIdOf(publicKey)) !== statement.keyId) return { valid: false, reason: 'keyMismatch' };
  let bytes: Uint8Array;
  try {
    bytes = statementBytes(statement);
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  const ok = await subtleCrypto().verify(SIGN_PARAMS[algorithm], publicKey, signatureBytes, bytes);
  return ok ? { valid: true } : { valid: false, reason: 'badSignature' };
}
