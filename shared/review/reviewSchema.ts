/**
 * The review file (`.civicdesk`, issue 5 item 9), version 1: JSON documents of two kinds. A `request` carries the
 * posts an editor sends "zur Freigabe" with their media (bytes as base64), the desk's public profiles and its
 * approval policies; a `decision` carries the approver's answer per post, signed with the approver's key.
 * Schemas only; building, parsing and checking are in reviewFile.ts.
 */
import { z } from 'zod';
import { SIGNATURE_ALGORITHMS } from '../approval/signature';
import { CHANNELS } from '../model/channels';
import type { Post } from '../model/post';
import { POST_STATUSES } from '../model/post';
import type { PublicProfile } from '../model/profile';
import { POST_FORMATS } from '../model/variant';
import { IMAGE_MIME_TYPES, VIDEO_MIME_TYPES } from '../model/media';
import { mediaMetaSchema, postSchema } from '../exchange/workspace';
import { approvalPoliciesSchema } from '../workflow/policy';
import { ROLES } from '../workflow/roles';

export const REVIEW_FORMAT = 'civic-desk-review';
export const REVIEW_VERSION = 1;
export const REVIEW_MAX_POSTS = 500;
export const REVIEW_MAX_MEDIA_BYTES = 50 * 1024 * 1024;
/** Every string of the file except the media's base64 is at most this long. */
export const REVIEW_MAX_STRING = 100_000;

const instant = z.iso.datetime({ offset: true });
const id = z.string().trim().min(1).max(200);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex (64 characters)');
const base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected base64url without padding');

export const publicKeyInfoSchema = z
  .object({
    algorithm: z.enum(SIGNATURE_ALGORITHMS),
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'expected a key id of 16 lower-case hex characters'),
    publicKeyJwk: z
      .object({
        kty: z.string().optional(),
        crv: z.string().optional(),
        x: z.string().optional(),
        y: z.string().optional(),
        ext: z.boolean().optional(),
        key_ops: z.array(z.string()).optional(),
      })
      .strict(),
  })
  .strict();

export const publicProfileSchema = z
  .object({
    id,
    name: z.string().min(1),
    initials: z.string().min(1).max(3),
    roles: z.array(z.enum(ROLES)),
    publicKey: publicKeyInfoSchema.nullable(),
    createdAt: instant,
  })
  .strict();

export const approvalSignatureSchema = z
  .object({
    revision: z.number().int().min(1),
    keyId: z.string(),
    algorithm: z.enum(SIGNATURE_ALGORITHMS),
    value: base64Url,
  })
  .strict();

const approvalSchema = z
  .object({
    step: z.number().int().min(0),
    profileId: id,
    at: instant,
    contentHash: sha256Hex,
    signature: approvalSignatureSchema.optional(),
  })
  .strict();

const publishedContentSchema = z
  .object({
    channels: z.array(z.enum(CHANNELS)),
    variants: z.array(
      z
        .object({
          channel: z.enum(CHANNELS),
          format: z.enum(POST_FORMATS),
          text: z.string(),
          mediaIds: z.array(z.string()),
        })
        .strict(),
    ),
    scheduledAtUtc: z.iso.datetime().nullable(),
    media: z.array(z.object({ id: z.string(), sha256: z.string(), altText: z.string() }).strict()),
  })
  .strict();

const workflowSchema = z
  .object({
    approvals: z.array(approvalSchema),
    lastEditorId: z.string(),
    contentHash: sha256Hex,
    revision: z.number().int().min(1),
    requestedAt: instant.nullable(),
    hold: z
      .object({ fromStatus: z.enum(POST_STATUSES), at: instant, reason: z.string() })
      .strict()
      .nullable(),
    publishedUrl: z.string().nullable(),
    lastReviewed: z
      .object({
        at: instant,
        byProfileId: z.string(),
        revision: z.number().int().min(1),
        contentHash: sha256Hex,
        title: z.string(),
        content: publishedContentSchema,
      })
      .strict()
      .nullable(),
    changesNote: z.string().nullable(),
  })
  .strict();

/** A post with its workflow, as shared/model/post.ts has it (the workspace post plus workflow and notes). */
export const reviewPostSchema = z
  .object({ ...postSchema.shape, workflow: workflowSchema, notes: z.string() })
  .strict()
  .refine((post) => (post.scheduledAt === null) === (post.scheduledAtUtc === null), {
    message: 'scheduledAt and scheduledAtUtc must both be set or both be null',
    path: ['scheduledAtUtc'],
  })
  .refine(
    (post) =>
      post.scheduledAt === null ||
      post.scheduledAtUtc === null ||
      Date.parse(post.scheduledAt) === Date.parse(post.scheduledAtUtc),
    { message: 'scheduledAtUtc is not the same instant as scheduledAt', path: ['scheduledAtUtc'] },
  )
  .refine(
    (post) =>
      post.variants.length === post.channels.length &&
      post.variants.every((variant, index) => variant.channel === post.channels[index]),
    { message: 'variants must follow channels: one per channel, in the same order', path: ['variants'] },
  );

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
