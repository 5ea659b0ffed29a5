/**
 * The review file (`.civicdesk`, issue 5 item 9), version 1: JSON documents of two kinds. A `request` carries the
 * posts an editor sends "zur Freigabe" with their media (bytes as base64), the desk's public profiles and its
 * approval policies; a `decision` carries the approver's answer per post, signed with the approver's key.
 * Schemas only; building, parsing and checking are in reviewFile.ts.
 */
import { z } from 'zod';
import { SIGNATURE_ALGORITHMS } from '../approval/signature';
import type { Post } from '../model/post';
import type { PublicProfile } from '../model/profile';
import { IMAGE_MIME_TYPES, VIDEO_MIME_TYPES } from '../model/media';
import { mediaMetaSchema, postSchema } from '../exchange/workspace';
import { id, instant, sha256 } from '../exchange/primitives';
import {
  approvalSignatureSchema,
  publicKeyInfoSchema,
  publicProfileSchema,
} from '../exchange/workflowSchemas';
import { approvalPoliciesSchema } from '../workflow/policy';

export const REVIEW_FORMAT = 'civic-desk-review';
export const REVIEW_VERSION = 1;
export const REVIEW_MAX_POSTS = 500;
export const REVIEW_MAX_MEDIA_BYTES = 50 * 1024 * 1024;
/** Every string of the file except the media's base64 is at most this long. */
export const REVIEW_MAX_STRING = 100_000;

const sha256Hex = sha256;
const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected base64url without padding');

/** A post with its workflow, exactly as the workspace file has it (shared/model/post.ts). */
export const reviewPostSchema = postSchema;

export { approvalSignatureSchema, publicKeyInfoSchema, publicProfileSchema };

export const mediaFileSchema = z
  .object({
    id: sha256Hex,
    mimeType: z.enum([...IMAGE_MIME_TYPES, ...VIDEO_MIME_TYPES]),
    /** Standard base64 (RFC 4648 §4) of the bytes, with padding. */
    base64: z.string().max(Math.ceil(REVIEW_MAX_MEDIA_BYTES / 3) * 4),
  })
  .strict();

const header = { format: z.literal(REVIEW_FORMAT), version: z.literal(REVIEW_VERSION), createdAt: instant };

export const reviewRequestSchema = z
  .object({
    ...header,
    kind: z.literal('request'),
    from: publicProfileSchema,
    organisationName: z.string(),
    posts: z.array(reviewPostSchema).min(1).max(REVIEW_MAX_POSTS),
    media: z.array(mediaMetaSchema),
    mediaFiles: z.array(mediaFileSchema),
    profiles: z.array(publicProfileSchema),
    policies: approvalPoliciesSchema,
    /**
     * The head of the sending desk's audit trail: the anchor an approval in the decision builds on (the sending
     * desk writes the approve entry after it). Absent in files written before issue 13.
     */
    auditHead: z
      .object({ seq: z.number().int().min(0), hash: sha256Hex })
      .strict()
      .optional(),
    /** The sending organisation (its root key's id): approvals in the decision are signed for it. */
    orgId: z
      .string()
      .regex(/^[0-9a-f]{16}$/, 'expected a key id of 16 hex characters')
      .optional(),
  })
  .strict();

export const decisionSignatureSchema = z
  .object({ keyId: z.string(), algorithm: z.enum(SIGNATURE_ALGORITHMS), value: base64Url })
  .strict();

export const decisionEntrySchema = z
  .object({
    postId: id,
    revision: z.number().int().min(1),
    contentHash: sha256Hex,
    decision: z.enum(['approve', 'requestChanges']),
    note: z.string(),
    approval: z
      .object({ step: z.number().int().min(0), at: instant, signature: approvalSignatureSchema })
      .strict()
      .optional(),
    /** The approver's signature over the whole entry (see decisionSignature.ts), so the note cannot be changed. */
    signature: decisionSignatureSchema,
  })
  .strict()
  .refine((entry) => (entry.decision === 'approve') === (entry.approval !== undefined), {
    message: 'an approval is given exactly for the decision "approve"',
    path: ['approval'],
  })
  .refine((entry) => entry.decision === 'approve' || entry.note.trim() !== '', {
    message: '"requestChanges" needs a note',
    path: ['note'],
  });

export const reviewDecisionSchema = z
  .object({
    ...header,
    kind: z.literal('decision'),
    /** `reviewRequestId(request)`: the SHA-256 of the request file's canonical JSON. */
    requestId: sha256Hex,
    by: publicProfileSchema.refine((profile) => profile.publicKey !== null, {
      message: 'the deciding profile must carry its public key',
      path: ['publicKey'],
    }),
    decisions: z
      .array(decisionEntrySchema)
      .min(1)
      .max(REVIEW_MAX_POSTS)
      .refine((entries) => new Set(entries.map((e) => e.postId)).size === entries.length, 'duplicate postId'),
  })
  .strict();

export const reviewFileSchema = z.discriminatedUnion('kind', [reviewRequestSchema, reviewDecisionSchema]);

export type ReviewRequest = z.infer<typeof reviewRequestSchema>;
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type ReviewFile = ReviewRequest | ReviewDecision;
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;
export type MediaFile = z.infer<typeof mediaFileSchema>;

// The schemas describe exactly the model's types, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _PostMatchesModel = Assert<Same<z.infer<typeof reviewPostSchema>, Post>>;
type _ProfileMatchesModel = Assert<Same<z.infer<typeof publicProfileSchema>, PublicProfile>>;
