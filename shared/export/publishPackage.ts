/**
 * The publish package: a ZIP for the person who posts by hand. A folder per post (`2026-11-26_1000_buergerfest`)
 * with one text file per network (`instagram.txt` …), the original images and videos (`bild-1.jpg` …) and
 * `alt-texts.txt`; at the top `LIESMICH.txt` (German read-me) and `manifest.json`: format and version, the passed
 * `now`, per post its id, title, time, content hash, approvals with signatures as passed in, the approved content
 * (`approvedContent`: the post's `publishedContent`, which the content hash is the hash of, with all networks and
 * media, also those this package leaves out; `omittedChannels` and `omittedMedia` name those), and the SHA-256 of
 * every other file in the ZIP (the manifest cannot contain its own hash).
 *
 * Version 2 added `approvedContent`, `omittedChannels`, `omittedMedia` and `readmeNotes`: the approved content is
 * what the approvers' signatures cover, so verifyPackage.ts checks every file in the package against it. Version 3
 * (this one) is signed whole: `exporter` and each post's `revision` were added, approvals carry their signed
 * statement (an envelope, shared/trust), and packageSignature.ts signs the exact bytes of manifest.json (with
 * every file's SHA-256, the titles, folder names, approver names, times and approvals in it) with the exporter's
 * roster-certified key into `manifest.sig.json`. The files are written from the same post: each network's text file is the variant's
 * text as UTF-8, unchanged (no BOM, no line-end conversion); `alt-texts.txt` is `altTextsText` of the media in the
 * package and `LIESMICH.txt` is `readmeText` of the manifest's posts, so the wording of both is part of the format
 * (the verifier rebuilds them byte for byte: changing it needs a new version).
 *
 * The approved content of networks left out of the package travels in the manifest: they are approved public
 * posts. Hashes of them alone would not do, since the content hash is one SHA-256 over the canonical JSON of the
 * whole content (shared/approval/contentHash.ts), not a hash of per-network hashes.
 *
 * Deterministic: the same input gives the same bytes. Entries are written in a fixed order, and every entry's
 * modification time is `now` as wall-clock time in the organisation's zone (ZIP stores local time without a
 * zone; the value is built so that it does not depend on the zone of the computer, except inside an hour that
 * the computer's own zone skips at a DST change).
 */
import { TZDate } from '@date-fns/tz';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PublishedContent } from '../approval/contentHash';
import type { Channel } from '../model/channels';
import type { PublicKeyInfo } from '../model/profile';
import type { PostFormat } from '../model/variant';
import { assertTimeZone, ExportError } from './errors';
import { mediaFileName, postFolderBase, uniqueNamer } from './packageNames';
import { altTextsText, readmeText, type AltTextEntry } from './packageTexts';
import { byScheduledInstant, postVariants, type ExportApproval, type ExportPost } from './types';

export const PUBLISH_PACKAGE_FORMAT = 'civic-desk-publish-package';
export const PUBLISH_PACKAGE_VERSION = 3;
export const MANIFEST_FILE = 'manifest.json';
/** The exporter's signature over the exact bytes of manifest.json (packageSignature.ts). */
export const SIGNATURE_FILE = 'manifest.sig.json';
export const README_FILE = 'LIESMICH.txt';
export const ALT_TEXTS_FILE = 'alt-texts.txt';

/** The stored bytes of one medium and its sniffed MIME type. */
export interface PackageMedia {
  mimeType: string;
  bytes: Uint8Array;
}

export interface PublishPackageInput {
  posts: readonly ExportPost[];
  /** Media id (SHA-256 of the bytes) → bytes; every medium of every post must be here. */
  media: Readonly<Record<string, PackageMedia>>;
  timeZone: string;
  now: Date;
  /**
   * Hash every medium's bytes and refuse one that does not match its id (`mediaCorrupt`). Default true. With
   * false the id, which is the SHA-256 of the bytes by construction, goes into the manifest unhashed: for callers
   * whose storage already verified the bytes, since hashing is the slow part of a large package.
   */
  verifyMedia?: boolean;
  /** Lines appended to the read-me under "Hinweise" (e.g. images that could not be included). */
  readmeNotes?: readonly string[];
  /**
   * Who exports and signs (packageSignature.ts signs with this key): named in the manifest, so the signature
   * covers it. Absent: an unsigned package (`civic-desk export`, which holds no private key).
   */
  exporter?: PackageExporter;
}

/** The exporting profile as the manifest names it: its organisation (root key id), id, name and signing key. */
export interface PackageExporter {
  orgId: string;
  profileId: string;
  name: string;
  keyId: string;
  /** The signing key's public half (lets a verifier without the roster at least check the signature). */
  publicKey: PublicKeyInfo;
}

export interface ManifestNetwork {
  channel: Channel;
  format: PostFormat;
  textFile: string;
  /** Paths of the media for this network, in the order to upload them. */
  mediaFiles: string[];
}

export interface ManifestMedia {
  path: string;
  mediaId: string;
  mimeType: string;
  altText: string;
}

export interface ManifestPost {
  id: string;
  title: string;
  folder: string;
  scheduledAt: string | null;
  contentHash: string | null;
  /** The workflow revision the approvals are for (their statements name it), or null when not passed. */
  revision: number | null;
  approvals: ExportApproval[];
  networks: ManifestNetwork[];
  media: ManifestMedia[];
  /** What the approvers signed (`publishedContent` of the post), or null when the caller did not pass it. */
  approvedContent: PublishedContent | null;
  /** Networks of the approved content this package has no text for (the export chose other networks). */
  omittedChannels: Channel[];
  /** Media ids of the approved content this package has no file for (their bytes were missing at export). */
  omittedMedia: string[];
}

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface PublishManifest {
  format: typeof PUBLISH_PACKAGE_FORMAT;
  version: typeof PUBLISH_PACKAGE_VERSION;
  generatedAt: string;
  timeZone: string;
  /** Who exported and signed the package, or null for an unsigned one. */
  exporter: PackageExporter | null;
  posts: ManifestPost[];
  /** The notes of the read-me (`readmeNotes`), so that the read-me can be checked. */
  readmeNotes: string[];
  /** Every file of the ZIP except manifest.json and manifest.sig.json, in ZIP order. */
  files: ManifestFile[];
}

export interface PublishPackage {
  /** The ZIP without a signature (signPublishPackage adds manifest.sig.json). */
  zip: Uint8Array;
  manifest: PublishManifest;
  /** The exact bytes of manifest.json, which the signature covers. */
  manifestBytes: Uint8Array;
  /** The ZIP's entries in order (manifest.json first) and their time, to write it again with the signature. */
  parts: { zippable: Zippable; mtime: Date };
}

/** Already compressed formats are stored; text is deflated. */
const STORED = { level: 0 } as const;
const DEFLATED = { level: 6 } as const;

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** The medium's bytes and their SHA-256 (hashed and checked against the id unless `verifyMedia` is false). */
function mediaOf(
  input: PublishPackageInput,
  post: ExportPost,
  mediaId: string,
): PackageMedia & { sha256: string } {
  const found = Object.hasOwn(input.media, mediaId) ? input.media[mediaId] : undefined;
  if (found === undefined) throw new ExportError('mediaMissing', { postId: post.id, mediaId });
  if (input.verifyMedia === false) return { ...found, sha256: mediaId.toLowerCase() };
  const hash = sha256Hex(found.bytes);
  if (hash !== mediaId.toLowerCase()) throw new ExportError('mediaCorrupt', { postId: post.id, mediaId });
  return { ...found, sha256: hash };
}

/** A Date whose local fields are `now`'s wall-clock time in `timeZone` (fflate writes local fields). */
function zipTimestamp(now: Date, timeZone: string): Date {
  const zoned = new TZDate(now.getTime(), timeZone);
  const stamp = new Date(2000, 0, 1);
  stamp.setFullYear(zoned.getFullYear(), zoned.getMonth(), zoned.getDate());
  stamp.setHours(zoned.getHours(), zoned.getMinutes(), zoned.getSeconds(), 0);
  return stamp;
}

interface Entry {
  path: string;
  bytes: Uint8Array;
  compress: boolean;
  /** Known SHA-256 of `bytes` (media), so they are not hashed twice. */
  sha256?: string;
}

function postEntries(
  input: PublishPackageInput,
  post: ExportPost,
  folder: string,
): { entries: Entry[]; manifest: ManifestPost } {
  const entries: Entry[] = [];
  const variants = postVariants(post);
  const networks: ManifestNetwork[] = [];
  for (const { channel, variant } of variants) {
    const textFile = `${folder}/${channel}.txt`;
    entries.push({ path: textFile, bytes: strToU8(variant.text), compress: true });
    networks.push({ channel, format: variant.format, textFile, mediaFiles: [] });
  }
  const media: ManifestMedia[] = [];
  const altTexts: AltTextEntry[] = [];
  const pathById = new Map<string, string>();
  post.media.forEach((attachment, index) => {
    if (pathById.has(attachment.mediaId)) return;
    const found = mediaOf(input, post, attachment.mediaId);
    const file = mediaFileName(found.mimeType, index + 1);
    const path = `${folder}/${file}`;
    pathById.set(attachment.mediaId, path);
    entries.push({ path, bytes: found.bytes, compress: false, sha256: found.sha256 });
    media.push({ path, mediaId: attachment.mediaId, mimeType: found.mimeType, altText: attachment.altText });
    const channels = variants.filter(({ variant }) => variant.mediaIds.includes(attachment.mediaId));
    altTexts.push({ file, altText: attachment.altText, channels: channels.map(({ channel }) => channel) });
  });
  for (const network of networks) {
    const variant = variants.find(({ channel }) => channel === network.channel)?.variant;
    for (const mediaId of variant?.mediaIds ?? []) {
      const path = pathById.get(mediaId);
      if (path === undefined) throw new ExportError('mediaMissing', { postId: post.id, mediaId });
      network.mediaFiles.push(path);
    }
  }
  if (altTexts.length > 0) {
    entries.push({
      path: `${folder}/${ALT_TEXTS_FILE}`,
      bytes: strToU8(altTextsText(post.title, altTexts)),
      compress: true,
    });
  }
  const approvedContent = post.publishedContent ?? null;
  return {
    entries,
    manifest: {
      id: post.id,
      title: post.title,
      folder,
      scheduledAt: post.scheduledAt,
      contentHash: post.contentHash ?? null,
      revision: post.revision ?? null,
      approvals: (post.approvals ?? []).map((approval) => ({ ...approval })),
      networks,
      media,
      approvedContent,
      omittedChannels: (approvedContent?.channels ?? []).filter(
        (channel) => !networks.some((network) => network.channel === channel),
      ),
      omittedMedia: [...new Set((approvedContent?.media ?? []).map(({ id }) => id))].filter(
        (mediaId) => !pathById.has(mediaId),
      ),
    },
  };
}

/**
 * Builds the ZIP and its manifest. Throws `ExportError` `mediaMissing` when a medium's bytes are not passed and
 * `mediaCorrupt` when they do not hash to the medium's id.
 */
export function buildPublishPackage(input: PublishPackageInput): PublishPackage {
  assertTimeZone(input.timeZone);
  const nameFolder = uniqueNamer();
  const posts = [...input.posts].sort(byScheduledInstant);
  const entries: Entry[] = [];
  const manifestPosts: ManifestPost[] = [];
  for (const post of posts) {
    const built = postEntries(input, post, nameFolder(postFolderBase(post, input.timeZone)));
    entries.push(...built.entries);
    manifestPosts.push(built.manifest);
  }
  const readme = readmeText(
    manifestPosts.map(({ title, folder, scheduledAt, networks }) => ({
      title,
      folder,
      scheduledAt,
      networks,
    })),
    input.timeZone,
    input.now,
    input.readmeNotes,
  );
  entries.unshift({ path: README_FILE, bytes: strToU8(readme), compress: true });
  const manifest: PublishManifest = {
    format: PUBLISH_PACKAGE_FORMAT,
    version: PUBLISH_PACKAGE_VERSION,
    generatedAt: input.now.toISOString(),
    timeZone: input.timeZone,
    exporter: input.exporter === undefined ? null : { ...input.exporter },
    posts: manifestPosts,
    readmeNotes: [...(input.readmeNotes ?? [])],
    files: entries.map(({ path, bytes, sha256: known }) => ({
      path,
      sha256: known ?? sha256Hex(bytes),
      size: bytes.length,
    })),
  };
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const zippable: Zippable = { [MANIFEST_FILE]: [manifestBytes, DEFLATED] };
  for (const entry of entries) zippable[entry.path] = [entry.bytes, entry.compress ? DEFLATED : STORED];
  const mtime = zipTimestamp(input.now, input.timeZone);
  return { zip: zipSync(zippable, { mtime }), manifest, manifestBytes, parts: { zippable, mtime } };
}
