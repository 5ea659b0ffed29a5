/**
 * Parts of other features that the composer draws, memoised so that a keystroke in a post's text does not
 * re-render them when nothing they show changed (issue 14: keystroke latency with long texts).
 */
import { memo } from 'react';
import type { Variant } from '../../../shared/model/variant';
import { MediaPanel, type MediaPanelProps } from '../media/MediaPanel';
import { SeriesPanel } from '../series/SeriesPanel';
import { TemplatePicker } from '../templates/TemplatePicker';

/** The same networks, formats and media choices: a variant's text is not shown in the media panel. */
export function sameVariantMedia(a: readonly Variant[], b: readonly Variant[]): boolean {
  if (a === b) return true;
  return (
    a.length === b.length &&
    a.every((variant, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        variant.channel === other.channel &&
        variant.format === other.format &&
        variant.mediaIds.length === other.mediaIds.length &&
        variant.mediaIds.every((id, at) => other.mediaIds[at] === id)
      );
    })
  );
}

/** Whether the media panel would draw and act the same: its content but the texts, and its handlers. */
export function sameMediaPanelProps(before: MediaPanelProps, after: MediaPanelProps): boolean {
  return (
    before.content.media === after.content.media &&
    before.content.channels === after.content.channels &&
    sameVariantMedia(before.content.variants, after.content.variants) &&
    before.publishDate === after.publishDate &&
    before.onAdd === after.onAdd &&
    before.onRemove === after.onRemove &&
    before.onAltText === after.onAltText &&
    before.onVariantMedia === after.onVariantMedia
  );
}

export const ComposerMediaPanel = memo(MediaPanel, sameMediaPanelProps);

/**
 * These act on the whole draft (a series from it, a template from its text), so they get the draft itself on
 * every change; memoised, they are not drawn again in the deferred render that follows a keystroke.
 */
export const ComposerSeriesPanel = memo(SeriesPanel);
export const ComposerTemplatePicker = memo(TemplatePicker);
