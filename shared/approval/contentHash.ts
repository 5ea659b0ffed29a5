/**
 * The content of a post as it goes out, and its hash: what an approver signs. Everything a reader of the channel
 * sees is in it; the desk's internal bookkeeping is not, so ticking a checklist item or moving a post to another
 * campaign does not void an approval, while any change to a text, an image, an alt text or the time does.
 *
 * Published: the channels; per variant its channel, format, text and media ids in order; the scheduled instant
 * (normalised to UTC, so the same instant written with another offset hashes the same); every attached media
 * item's id (the SHA-256 of its bytes) with its alt text, in order.
 *
 * Not published (deliberately left out): the title (a working title inside the desk, never posted), the master
 * text and `variantsLinked` (only the variants' texts go out), checks (ticks and overrides), campaign, category,
 * series link, template values, status, created/updated times, author and the post id.
 */
import type { Post } from '../model/post';
import type { PostFormat } from '../model/variant';
import type { Channel } from '../model/channels';
import { canonicalSha256 } from './webCrypto';

export interface PublishedVariant {
  channel: Channel;
  format: PostFormat;
  text: string;
  mediaIds: string[];
}

export interface PublishedMedia {
  id: string;
  /** SHA-256 of the bytes, lower-case hex: the id itself unless verified hashes were supplied. */
  sha256: string;
  altText: string;
}

export interface PublishedContent {
  channels: Channel[];
  variants: PublishedVariant[];
  /** ISO 8601 UTC instant with milliseconds (`Date#toISOString`), or null when not scheduled. */
  scheduledAtUtc: string | null;
  media: PublishedMedia[];
}

/** The media id → SHA-256 of the bytes, e.g. recomputed from the stored files before signing. */
export type MediaHashes = Readonly<Record<string, string>>;

function utcInstant(scheduledAt: string | null): string | null {
  if (scheduledAt === null) return null;
  const time = Date.parse(scheduledAt);
  if (Number.isNaN(time)) throw new RangeError(`Invalid scheduledAt: ${scheduledAt}`);
  return new Date(time).toISOString();
}

function mediaHash(mediaId: string, mediaHashes: MediaHashes | undefined): string {
  if (mediaHashes === undefined) return mediaId;
  const hash = Object.hasOwn(mediaHashes, mediaId) ? mediaHashes[mediaId] : undefined;
  if (hash === undefined) throw new RangeError(`No hash supplied for media ${mediaId}`);
  return hash.toLowerCase();
}

/**
 * Exactly what gets published. With `mediaHashes`, each media item carries the supplied hash of its bytes
 * (throws when one is missing); without it, the id stands for the hash it is by construction.
 */
export function publishedContent(post: Post, mediaHashes?: MediaHashes): PublishedContent {
  return {
    channels: [...post.channels],
    variants: post.variants.map((variant) => ({
      channel: variant.channel,
      format: variant.format,
      text: variant.text,
      mediaIds: [...variant.mediaIds],
    })),
    scheduledAtUtc: utcInstant(post.scheduledAt),
    media: post.media.map((attachment) => ({
      id: attachment.mediaId,
      sha256: mediaHash(attachment.mediaId, mediaHashes),
      altText: attachment.altText,
    })),
  };
}

/** Lower-case hex SHA-256 of the RFC 8785 canonical JSON of `publishedContent(post, mediaHashes)`. */
export function contentHash(post: Post, mediaHashes?: MediaHashes): string {
  return canonicalSha256(publishedContent(post, mediaHashes));
}
