/**
 * Schemas of the approval workflow's records in files (workspace, review files): a post's workflow, profiles with
 * public keys only, comments and audit entries. Each matches its model type exactly (checked below).
 */
import { z } from 'zod';
import type { AuditEntry } from '../audit/chain';
import type { PostComment } from '../model/comment';
import type { PostWorkflow } from '../model/postWorkflow';
import type { PublicProfile } from '../model/profile';
import { POST_STATUSES } from '../model/post';
import { SIGNATURE_ALGORITHMS } from '../approval/signature';
import { approvalStatementV2Schema } from '../approval/statementV2';
import { ROLES } from '../workflow/roles';
import { CHANNELS } from '../model/channels';
import { POST_FORMATS } from '../model/variant';
import { id, instant, sha256, utcInstant } from './primitives';

export const approvalSignatureSchema = z
  .object({
    revision: z.number().int().min(1),
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'expected a key id of 16 hex characters'),
    algorithm: z.enum(SIGNATURE_ALGORITHMS),
    value: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'expected a base64url signature'),
    version: z.literal(2).optional(),
    statement: approvalStatementV2Schema.optional(),
  })
  .strict();

export const approvalSchema = z
  .object({
    step: z.number().int().min(0).max(2),
    profileId: id,
    at: instant,
    contentHash: sha256,
    signature: approvalSignatureSchema.optional(),
  })
  .strict();

const holdSchema = z
  .object({ fromStatus: z.enum(POST_STATUSES), at: instant, reason: z.string().min(1) })
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
    scheduledAtUtc: utcInstant.nullable(),
    media: z.array(z.object({ id: z.string(), sha256, altText: z.string() }).strict()),
  })
  .strict();

const reviewSnapshotSchema = z
  .object({
    at: instant,
    byProfileId: id,
    revision: z.number().int().min(1),
    contentHash: sha256,
    title: z.string(),
    content: publishedContentSchema,
  })
  .strict();

export const postWorkflowSchema = z
  .object({
    approvals: z.array(approvalSchema).max(20),
    lastEditorId: z.string(),
    contentHash: sha256,
    revision: z.number().int().min(1),
    requestedAt: instant.nullable(),
    hold: holdSchema.nullable(),
    publishedUrl: z.url({ protocol: /^https?$/ }).nullable(),
    lastReviewed: reviewSnapshotSchema.nullable(),
    changesNote: z.string().nullable(),
  })
  .strict();

const publicJwkSchema = z
  .object({
    kty: z.string().optional(),
    crv: z.string().optional(),
    x: z.string().optional(),
    y: z.string().optional(),
    ext: z.boolean().optional(),
    key_ops: z.array(z.string()).optional(),
  })
  .strict();

export const publicKeyInfoSchema = z
  .object({
    algorithm: z.enum(SIGNATURE_ALGORITHMS),
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'expected a key id of 16 hex characters'),
    publicKeyJwk: publicJwkSchema,
  })
  .strict();

export const publicProfileSchema = z
  .object({
    id,
    name: z.string().trim().min(1).max(120),
    initials: z.string().trim().min(1).max(3),
    roles: z.array(z.enum(ROLES)),
    publicKey: publicKeyInfoSchema.nullable(),
    createdAt: instant,
  })
  .strict();

export const commentSchema = z
  .object({
    id,
    postId: id,
    authorId: id,
    at: instant,
    text: z.string().min(1).max(10_000),
    mentions: z.array(id),
  })
  .strict();

export const auditEntrySchema = z
  .object({
    seq: z.number().int().min(1),
    at: instant,
    actorId: z.string(),
    action: z.string().min(1),
    postId: z.string().nullable(),
    contentHash: z.string().nullable(),
    note: z.string().nullable(),
    previousHash: sha256,
    contentDigest: sha256.optional(),
    hash: sha256,
    tombstone: z.literal(true).optional(),
  })
  .strict();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _WorkflowMatchesModel = Assert<Same<z.infer<typeof postWorkflowSchema>, PostWorkflow>>;
type _ProfileMatchesModel = Assert<Same<z.infer<typeof publicProfileSchema>, PublicProfile>>;
type _CommentMatchesModel = Assert<Same<z.infer<typeof commentSchema>, PostComment>>;
type _AuditMatchesModel = Assert<Same<z.infer<typeof auditEntrySchema>, AuditEntry>>;
