import { describe, expect, it } from 'vitest';
import { resolveLimits } from '../channels/limits';
import { cropRatioFor, initialsOf, linkCardFor } from './feedPreview';

describe('feed preview pieces', () => {
  it.each([
    ['Stadt Musterhausen', 'SM'],
    ['Polizei Nordrhein-Westfalen', 'PW'],
    ['Bundesamt', 'B'],
    ['  ', ''],
    ['Ämter für „Bürgerdienste“', 'ÄB'],
  ])('initials of %s are %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('crops a tall photo to the network minimum ratio and keeps ratios inside the range', () => {
    const instagram = resolveLimits('instagram');
    const tall = { kind: 'image' as const, width: 1080, height: 1920 };
    const square = { kind: 'image' as const, width: 1080, height: 1080 };
    expect(cropRatioFor(tall, instagram)).toBeCloseTo(0.8, 5);
    expect(cropRatioFor(square, instagram)).toBe(1);
    expect(cropRatioFor({ kind: 'image', width: null, height: null }, instagram)).toBeNull();
  });

  it('shows a story or reel upright at 9:16, a carousel like the feed', () => {
    const instagram = resolveLimits('instagram');
    const square = { kind: 'image' as const, width: 1080, height: 1080 };
    expect(cropRatioFor(square, instagram, 'story')).toBeCloseTo(9 / 16, 5);
    expect(cropRatioFor(square, resolveLimits('facebook'), 'reel')).toBeCloseTo(9 / 16, 5);
    expect(cropRatioFor(square, instagram, 'carousel')).toBe(1);
    expect(cropRatioFor(square, instagram, 'feed')).toBe(1);
  });

  it('draws a link card for the first link, not on Instagram and not when the post has media', () => {
    expect(linkCardFor('linkedin', ['https://www.musterhausen.de/stellen?id=4'], false)).toEqual({
      url: 'https://www.musterhausen.de/stellen?id=4',
      domain: 'musterhausen.de',
    });
    expect(linkCardFor('x', ['bund.de/presse'], false)?.domain).toBe('bund.de');
    expect(linkCardFor('instagram', ['https://example.org'], false)).toBeNull();
    expect(linkCardFor('facebook', ['https://example.org'], true)).toBeNull();
    expect(linkCardFor('facebook', [], false)).toBeNull();
  });
});
