import { describe, expect, it } from 'vitest';
import {
  withAltText,
  withChannels,
  withMasterText,
  withMediaAdded,
  withMediaRemoved,
  withVariantFormat,
  withVariantMedia,
  withVariantsLinked,
  withVariantText,
  type VariantContent,
} from './postVariants';

const empty: VariantContent = { channels: [], text: 'Master', variants: [], variantsLinked: true, media: [] };

describe('post variants', () => {
  it('gives each chosen network a variant from the master, in the fixed order', () => {
    const content = withChannels(empty, ['x', 'linkedin', 'x']);
    expect(content.channels).toEqual(['linkedin', 'x']);
    expect(content.variants).toEqual([
      { channel: 'linkedin', format: 'feed', text: 'Master', mediaIds: [] },
      { channel: 'x', format: 'feed', text: 'Master', mediaIds: [] },
    ]);
  });

  it('keeps linked variants equal to the master, whichever text is edited', () => {
    const content = withChannels(empty, ['instagram', 'linkedin']);
    const viaVariant = withVariantText(content, 'instagram', 'Neu');
    expect(viaVariant.text).toBe('Neu');
    expect(viaVariant.variants.map((variant) => variant.text)).toEqual(['Neu', 'Neu']);
    expect(withMasterText(content, 'Auch neu').variants.map((variant) => variant.text)).toEqual([
      'Auch neu',
      'Auch neu',
    ]);
  });

  it('lets unlinked variants diverge, keeps them when networks change, and re-links to the master', () => {
    let content = withVariantsLinked(withChannels(empty, ['instagram', 'linkedin']), false);
    content = withVariantText(content, 'linkedin', 'Lange Fassung für LinkedIn');
    content = withMasterText(content, 'Neuer Master');
    // Fixed network order: LinkedIn before Instagram.
    expect(content.variants.map((variant) => variant.text)).toEqual(['Lange Fassung für LinkedIn', 'Master']);
    content = withChannels(content, ['linkedin', 'facebook']);
    expect(content.variants.map((variant) => [variant.channel, variant.text])).toEqual([
      ['linkedin', 'Lange Fassung für LinkedIn'],
      ['facebook', 'Neuer Master'],
    ]);
    const relinked = withVariantsLinked(content, true);
    expect(relinked.variants.map((variant) => variant.text)).toEqual(['Neuer Master', 'Neuer Master']);
  });

  it('accepts only the formats a network has', () => {
    const content = withChannels(empty, ['instagram', 'x']);
    expect(withVariantFormat(content, 'instagram', 'reel').variants[0]?.format).toBe('reel');
    expect(withVariantFormat(content, 'x', 'reel')).toBe(content);
  });

  it('adds media once to the post and every variant, with alt text per post, and can hide one per network', () => {
    let content = withChannels(empty, ['instagram', 'linkedin']);
    content = withMediaAdded(withMediaAdded(withMediaAdded(content, 'a'), 'b'), 'a');
    expect(content.media).toEqual([
      { mediaId: 'a', altText: '' },
      { mediaId: 'b', altText: '' },
    ]);
    content = withAltText(content, 'a', 'Rathaus im Schnee');
    expect(content.media[0]?.altText).toBe('Rathaus im Schnee');
    content = withVariantMedia(content, 'linkedin', 'a', false);
    expect(content.variants.map((variant) => [variant.channel, variant.mediaIds])).toEqual([
      ['linkedin', ['b']],
      ['instagram', ['a', 'b']],
    ]);
    content = withVariantMedia(content, 'linkedin', 'a', true);
    expect(content.variants[0]?.mediaIds).toEqual(['a', 'b']);
    content = withMediaRemoved(content, 'a');
    expect(content.media.map((item) => item.mediaId)).toEqual(['b']);
    expect(content.variants.map((variant) => variant.mediaIds)).toEqual([['b'], ['b']]);
  });
});
