/**
 * Pure rules for a post's variants: one per chosen network, starting from the master text; linked variants always
 * equal the master.
 */
import { CHANNELS, type Channel } from './channels';
import type { Post } from './post';
import { CHANNEL_FORMATS, type MediaAttachment, type PostFormat, type Variant } from './variant';

export type VariantContent = Pick<Post, 'channels' | 'text' | 'variants' | 'variantsLinked' | 'media'>;

function defaultFormat(channel: Channel): PostFormat {
  return CHANNEL_FORMATS[channel][0] ?? 'feed';
}

/** Sorts networks into the fixed order and drops duplicates. */
export function orderedChannels(channels: readonly Channel[]): Channel[] {
  return CHANNELS.filter((channel) => channels.includes(channel));
}

/** A fresh variant for `channel`: the master text and all of the post's media. */
export function newVariant(channel: Channel, text: string, media: readonly MediaAttachment[]): Variant {
  return { channel, format: defaultFormat(channel), text, mediaIds: media.map((item) => item.mediaId) };
}

/**
 * Variants for the chosen networks: existing ones are kept (with their own text unless linked), new networks get
 * a fresh variant from the master, dropped networks lose theirs.
 */
export function withChannels(content: VariantContent, channels: readonly Channel[]): VariantContent {
  const ordered = orderedChannels(channels);
  const variants = ordered.map((channel) => {
    const existing = content.variants.find((variant) => variant.channel === channel);
    if (!existing) return newVariant(channel, content.text, content.media);
    return content.variantsLinked ? { ...existing, text: content.text } : existing;
  });
  return { ...content, channels: ordered, variants };
}

/** Sets the master text; linked variants follow it. */
export function withMasterText(content: VariantContent, text: string): VariantContent {
  return {
    ...content,
    text,
    variants: content.variantsLinked
      ? content.variants.map((variant) => ({ ...variant, text }))
      : content.variants,
  };
}

/** Sets one network's text. While linked, that text becomes the master and every variant's text. */
export function withVariantText(content: VariantContent, channel: Channel, text: string): VariantContent {
  if (content.variantsLinked) return withMasterText(content, text);
  return {
    ...content,
    variants: content.variants.map((variant) =>
      variant.channel === channel ? { ...variant, text } : variant,
    ),
  };
}

export function withVariantFormat(
  content: VariantContent,
  channel: Channel,
  format: PostFormat,
): VariantContent {
  if (!CHANNEL_FORMATS[channel].includes(format)) return content;
  return {
    ...content,
    variants: content.variants.map((variant) =>
      variant.channel === channel ? { ...variant, format } : variant,
    ),
  };
}

/** Switches linking. Linking makes every variant equal to the master again; unlinking keeps the texts as they are. */
export function withVariantsLinked(content: VariantContent, linked: boolean): VariantContent {
  const next = { ...content, variantsLinked: linked };
  return linked ? withMasterText(next, content.text) : next;
}

/** Adds a medium to the post and to every variant (once). */
export function withMediaAdded(content: VariantContent, mediaId: string): VariantContent {
  if (content.media.some((item) => item.mediaId === mediaId)) return content;
  return {
    ...content,
    media: [...content.media, { mediaId, altText: '' }],
    variants: content.variants.map((variant) => ({ ...variant, mediaIds: [...variant.mediaIds, mediaId] })),
  };
}

export function withMediaRemoved(content: VariantContent, mediaId: string): VariantContent {
  return {
    ...content,
    media: content.media.filter((item) => item.mediaId !== mediaId),
    variants: content.variants.map((variant) => ({
      ...variant,
      mediaIds: variant.mediaIds.filter((id) => id !== mediaId),
    })),
  };
}

export function withAltText(content: VariantContent, mediaId: string, altText: string): VariantContent {
  return {
    ...content,
    media: content.media.map((item) => (item.mediaId === mediaId ? { ...item, altText } : item)),
  };
}

/** Shows or hides a medium in one network's variant. */
export function withVariantMedia(
  content: VariantContent,
  channel: Channel,
  mediaId: string,
  shown: boolean,
): VariantContent {
  const order = content.media.map((item) => item.mediaId);
  return {
    ...content,
    variants: content.variants.map((variant) => {
      if (variant.channel !== channel) return variant;
      const ids = shown
        ? [...new Set([...variant.mediaIds, mediaId])]
        : variant.mediaIds.filter((id) => id !== mediaId);
      return { ...variant, mediaIds: order.filter((id) => ids.includes(id)) };
    }),
  };
}
