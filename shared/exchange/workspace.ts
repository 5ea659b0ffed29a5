/**
 * The workspace file, version 1: everything a Civic Desk workspace holds, as one JSON document, so that posts can
 * be checked (and later moved, archived and restored) outside the app. Media travel as metadata only, without
 * their bytes. Pure: no file access here; the command line in bin/ reads the file and hands over its contents.
 *
 * Format documentation: docs/workspace.md; JSON Schema: docs/workspace.schema.json (generated from this schema).
 */
import { z } from 'zod';
import { campaignSchema } from '../model/campaign';
import type { Consent, MediaMeta } from '../model/media';
import { IMAGE_MIME_TYPES, VIDEO_MIME_TYPES } from '../model/media';
import { POST_STATUSES, type Post } from '../model/post';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../model/postInput';
import { unsafeTextCharacter, unsafeTitleCharacter } from '../model/textSafety';
import { settingsSchema } from '../model/settings';
import { CHANNEL_FORMATS, POST_FORMATS } from '../model/variant';
import { consentSchema } from '../media/consent';
import { addWorkflow } from '../workflow/postState';
import { auditEntrySchema, commentSchema, postWorkflowSchema, publicProfileSchema } from './workflowSchemas';
import {
  CRISIS_OFF,
  crisisStateSchema,
  mediaFileSchema,
  seriesSchemaWith,
  snippetRowSchema,
  templateRowSchema,
} from './workspaceTables';
import { MAX_ROSTER_ENTRIES } from '../trust/rosterFile';
import { rosterEntrySchema } from '../trust/rosterTypes';
import { publicKeyInfoSchema } from './workflowSchemas';

export const WORKSPACE_FORMAT = 'civic-desk-workspace';
/**
 * 2: posts carry their workflow and notes; profiles (public keys only), comments and the audit trail; series,
 * saved templates and snippets (absent: none); in backups, the media bytes (`mediaFiles`).
 * 3: the organisation's signed roster (`roster`: root public key and entries; null before a root exists).
 */
export const WORKSPACE_VERSION = 3;

import { channel, id, instant, sha256, utcInstant } from './primitives';

/** A string the post form would accept: at most `max` characters, none of the `unsafe` ones (textSafety.ts). */
function formString(max: number, unsafe: (value: string) => string | null, what: string) {
  return z
    .string()
    .max(max, `the ${what} is longer than ${max} characters`)
    .superRefine((value, context) => {
      const found = unsafe(value);
      if (found !== null) {
        context.addIssue({
          code: 'custom',
          message: `the ${what} contains the control or direction character ${found}, which the post form refuses`,
        });
      }
    });
}

/** A post's or variant's text as the post form allows it (TEXT_MAX_LENGTH, no control or bidi overrides). */
export const postText = formString(TEXT_MAX_LENGTH, unsafeTextCharacter, 'text');
/** A post's title as the post form allows it (TITLE_MAX_LENGTH, one line, no control or bidi overrides). */
export const postTitle = formString(TITLE_MAX_LENGTH, unsafeTitleCharacter, 'title');

const variantSchema = z
  .object({
    channel,
    format: z.enum(POST_FORMATS),
    text: postText,
    mediaIds: z.array(sha256),
  })
  .strict()
  .refine((variant) => CHANNEL_FORMATS[variant.channel].includes(variant.format), {
    message: 'this format does not exist on this network',
    path: ['format'],
  });

const mediaAttachmentSchema = z.object({ mediaId: sha256, altText: z.string() }).strict();

const seriesLinkSchema = z
  .object({
    seriesId: id,
    occurrenceKey: z.iso.date(),
    detached: z.boolean(),
  })
  .strict();

const templateUseSchema = z
  .object({
    templateId: id,
    values: z.record(z.string(), z.string()),
  })
  .strict();

const checklistTickSchema = z.object({ itemId: id, by: z.string(), at: instant }).strict();

const findingOverrideSchema = z
  .object({ findingId: id, reason: z.string(), by: z.string(), at: instant })
  .strict();

/** The fields every post has had since workspace version 1. */
const postFieldsV1 = {
  id,
  title: postTitle,
  channels: z.array(channel),
  text: postText,
  variants: z.array(variantSchema),
  variantsLinked: z.boolean(),
  media: z.array(mediaAttachmentSchema),
  campaignId: id.nullable(),
  category: z.string().nullable(),
  series: seriesLinkSchema.nullable(),
  template: templateUseSchema.nullable(),
  checks: z
    .object({ ticks: z.array(checklistTickSchema), overrides: z.array(findingOverrideSchema) })
    .strict(),
  scheduledAt: instant.nullable(),
  scheduledAtUtc: utcInstant.nullable(),
  status: z.enum(POST_STATUSES),
  createdAt: utcInstant,
  updatedAt: utcInstant,
  createdBy: z.string(),
};

type PostShape = Pick<Post, 'scheduledAt' | 'scheduledAtUtc' | 'variants' | 'channels'>;

/** The consistency rules of a post, whatever the version. */
function withPostRules<T extends z.ZodType<PostShape>>(schema: T) {
  return schema
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
}

/** A post of workspace version 1, before the approval workflow. */
export const postSchemaV1 = withPostRules(z.object(postFieldsV1).strict());

/** A post exactly as the app stores it (shared/model/post.ts). */
export const postSchema = withPostRules(
  z.object({ ...postFieldsV1, workflow: postWorkflowSchema, notes: z.string() }).strict(),
);

/** Metadata of an image or video (shared/model/media.ts), without its bytes. */
export const mediaMetaSchema = z
  .object({
    id: sha256,
    kind: z.enum(['image', 'video']),
    mimeType: z.enum([...IMAGE_MIME_TYPES, ...VIDEO_MIME_TYPES]),
    byteLength: z.number().int().min(0),
    width: z.number().int().positive().nullable(),
    height: z.number().int().positive().nullable(),
    durationSeconds: z.number().min(0).nullable(),
    fileName: z.string(),
    hasSubtitles: z.boolean(),
    showsPeople: z.boolean(),
    consentIds: z.array(id),
    createdAt: instant,
  })
  .strict()
  .refine((meta) => meta.mimeType.startsWith(`${meta.kind}/`), {
    message: 'mimeType does not match kind',
    path: ['mimeType'],
  });

/** A recurring series with the content every occurrence starts from. */
export const seriesSchema = seriesSchemaWith({
  variants: z.array(variantSchema),
  media: z.array(mediaAttachmentSchema),
});

/** The roster a workspace file carries: the root public key and the signed entries (shared/trust). */
export const workspaceRosterSchema = z
  .object({
    root: publicKeyInfoSchema,
    entries: z.array(rosterEntrySchema).max(MAX_ROSTER_ENTRIES),
  })
  .strict();

export const workspaceSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(WORKSPACE_VERSION),
    /** When the file was written. */
    exportedAt: instant,
    settings: settingsSchema,
    campaigns: z.array(campaignSchema),
    posts: z.array(postSchema),
    media: z.array(mediaMetaSchema),
    consents: z.array(consentSchema),
    profiles: z.array(publicProfileSchema),
    comments: z.array(commentSchema),
    audit: z.array(auditEntrySchema),
    series: z.array(seriesSchema).default([]),
    templates: z.array(templateRowSchema).default([]),
    snippets: z.array(snippetRowSchema).default([]),
    /** Backups only: the bytes of the media, each id the SHA-256 of its bytes. */
    mediaFiles: z.array(mediaFileSchema).optional(),
    /**
     * Version 3: the organisation's signed roster as the desk holds it (null: no root yet). Never trusted for
     * itself: every door verifies it against the root the desk already holds (docs/trust.md, "Doors").
     */
    roster: workspaceRosterSchema.nullable(),
    /** Version 3: crisis mode as the desk holds it (absent: off), so a restore keeps the banner and the holds. */
    crisis: crisisStateSchema.default(CRISIS_OFF),
  })
  .strict();

/** Version 2: no roster. */
export const workspaceSchemaV2 = workspaceSchema
  .omit({ version: true, roster: true, crisis: true })
  .extend({ version: z.literal(2) })
  .strict();

/** Version 1: no workflow on posts, no profiles, comments or audit trail. */
export const workspaceSchemaV1 = workspaceSchema
  .omit({
    roster: true,
    crisis: true,
    posts: true,
    profiles: true,
    comments: true,
    audit: true,
    version: true,
    series: true,
    templates: true,
    snippets: true,
    mediaFiles: true,
  })
  .extend({ version: z.literal(1), posts: z.array(postSchemaV1) })
  .strict();

export type Workspace = z.infer<typeof workspaceSchema>;

// The schemas describe exactly the model's types, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _PostSchemaMatchesModel = Assert<Same<z.infer<typeof postSchema>, Post>>;
type _MediaSchemaMatchesModel = Assert<Same<z.infer<typeof mediaMetaSchema>, MediaMeta>>;
type _ConsentsMatchModel = Assert<Same<Workspace['consents'][number], Consent>>;

export type ParseWorkspaceResult =
  | { ok: true; workspace: Workspace }
  /** `path` is the JSON path of the first problem, e.g. `posts[3].variants[0].channel` ('' for the whole file). */
  | { ok: false; message: string; path: string };

/** `posts[3].variants[0].channel` from `['posts', 3, 'variants', 0, 'channel']`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const name = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) text += text === '' ? name : `.${name}`;
      else text += `[${JSON.stringify(name)}]`;
    }
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a parsed JSON value against the workspace format; names the first problem and where it is. */
export function parseWorkspace(json: unknown): ParseWorkspaceResult {
  if (!isRecord(json)) return { ok: false, message: 'the file is not a JSON object', path: '' };
  if (json.format !== WORKSPACE_FORMAT) {
    return {
      ok: false,
      message: `not a Civic Desk workspace file (expected "format": "${WORKSPACE_FORMAT}")`,
      path: 'format',
    };
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'the version must be a whole number from 1', path: 'version' };
  }
  if (version > WORKSPACE_VERSION) {
    return {
      ok: false,
      message:
        `the file has workspace version ${version}, this Civic Desk reads versions 1 to ${WORKSPACE_VERSION}; ` +
        'please update Civic Desk',
      path: 'version',
    };
  }
  if (version === 1) {
    const v1 = workspaceSchemaV1.safeParse(json);
    return v1.success ? { ok: true, workspace: upgradeV1(v1.data) } : firstProblem(v1.error);
  }
  if (version === 2) {
    const v2 = workspaceSchemaV2.safeParse(json);
    return v2.success ? { ok: true, workspace: upgradeV2(v2.data) } : firstProblem(v2.error);
  }
  const result = workspaceSchema.safeParse(json);
  return result.success ? { ok: true, workspace: result.data } : firstProblem(result.error);
}

/** A version 1 file in today's shape: posts get their workflow (see `addWorkflow`); no profiles, comments, audit. */
function upgradeV1(file: z.infer<typeof workspaceSchemaV1>): Workspace {
  return {
    ...file,
    version: WORKSPACE_VERSION,
    posts: file.posts.map(addWorkflow),
    profiles: [],
    comments: [],
    audit: [],
    series: [],
    templates: [],
    snippets: [],
    roster: null,
    crisis: CRISIS_OFF,
  };
}

/** A version 2 file in today's shape: no roster (its approvals are verified against the desk's own root). */
function upgradeV2(file: z.infer<typeof workspaceSchemaV2>): Workspace {
  return { ...file, version: WORKSPACE_VERSION, roster: null, crisis: CRISIS_OFF };
}

function firstProblem(error: z.ZodError): { ok: false; message: string; path: string } {
  const issue = error.issues[0];
  if (issue === undefined) return { ok: false, message: 'invalid workspace', path: '' };
  const path: PropertyKey[] = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    path.push(issue.keys[0]);
    return { ok: false, message: `unknown field "${issue.keys[0]}"`, path: formatJsonPath(path) };
  }
  return { ok: false, message: issue.message, path: formatJsonPath(path) };
}
