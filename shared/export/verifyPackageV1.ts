/**
 * The content check of a version 1 publish package, whose manifest does not carry the approved content: the
 * post's texts, media, alt texts and time are rebuilt from the package's files and hashed. That rebuild cannot
 * succeed when the package was exported for only some of the post's networks (the approval covers all of them)
 * or when the post lists an image twice (written once), and the manifest is not signed, so a mismatch is only a
 * warning: version 1 content is only partly verifiable.
 */
import { strFromU8 } from 'fflate';
import type { PublishedContent } from '../approval/contentHash';
import { canonicalSha256 } from '../approval/webCrypto';
import { finding, hashOf, type PackageFindings, type PackageWarning } from './packageFindings';
import type { ReadManifestV1 } from './packageManifest';

type ManifestPost = ReadManifestV1['posts'][number];

export function partlyVerifiableWarning(): PackageWarning {
  return finding(
    'partlyVerifiable',
    'version 1: content only partly verifiable (the manifest does not carry the approved content, so texts ' +
      'and alt texts can be tied to the approvals only where the whole post was exported; export the package ' +
      'again with this version of Civic Desk to verify it fully)',
  );
}

/** The post's published content as the package has it, or null when the package does not hold all of it. */
function contentInPackage(
  post: ManifestPost,
  files: ReadonlyMap<string, Uint8Array>,
): PublishedContent | null {
  const mediaIdByPath = new Map(post.media.map((media) => [media.path, media.mediaId]));
  const variants: PublishedContent['variants'] = [];
  for (const network of post.networks) {
    const bytes = files.get(network.textFile);
    const mediaIds = network.mediaFiles.map((path) => mediaIdByPath.get(path));
    if (bytes === undefined || mediaIds.some((mediaId) => mediaId === undefined)) return null;
    variants.push({
      channel: network.channel,
      format: network.format,
      text: strFromU8(bytes),
      mediaIds: mediaIds.filter((mediaId) => mediaId !== undefined),
    });
  }
  let scheduledAtUtc: string | null = null;
  if (post.scheduledAt !== null) {
    const time = Date.parse(post.scheduledAt);
    if (Number.isNaN(time)) return null;
    scheduledAtUtc = new Date(time).toISOString();
  }
  return {
    channels: post.networks.map((network) => network.channel),
    variants,
    scheduledAtUtc,
    media: post.media.map((media) => ({ id: media.mediaId, sha256: media.mediaId, altText: media.altText })),
  };
}

/**
 * Media against their ids (problems), then the rebuilt content against the content hash (a warning when it does
 * not match). True when the post's content is confirmed.
 */
export function checkContentV1(
  post: ManifestPost,
  files: ReadonlyMap<string, Uint8Array>,
  out: PackageFindings,
): boolean {
  for (const media of post.media) {
    const bytes = files.get(media.path);
    if (bytes !== undefined && hashOf(bytes) !== media.mediaId.toLowerCase()) {
      const message = `does not hash to its media id ${media.mediaId}, which the approval covers`;
      out.problems.push(finding('mediaMismatch', message, { path: media.path, postId: post.id }));
    }
  }
  if (post.contentHash === null) return false;
  const content = contentInPackage(post, files);
  if (content !== null && canonicalSha256(content) === post.contentHash) return true;
  const message =
    `the texts, media, alt texts and time of "${post.title}" in the package do not hash to the approved ` +
    'content hash: either the package was exported for only some of its networks, or these files were changed ' +
    '(the manifest itself is not signed)';
  out.warnings.push(finding('contentNotConfirmed', message, { path: post.folder, postId: post.id }));
  return false;
}
