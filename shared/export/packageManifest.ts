/**
 * The schema of a publish package's `manifest.json` as read back from outside (publishPackage.ts writes it):
 * the format must be this app's and the version 1, 2 or 3 (version 1 has no approved content, version 3 is the
 * signed one, see publishPackage.ts);
 * unknown members are dropped, not refused, since only what is read here is verified. Nothing is transformed or
 * defaulted, so the approved content parsed is the content as written and hashes as it did when signed. Parsing
 * gives the first problem with its path in the manifest.
 */
import { strFromU8 } from 'fflate';
import { z } from 'zod';
import { channel, sha256 } from '../exchange/primitives';
import { publicKeyInfoSchema } from '../exchange/workflowSchemas';
import { POST_FORMATS } from '../model/variant';
import { PUBLISH_PACKAGE_FORMAT, PUBLISH_PACKAGE_VERSION } from './publishPackage';

/**
 * Versions this reader understands: 1 (content only partly verifiable), 2 (unsigned manifest) and the current,
 * signed one. Versions 1 and 2 are verified only when asked for explicitly (`allowUnsigned`).
 */
export const READABLE_PACKAGE_VERSIONS = [1, 2, PUBLISH_PACKAGE_VERSION] as const;

/**
 * A manifest lists 2,000 posts and 20,000 files in about 10 MB (see the caps in packageReader.ts); a larger one
 * is not parsed at all.
 */
export const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

const text = z.string().max(100_000);
const path = z.string().min(1).max(1_000);

const publicJwkSchema = z.object({
  kty: z.string().max(20).optional(),
  crv: z.string().max(20).optional(),
  x: z.string().max(200).optional(),
  y: z.string().max(200).optional(),
});

const approvalSchema = z.object({
  approverId: text,
  approverName: text.nullable(),
  policyStep: z.int().min(1),
  revision: z.int().min(0),
  contentHash: sha256,
  keyId: z.string().max(100),
  algorithm: z.string().max(100),
  at: z.string().max(100),
  signature: z.string().max(1_000),
  publicKeyJwk: publicJwkSchema.nullable().optional(),
});

const postV1Schema = z.object({
  id: text,
  title: text,
  folder: path,
  scheduledAt: z.string().max(100).nullable(),
  contentHash: sha256.nullable(),
  approvals: z.array(approvalSchema).max(100),
  networks: z
    .array(
      z.object({
        channel,
        format: z.enum(POST_FORMATS),
        textFile: path,
        mediaFiles: z.array(path).max(1_000),
      }),
    )
    .max(100),
  media: z
    .array(z.object({ path, mediaId: z.string().max(200), mimeType: z.string().max(200), altText: text }))
    .max(1_000),
});

/** `PublishedContent` (shared/approval/contentHash.ts), member for member. */
const approvedContentSchema = z.object({
  channels: z.array(channel).max(100),
  variants: z
    .array(
      z.object({
        channel,
        format: z.enum(POST_FORMATS),
        text,
        mediaIds: z.array(z.string().max(200)).max(1_000),
      }),
    )
    .max(100),
  scheduledAtUtc: z.string().max(100).nullable(),
  media: z
    .array(z.object({ id: z.string().max(200), sha256: z.string().max(200), altText: text }))
    .max(1_000),
});

const postV2Schema = postV1Schema.extend({
  approvedContent: approvedContentSchema.nullable(),
  omittedChannels: z.array(channel).max(100),
  omittedMedia: z.array(z.string().max(200)).max(1_000),
});

const files = z.array(z.object({ path, sha256, size: z.int().min(0) })).max(1_000_000);

const manifestV1Schema = z.object({
  format: z.literal(PUBLISH_PACKAGE_FORMAT),
  version: z.literal(1),
  generatedAt: z.string().max(100),
  timeZone: z.string().max(100),
  posts: z.array(postV1Schema).max(100_000),
  files,
});

const manifestV2Schema = manifestV1Schema.extend({
  version: z.literal(2),
  posts: z.array(postV2Schema).max(100_000),
  readmeNotes: z.array(text).max(100_000),
});

/** A DSSE envelope's shape (shared/trust/envelope.ts checks it fully when it verifies one). */
const envelopeSchema = z.object({
  payloadType: z.string().max(200),
  payload: z.string().max(100_000),
  signatures: z.array(z.object({ keyid: z.string().max(64), sig: z.string().max(200) })).max(1),
});

const postV3Schema = postV2Schema.extend({
  revision: z.int().min(0).nullable(),
  approvals: z.array(approvalSchema.extend({ envelope: envelopeSchema.nullable().optional() })).max(100),
});

export const manifestSchema = manifestV2Schema.extend({
  version: z.literal(PUBLISH_PACKAGE_VERSION),
  exporter: z
    .object({
      orgId: z.string().max(100),
      profileId: text,
      name: text,
      keyId: z.string().max(100),
      publicKey: publicKeyInfoSchema,
    })
    .nullable(),
  posts: z.array(postV3Schema).max(100_000),
});

/** Format and version first, so a package of another version is named as such, not by its first odd member. */
const headerSchema = z.object({
  format: z.literal(PUBLISH_PACKAGE_FORMAT),
  version: z.union(READABLE_PACKAGE_VERSIONS.map((version) => z.literal(version))),
});

export type ReadManifestV1 = z.infer<typeof manifestV1Schema>;
export type ReadManifestV2 = z.infer<typeof manifestV2Schema>;
export type ReadManifestV3 = z.infer<typeof manifestSchema>;
export type ReadManifest = ReadManifestV1 | ReadManifestV2 | ReadManifestV3;
/** Versions that carry the approved content. */
export type ReadManifestWithContent = ReadManifestV2 | ReadManifestV3;
export type ReadApprovedContent = z.infer<typeof approvedContentSchema>;

export type ManifestParse =
  { ok: true; manifest: ReadManifest } | { ok: false; path: string; message: string };

function firstIssue(error: z.ZodError): { ok: false; path: string; message: string } {
  const issue = error.issues[0];
  return {
    ok: false,
    path: issue?.path.map(String).join('.') ?? '',
    message: issue?.message ?? 'does not match the manifest format',
  };
}

/** The manifest from its bytes: size, UTF-8 JSON, then the schema (first problem and its path). */
export function parseManifest(bytes: Uint8Array): ManifestParse {
  if (bytes.length > MANIFEST_MAX_BYTES) {
    return { ok: false, path: '', message: `larger than ${MANIFEST_MAX_BYTES} bytes` };
  }
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    return {
      ok: false,
      path: '',
      message: `not valid JSON (${error instanceof Error ? error.message : 'error'})`,
    };
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) return firstIssue(header.error);
  const schema = { 1: manifestV1Schema, 2: manifestV2Schema, 3: manifestSchema }[header.data.version];
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, manifest: parsed.data } : firstIssue(parsed.error);
}
