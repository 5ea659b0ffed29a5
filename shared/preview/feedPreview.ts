/** Pure pieces of the feed previews: avatar initials, image crop ratio, and whether a link card is shown. */
import type { AspectRatioRange, ResolvedLimits } from '../channels/limitTypes';
import type { Channel } from '../model/channels';
import type { MediaMeta } from '../model/media';
import type { PostFormat } from '../model/variant';

/** Up to two initials of the organisation's name, for the avatar drawn in place of a logo ("Stadt Musterhausen" → "SM"). */
export function initialsOf(name: string): string {
  const words = name
    .split(/[\s-]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word.length > 0);
  const letters = words.map((word) => {
    const first = word.codePointAt(0);
    return first === undefined ? '' : String.fromCodePoint(first);
  });
  const initials = letters.length > 1 ? [letters[0], letters[letters.length - 1]] : letters;
  return initials.join('').toLocaleUpperCase('de-DE');
}

function ratioOf(pair: readonly [number, number]): number {
  return pair[0] / pair[1];
}

/** Stories and reels fill the phone screen upright, 9:16, whatever the picture's own ratio. */
export const FULL_SCREEN_RATIO = 9 / 16;

/**
 * The width/height ratio the feed shows the image in: its own ratio, clamped into the network's allowed range
 * (Instagram crops a tall photo to 4:5); 9:16 for a story or reel. Null when the size is unknown.
 */
export function cropRatioFor(
  media: Pick<MediaMeta, 'width' | 'height' | 'kind'>,
  limits: ResolvedLimits,
  format: PostFormat = 'feed',
): number | null {
  if (format === 'story' || format === 'reel') return FULL_SCREEN_RATIO;
  if (media.width === null || media.height === null || media.height === 0) return null;
  const own = media.width / media.height;
  const range: AspectRatioRange | null = (
    media.kind === 'video' ? limits.videoAspectRatio : limits.imageAspectRatio
  )[format];
  if (range === null) return own;
  return Math.min(Math.max(own, ratioOf(range.min)), ratioOf(range.max));
}

export interface LinkCard {
  url: string;
  domain: string;
}

/**
 * The link card a network draws under the post: for the first link, when the network makes cards (not
 * Instagram, where links are not even clickable) and the post has no image or video of its own.
 */
export function linkCardFor(channel: Channel, urls: readonly string[], hasMedia: boolean): LinkCard | null {
  const first = urls[0];
  if (channel === 'instagram' || hasMedia || first === undefined) return null;
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/iu.exec(first)?.[1];
  if (host === undefined) return null;
  return { url: first, domain: host.toLowerCase().replace(/^www\./u, '') };
}
