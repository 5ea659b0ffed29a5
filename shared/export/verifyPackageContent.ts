/**
 * The content check of a version 2 publish package: its manifest carries, per post, the content the approvers
 * signed (`approvedContent`, the post's `publishedContent`), so every file is checked against that content, not
 * against the manifest's own (unsigned) file hashes:
 *   - the approved content hashes to the post's content hash (the signatures are then checked over the hash of
 *     this content, in verifyPackage.ts, so changed approved content fails them); the manifest's time of the
 *     post is the approved time, and its folder name starts with it;
 *   - each network's text file is the approved variant's text, byte for byte as UTF-8 (publishPackage.ts writes
 *     it unchanged), in the approved format, with the approved media in the approved order;
 *   - the media in the package are the approved ones (each listed once, in order), each file hashing to the
 *     approved SHA-256; `alt-texts.txt` is exactly what publishPackage.ts writes for the approved alt texts;
 *   - networks and media of the approved content that the package has no file for are listed as left out
 *     (`omittedChannels`: the export chose other networks, fine; `omittedMedia`: the bytes were missing, a
 *     warning, since whoever posts needs them);
 *   - `LIESMICH.txt` is exactly what publishPackage.ts writes for the manifest's posts (times and networks, both
 *     checked against the approved content) and notes.
 * Version 2 leaves the titles, the rest of the folder names, the notes and the time zone unsigned; version 3
 * signs the whole manifest (packageSignature.ts), so these are covered by the exporter's signature.
 */
import { strToU8 } from 'fflate';
import { canonicalSha256 } from '../approval/webCrypto';
import { CHANNEL_NAMES, type Channel } from '../model/channels';
import { finding, hashOf, type PackageFindings } from './packageFindings';
import type { ReadApprovedContent, ReadManifestWithContent } from './packageManifest';
import { folderTimePrefix } from './packageNames';
import { altTextsText, readmeText, type AltTextEntry } from './packageTexts';
import { ALT_TEXTS_FILE, README_FILE } from './publishPackage';

type ManifestPost = ReadManifestWithContent['posts'][number];
type ApprovedVariant = ReadApprovedContent['variants'][number];

/** The content hash of approved content (RFC 8785 canonical JSON, SHA-256), or null when it has no JSON form. */
export function approvedContentHash(content: ReadApprovedContent): string | null {
  try {
    return canonicalSha256(content);
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function sameList(a: readonly (string | undefined)[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** What the checks of one post share. */
interface PostCheck {
  post: ManifestPost;
  content: ReadApprovedContent;
  files: ReadonlyMap<string, Uint8Array>;
  out: PackageFindings;
  /** Approved variant per channel (the first, as the app reads them). */
  variants: ReadonlyMap<Channel, ApprovedVariant>;
  /** Approved media: id → SHA-256 and alt text of its first listing. */
  media: ReadonlyMap<string, { sha256: string; altText: string }>;
  /** A file the post names is not in the package (reported by the file check): not confirmed. */
  incomplete: boolean;
}

function problem(check: PostCheck, message: string, path: string = check.post.folder): void {
  check.out.problems.push(finding('contentMismatch', message, { path, postId: check.post.id }));
}

/** Each network's text, format and media against its approved variant; the rest listed as left out. */
function checkNetworks(check: PostCheck): Set<Channel> {
  const { post, content, files } = check;
  const mediaIdByPath = new Map(post.media.map((media) => [media.path, media.mediaId]));
  const omittedMedia = new Set(post.omittedMedia);
  const written = new Set<Channel>();
  for (const network of post.networks) {
    const name = CHANNEL_NAMES[network.channel];
    const variant = content.channels.includes(network.channel)
      ? check.variants.get(network.channel)
      : undefined;
    if (variant === undefined || written.has(network.channel)) {
      const why = variant === undefined ? 'is not part of the approved content' : 'is in the package twice';
      problem(check, `${name} ${why} of "${post.title}"`, network.textFile);
      continue;
    }
    written.add(network.channel);
    if (network.format !== variant.format) {
      problem(
        check,
        `approved as ${variant.format} for ${name}, the manifest says ${network.format}`,
        network.textFile,
      );
    }
    const bytes = files.get(network.textFile);
    if (bytes === undefined) check.incomplete = true;
    else if (!sameBytes(bytes, strToU8(variant.text))) {
      problem(
        check,
        `the text for ${name} differs from the approved text of "${post.title}"`,
        network.textFile,
      );
    }
    const inPackage = network.mediaFiles.map((path) => mediaIdByPath.get(path));
    if (
      !sameList(
        inPackage,
        variant.mediaIds.filter((mediaId) => !omittedMedia.has(mediaId)),
      )
    ) {
      problem(check, `the images and videos for ${name} differ from the approved ones`, network.textFile);
    }
  }
  for (const channel of content.channels) {
    if (!written.has(channel) && !post.omittedChannels.includes(channel)) {
      const name = CHANNEL_NAMES[channel];
      problem(check, `approved for ${name}, but the package neither has its text nor lists it as left out`);
    }
  }
  for (const channel of post.omittedChannels) {
    if (written.has(channel) || !content.channels.includes(channel)) {
      const why = written.has(channel) ? 'but the package has its text' : 'but it is not approved for it';
      problem(check, `${CHANNEL_NAMES[channel]} is listed as left out of "${post.title}", ${why}`);
    }
  }
  return written;
}

/** The package's media list against the approved media: the same ids in order, bytes, alt texts. */
function checkMedia(check: PostCheck): void {
  const { post, files, out } = check;
  const omitted = new Set(post.omittedMedia);
  const expected = [...check.media.keys()].filter((mediaId) => !omitted.has(mediaId));
  const inPackage = post.media.map((media) => media.mediaId);
  if (!sameList(inPackage, expected)) {
    problem(check, `the images and videos of "${post.title}" in the package are not the approved ones`);
  }
  for (const media of post.media) {
    const approved = check.media.get(media.mediaId);
    const bytes = files.get(media.path);
    const hash = (approved?.sha256 ?? media.mediaId).toLowerCase();
    if (bytes === undefined) check.incomplete = true;
    else if (hashOf(bytes) !== hash) {
      const message = `does not hash to the SHA-256 the approval covers for media ${media.mediaId}`;
      out.problems.push(finding('mediaMismatch', message, { path: media.path, postId: post.id }));
    }
    if (approved !== undefined && approved.altText !== media.altText) {
      problem(check, 'the alt text in the manifest differs from the approved one', media.path);
    }
  }
  for (const mediaId of post.omittedMedia) {
    if (!check.media.has(mediaId)) {
      problem(
        check,
        `media ${mediaId} is listed as left out of "${post.title}", but it is not approved for it`,
      );
    } else if (!post.media.some((media) => media.mediaId === mediaId)) {
      const message =
        `an approved image or video of "${post.title}" (${mediaId.slice(0, 12)}) is not in the package: its ` +
        'file was missing at export; get it from the editorial team';
      out.warnings.push(finding('mediaOmitted', message, { path: post.folder, postId: post.id }));
    }
  }
}

/** `alt-texts.txt` rebuilt from the approved alt texts; its path when the post has one. */
function checkAltTexts(check: PostCheck, written: ReadonlySet<Channel>): string | null {
  const { post, files, out } = check;
  const entries: AltTextEntry[] = post.media.map((media) => ({
    file: media.path.slice(media.path.lastIndexOf('/') + 1),
    altText: check.media.get(media.mediaId)?.altText ?? media.altText,
    channels: post.networks
      .map((network) => network.channel)
      .filter(
        (channel) => written.has(channel) && check.variants.get(channel)?.mediaIds.includes(media.mediaId),
      ),
  }));
  if (entries.length === 0) return null;
  const path = `${post.folder}/${ALT_TEXTS_FILE}`;
  const bytes = files.get(path);
  if (bytes === undefined) {
    const message = `the package has no ${ALT_TEXTS_FILE} for "${post.title}"`;
    out.problems.push(finding('missingFile', message, { path, postId: post.id }));
  } else if (!sameBytes(bytes, strToU8(altTextsText(post.title, entries)))) {
    problem(check, `the alt texts differ from the approved ones of "${post.title}"`, path);
  }
  return path;
}

export interface ContentCheck {
  /** No problem with the post's files against its approved content. */
  confirmed: boolean;
  /** The hash of the approved content (what the signatures must cover), or null when there is none. */
  signedHash: string | null;
  /** The files the post accounts for (its texts, media and alt texts). */
  accounted: string[];
}

/** The folder name starts with the approved time in the package's zone (`2026-12-06_1100_…`). */
function folderShowsTime(folder: string, scheduledAtUtc: string | null, timeZone: string): boolean {
  try {
    return folder.startsWith(`${folderTimePrefix(scheduledAtUtc, timeZone)}_`);
  } catch {
    return false;
  }
}

/** `LIESMICH.txt` against the read-me publishPackage.ts writes for the manifest's posts and notes. */
export function checkReadme(
  manifest: ReadManifestWithContent,
  files: ReadonlyMap<string, Uint8Array>,
  out: PackageFindings,
): void {
  const bytes = files.get(README_FILE);
  if (bytes === undefined) {
    out.problems.push(finding('missingFile', `the package has no ${README_FILE}`, { path: README_FILE }));
    return;
  }
  let expected: string | null;
  try {
    const posts = manifest.posts.map(({ title, folder, scheduledAt, networks }) => ({
      title,
      folder,
      scheduledAt,
      networks: networks.map(({ channel, format }) => ({ channel, format })),
    }));
    expected = readmeText(posts, manifest.timeZone, new Date(manifest.generatedAt), manifest.readmeNotes);
  } catch {
    expected = null;
  }
  if (expected === null || !sameBytes(bytes, strToU8(expected))) {
    const message = 'the read-me differs from the one written for these posts (their times and networks)';
    out.problems.push(finding('contentMismatch', message, { path: README_FILE }));
  }
}

/** Checks one post's files against its approved content; problems and warnings go to `out`. */
export function checkApprovedContent(
  post: ManifestPost,
  timeZone: string,
  files: ReadonlyMap<string, Uint8Array>,
  out: PackageFindings,
): ContentCheck {
  const before = out.problems.length;
  const accounted = [
    ...post.networks.map((network) => network.textFile),
    ...post.media.map((media) => media.path),
  ];
  const content = post.approvedContent;
  if (content === null) {
    const message =
      `the manifest does not include the approved content of "${post.title}", so its files cannot be ` +
      'checked against the approval';
    out.problems.push(finding('contentMissing', message, { path: post.folder, postId: post.id }));
    return { confirmed: false, signedHash: null, accounted };
  }
  const signedHash = approvedContentHash(content);
  if (signedHash === null || signedHash !== post.contentHash) {
    const message = `the approved content of "${post.title}" in the manifest does not hash to its content hash`;
    out.problems.push(finding('contentHashMismatch', message, { path: post.folder, postId: post.id }));
  }
  const time = post.scheduledAt === null ? null : Date.parse(post.scheduledAt);
  const at = time === null || Number.isNaN(time) ? null : new Date(time).toISOString();
  if (at !== content.scheduledAtUtc || (post.scheduledAt !== null && at === null)) {
    const message = `the time of "${post.title}" in the manifest is not the approved time`;
    out.problems.push(finding('contentMismatch', message, { path: post.folder, postId: post.id }));
  } else if (!folderShowsTime(post.folder, content.scheduledAtUtc, timeZone)) {
    const message = `the folder name of "${post.title}" does not start with the approved time`;
    out.problems.push(finding('contentMismatch', message, { path: post.folder, postId: post.id }));
  }
  const variants = new Map<Channel, ApprovedVariant>();
  for (const variant of content.variants)
    if (!variants.has(variant.channel)) variants.set(variant.channel, variant);
  const media = new Map<string, { sha256: string; altText: string }>();
  for (const { id, sha256, altText } of content.media) if (!media.has(id)) media.set(id, { sha256, altText });
  const check: PostCheck = { post, content, files, out, variants, media, incomplete: false };
  const written = checkNetworks(check);
  checkMedia(check);
  const altTexts = checkAltTexts(check, written);
  if (altTexts !== null) accounted.push(altTexts);
  return { confirmed: out.problems.length === before && !check.incomplete, signedHash, accounted };
}
