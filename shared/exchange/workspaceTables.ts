/**
 * Schemas of the workspace file's tables that came with version 2 after the approval workflow: recurring series,
 * saved templates, snippets, and (backups only) the bytes of media. Kept apart from workspace.ts to keep it short.
 */
import { z } from 'zod';
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { seriesRuleSchema } from '../series/seriesRule';
import { userTemplateSchema } from '../templates/types';
import { toHex } from '../approval/webCrypto';
import { channel, id, sha256, utcInstant } from './primitives';

/** A recurring post: the rule and the content every occurrence starts from (renderer/data/rows.ts SeriesRow). */
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

/** An insertable piece of text (renderer/data/rows.ts SnippetRow). */
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

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding (RFC 4648 §4). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    chunk +=
      BASE64_ALPHABET.charAt((triple >> 18) & 63) +
      BASE64_ALPHABET.charAt((triple >> 12) & 63) +
      (index + 1 < bytes.length ? BASE64_ALPHABET.charAt((triple >> 6) & 63) : '=') +
      (index + 2 < bytes.length ? BASE64_ALPHABET.charAt(triple & 63) : '=');
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

const DECODE_TABLE = new Map<string, number>();
for (let index = 0; index < BASE64_ALPHABET.length; index += 1)
  DECODE_TABLE.set(BASE64_ALPHABET.charAt(index), index);

/** Decodes standard padded base64; null when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64_PATTERN.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let index = 0; index < text.length; index += 4) {
    const quad = [0, 1, 2, 3].map((offset) => DECODE_TABLE.get(text.charAt(index + offset)) ?? 0);
    const triple = ((quad[0] ?? 0) << 18) | ((quad[1] ?? 0) << 12) | ((quad[2] ?? 0) << 6) | (quad[3] ?? 0);
    if (out < bytes.length) bytes[out++] = (triple >> 16) & 255;
    if (out < bytes.length) bytes[out++] = (triple >> 8) & 255;
    if (out < bytes.length) bytes[out++] = triple & 255;
  }
  return bytes;
}

/** SHA-256 (lower-case hex) of bytes, synchronous so the schema can check it. */
export function sha256HexSync(bytes: Uint8Array): string {
  return toHex(sha256Bytes(bytes));
}

/** The bytes of one medium in a backup: `id` is the SHA-256 of the decoded bytes, checked on parse. */
export const mediaFileSchema = z
  .object({
    id: sha256,
    base64: z
      .string()
      .max(Math.ceil(MAX_MEDIA_FILE_BYTES / 3) * 4, 'the medium is larger than 200 MB')
      .regex(BASE64_PATTERN, 'expected standard base64 with padding'),
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
