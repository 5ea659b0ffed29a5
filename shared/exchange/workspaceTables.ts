/**
 * Schemas of the workspace file's tables that came with version 2 after the approval workflow: recurring series,
 * saved templates, snippets, and (backups only) the bytes of media; with version 3 the crisis state. Kept apart
 * from workspace.ts to keep it short.
 */
import { z } from 'zod';
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { seriesRuleSchema } from '../series/seriesRule';
import { userTemplateSchema } from '../templates/types';
import { toHex } from '../approval/webCrypto';
import { MAX_CRISIS_WINDOW_DAYS, type CrisisState } from '../crisis/crisisMode';
import { base64ToBytes, bytesToBase64 } from '../codec/base64';
import { channel, id, sha256, utcInstant } from './primitives';

/** A recurring post: the rule and the content every occurrence starts from (renderer/data/store/rows.ts SeriesRow). */
export function seriesSchemaWith<V extends z.ZodType, M extends z.ZodType>(post: { variants: V; media: M }) {
  return z
    .object({
      id,
      title: z.string(),
      channels: z.array(channel),
      text: z.string(),
      variants: post.variants,
      variantsLinked: z.boolean(),
      media: post.media,
      campaignId: id.nullable(),
      category: z.string().nullable(),
      createdAt: utcInstant,
      updatedAt: utcInstant,
      createdBy: z.string(),
      rule: seriesRuleSchema,
      rrule: z.string().min(1).max(1000),
    })
    .strict();
}

/** A template an editor saved, as stored: `{ id, template }` with the template's own id inside. */
export const templateRowSchema = z
  .object({ id, template: userTemplateSchema })
  .strict()
  .refine((row) => row.id === row.template.id, {
    message: 'the row id must be the template id',
    path: ['id'],
  });

export const SNIPPET_KINDS = ['hashtags', 'link', 'text'] as const;

/** An insertable piece of text (renderer/data/store/rows.ts SnippetRow). */
export const snippetRowSchema = z
  .object({
    id,
    kind: z.enum(SNIPPET_KINDS),
    label: z.string().min(1).max(60),
    text: z.string().min(1).max(2000),
  })
  .strict();

/** Largest medium a workspace file carries (bytes, before base64). */
export const MAX_MEDIA_FILE_BYTES = 200 * 1024 * 1024;

// One linear codec for the whole project (a regular expression over megabytes of base64 overflowed the stack).
export { base64ToBytes, bytesToBase64 };

/** SHA-256 (lower-case hex) of bytes, synchronous so the schema can check it. */
export function sha256HexSync(bytes: Uint8Array): string {
  return toHex(sha256Bytes(bytes));
}

/** The bytes of one medium in a backup: `id` is the SHA-256 of the decoded bytes, checked on parse. */
export const mediaFileSchema = z
  .object({
    id: sha256,
    base64: z.string().max(Math.ceil(MAX_MEDIA_FILE_BYTES / 3) * 4, 'the medium is larger than 200 MB'),
  })
  .strict()
  .superRefine((file, context) => {
    const bytes = base64ToBytes(file.base64);
    if (bytes === null) {
      context.addIssue({
        code: 'custom',
        path: ['base64'],
        message: 'expected standard base64 with padding',
      });
    } else if (sha256HexSync(bytes) !== file.id) {
      context.addIssue({
        code: 'custom',
        path: ['id'],
        message: 'the SHA-256 of the bytes does not match the id: the file is damaged',
      });
    }
  });

export type MediaFile = z.infer<typeof mediaFileSchema>;

/**
 * Version 3: crisis mode as the desk holds it, so a restore on another laptop keeps the banner and the holds
 * (absent, and in files before version 3: off).
 */
export const crisisStateSchema = z.discriminatedUnion('active', [
  z
    .object({
      active: z.literal(true),
      reason: z
        .string()
        .max(2000)
        .refine((reason) => reason.trim() !== '', 'the reason is empty'),
      since: utcInstant,
      byProfileId: id,
      windowDays: z.number().int().min(1).max(MAX_CRISIS_WINDOW_DAYS),
    })
    .strict(),
  z.object({ active: z.literal(false) }).strict(),
]);

export const CRISIS_OFF: CrisisState = { active: false };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _CrisisSchemaMatchesModel = Assert<Same<z.infer<typeof crisisStateSchema>, CrisisState>>;
