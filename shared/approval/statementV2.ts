/**
 * Approval statement v2: what an approver signs, as a DSSE envelope of type `PAYLOAD_TYPES.approval`. Beyond v1 it
 * binds the organisation, the policy step and its size, the category, who signs, who wrote and last edited the post
 * (four eyes), and the audit chain head the signer saw before the approve entry (an anchor against cut trails).
 *
 * Stored on `Approval.signature` as `{version: 2, revision, keyId, algorithm, value, statement}`: `value` is the
 * envelope signature over PAE(type, canonical JSON of `statement`), so the envelope can be rebuilt exactly.
 */
import { z } from 'zod';
import type { ChainHead } from '../audit/chain';
import type { Post } from '../model/post';
import type { PublicKeyInfo } from '../model/profile';
import type { ApprovalSignature } from '../workflow/machine';
import { PAYLOAD_TYPES, signEnvelope, verifyDetached, type Envelope, type Signer } from '../trust/envelope';
import { canonicalJson, fromBase64Url, toBase64Url, utf8 } from './webCrypto';

export interface ApprovalStatementV2 {
  /** The organisation: its root key's id. */
  orgId: string;
  postId: string;
  revision: number;
  /** `contentHash(post)`, lower-case hex. */
  contentHash: string;
  /** 1-based step of the policy this approval fulfils. */
  policyStep: number;
  /** How many steps the policy had when signing. */
  stepCount: number;
  /** The post's category, trimmed and lower-cased (`normaliseCategory`), or null. */
  category: string | null;
  signerProfileId: string;
  /** `post.createdBy`. */
  authorId: string;
  /** `post.workflow.lastEditorId`. */
  lastEditorId: string;
  keyId: string;
  /** ISO 8601 UTC instant. */
  at: string;
  /** The audit chain head before the approve entry; `{seq: 0, hash: 64 zeros}` for an empty chain. */
  auditHead: ChainHead;
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/u);
const profileId = z.string().min(1).max(200);

export const approvalStatementV2Schema = z
  .object({
    orgId: z.string().regex(/^[0-9a-f]{16}$/u),
    postId: z.string().min(1).max(200),
    revision: z.number().int().min(1),
    contentHash: hex64,
    policyStep: z.number().int().min(1).max(3),
    stepCount: z.number().int().min(1).max(3),
    category: z.string().max(200).nullable(),
    signerProfileId: profileId,
    authorId: profileId,
    lastEditorId: profileId,
    keyId: z.string().regex(/^[0-9a-f]{16}$/u),
    at: z.iso.datetime(),
    auditHead: z.object({ seq: z.number().int().min(0), hash: hex64 }).strict(),
  })
  .strict();

/** A category as statements carry it: trimmed and lower-cased (de-DE), null when empty. */
export function normaliseCategory(category: string | null): string | null {
  if (category === null) return null;
  const trimmed = category.trim();
  return trimmed === '' ? null : trimmed.toLocaleLowerCase('de-DE');
}

export interface StatementInput {
  orgId: string;
  /** 0-based step index (as `Approval.step`). */
  step: number;
  stepCount: number;
  signerProfileId: string;
  keyId: string;
  now: Date;
  auditHead: ChainHead;
}

/** The statement for approving the post's current content. */
export function approvalStatementFor(post: Post, input: StatementInput): ApprovalStatementV2 {
  return {
    orgId: input.orgId,
    postId: post.id,
    revision: post.workflow.revision,
    contentHash: post.workflow.contentHash,
    policyStep: input.step + 1,
    stepCount: input.stepCount,
    category: normaliseCategory(post.category),
    signerProfileId: input.signerProfileId,
    authorId: post.createdBy,
    lastEditorId: post.workflow.lastEditorId,
    keyId: input.keyId,
    at: input.now.toISOString(),
    auditHead: { seq: input.auditHead.seq, hash: input.auditHead.hash },
  };
}

/** Signs the statement; the result goes on `Approval.signature`. */
export async function signApprovalV2(
  statement: ApprovalStatementV2,
  signer: Signer,
): Promise<ApprovalSignature> {
  const envelope = await signEnvelope(PAYLOAD_TYPES.approval, statement, signer);
  return {
    version: 2,
    revision: statement.revision,
    keyId: signer.keyId,
    algorithm: signer.algorithm,
    value: envelope.signatures[0]?.sig ?? '',
    statement,
  };
}

/** The envelope a v2 signature stands for (to hand to other verifiers), or null for v1 or broken ones. */
export function approvalEnvelope(signature: ApprovalSignature): Envelope | null {
  if (signature.version !== 2 || signature.statement === undefined) return null;
  try {
    return {
      payloadType: PAYLOAD_TYPES.approval,
      payload: toBase64Url(utf8(canonicalJson(signature.statement))),
      signatures: [{ keyid: signature.keyId, sig: signature.value }],
    };
  } catch {
    return null;
  }
}

export const APPROVAL_V2_FAILURES = ['legacy', 'malformed', 'keyMismatch', 'badSignature'] as const;
export type ApprovalV2Failure = (typeof APPROVAL_V2_FAILURES)[number];
export type ApprovalV2Verification =
  { valid: true; statement: ApprovalStatementV2 } | { valid: false; reason: ApprovalV2Failure };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Verifies a stored v2 signature with the signer's key (taken from the roster, never from the file). `legacy`: a
 * v1 signature (or none), which never counts. Never throws.
 */
export async function verifyApprovalV2(
  signature: unknown,
  key: PublicKeyInfo,
): Promise<ApprovalV2Verification> {
  if (!isRecord(signature)) return { valid: false, reason: 'malformed' };
  if (signature.version === undefined) return { valid: false, reason: 'legacy' };
  if (signature.version !== 2) return { valid: false, reason: 'malformed' };
  const parsed = approvalStatementV2Schema.safeParse(signature.statement);
  if (!parsed.success || typeof signature.value !== 'string') return { valid: false, reason: 'malformed' };
  const statement = signature.statement as ApprovalStatementV2;
  if (signature.keyId !== statement.keyId || signature.revision !== statement.revision) {
    return { valid: false, reason: 'keyMismatch' };
  }
  if (signature.algorithm !== key.algorithm || statement.keyId !== key.keyId) {
    return { valid: false, reason: 'keyMismatch' };
  }
  const signatureBytes = fromBase64Url(signature.value);
  if (signatureBytes === null) return { valid: false, reason: 'malformed' };
  let body: Uint8Array;
  try {
    body = utf8(canonicalJson(statement));
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  const failure = await verifyDetached(PAYLOAD_TYPES.approval, body, signatureBytes, key);
  if (failure !== null) {
    return {
      valid: false,
      reason: failure === 'badSignature' || failure === 'keyMismatch' ? failure : 'malformed',
    };
  }
  return { valid: true, statement };
}
