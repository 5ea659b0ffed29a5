/**
 * A post has a master text and one variant per chosen network. Variants start as copies of the master and may
 * diverge; while `variantsLinked` is on, every variant follows the master.
 */
import type { Channel } from './channels';

/** How a network shows the post. Not every network has every format (see CHANNEL_FORMATS). */
export const POST_FORMATS = ['feed', 'story', 'reel', 'carousel'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

export const CHANNEL_FORMATS: Record<Channel, readonly PostFormat[]> = {
  linkedin: ['feed'],
  facebook: ['feed', 'story', 'reel'],
  instagram: ['feed', 'carousel', 'story', 'reel'],
  x: ['feed'],
};

/** One image or video attached to a post, with the post's own alt text for it. */
export interface MediaAttachment {
  /** Id of the media record: the SHA-256 of its bytes, lower-case hex. */
  mediaId: string;
  /** Alt text for this image in this post (empty until written). */
  altText: string;
}

export interface Variant {
  channel: Channel;
  format: PostFormat;
  text: string;
  /** Which of the post's media this variant shows, in order (ids from the post's `media`). */
  mediaIds: string[];
}
