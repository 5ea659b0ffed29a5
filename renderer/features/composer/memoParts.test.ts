import { describe, expect, it } from 'vitest';
import type { Variant } from '../../../shared/model/variant';
import type { VariantContent } from '../../../shared/model/postVariants';
import { withMasterText, withVariantMedia } from '../../../shared/model/postVariants';
import type { MediaPanelProps } from '../media/MediaPanel';
import { sameMediaPanelProps, sameVariantMedia } from './memoParts';

const variant = (channel: Variant['channel'], mediaIds: string[]): Variant => ({
  channel,
  format: 'feed',
  text: 'Hallo',
  mediaIds,
});

const content: VariantContent = {
  channels: ['facebook', 'instagram'],
  text: 'Hallo',
  variantsLinked: true,
  variants: [variant('facebook', ['a']), variant('instagram', ['a'])],
  media: [{ mediaId: 'a', altText: 'Rathaus' }],
};

const noop = () => undefined;
const props = (value: VariantContent, publishDate: string | null = '2026-12-08'): MediaPanelProps => ({
  content: value,
  publishDate,
  onAdd: noop,
  onRemove: noop,
  onAltText: noop,
  onVariantMedia: noop,
});

describe('sameMediaPanelProps', () => {
  it('treats a change of the texts only as the same', () => {
    const typed = withMasterText(content, 'Hallo Welt');
    expect(sameMediaPanelProps(props(content), props(typed))).toBe(true);
  });

  it('sees a changed media choice of a network, the media, the networks and the date', () => {
    const hidden = withVariantMedia(content, 'instagram', 'a', false);
    expect(sameMediaPanelProps(props(content), props(hidden))).toBe(false);
    expect(sameMediaPanelProps(props(content), props({ ...content, media: [] }))).toBe(false);
    expect(sameMediaPanelProps(props(content), props({ ...content, channels: ['facebook'] }))).toBe(false);
    expect(sameMediaPanelProps(props(content), props(content, null))).toBe(false);
  });

  it('sees a new handler', () => {
    expect(sameMediaPanelProps(props(content), { ...props(content), onAltText: () => undefined })).toBe(
      false,
    );
  });
});

describe('sameVariantMedia', () => {
  it('compares networks, formats and media ids, not texts', () => {
    const a = [variant('facebook', ['a', 'b'])];
    expect(sameVariantMedia(a, [{ ...variant('facebook', ['a', 'b']), text: 'anders' }])).toBe(true);
    expect(sameVariantMedia(a, [variant('facebook', ['b', 'a'])])).toBe(false);
    expect(sameVariantMedia(a, [variant('x', ['a', 'b'])])).toBe(false);
    expect(sameVariantMedia(a, [{ ...variant('facebook', ['a', 'b']), format: 'story' }])).toBe(false);
    expect(sameVariantMedia(a, [])).toBe(false);
  });
});
