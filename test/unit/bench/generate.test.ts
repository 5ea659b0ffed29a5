import { describe, expect, it } from 'vitest';
import { benchCaption, generateImages, generatePosts, seededRandom } from '../../../bench/generate';
import { staticImportsOf } from '../../../bench/bundleSize';
import { CHANNELS } from '../../../shared/model/channels';
import { isPostStatus } from '../../../shared/model/post';

const SET = { seed: 7, count: 200, from: '2025-01-01', days: 3 * 365, timeZone: 'Europe/Berlin' };

describe('bench data', () => {
  it('gives the same numbers for the same seed and others for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('generates the same posts from the same seed', () => {
    expect(generatePosts(SET)).toEqual(generatePosts(SET));
    expect(generatePosts({ ...SET, seed: 8 })[0]?.title).not.toBe(generatePosts(SET)[0]?.title);
  });

  it('spreads posts over the period on the four networks with texts within each network’s range', () => {
    const posts = generatePosts(SET);
    expect(posts).toHaveLength(200);
    expect(new Set(posts.map((post) => post.id)).size).toBe(200);
    const days = posts.map((post) => post.scheduledAt?.slice(0, 10) ?? '');
    expect(days[0]).toBe('2025-01-01');
    expect(days.at(-1)?.startsWith('2027-12')).toBe(true);
    for (const post of posts) {
      expect(post.variants.map((variant) => variant.channel)).toEqual(post.channels);
      expect(post.channels.every((channel) => CHANNELS.includes(channel))).toBe(true);
      expect(isPostStatus(post.status)).toBe(true);
      expect(post.scheduledAtUtc?.endsWith('Z')).toBe(true);
      for (const variant of post.variants) {
        expect(variant.text.length).toBeLessThanOrEqual(variant.channel === 'x' ? 280 : 2200);
        expect(variant.text.length).toBeGreaterThan(50);
      }
    }
    expect(new Set(posts.flatMap((post) => post.channels))).toEqual(new Set(CHANNELS));
  });

  it('makes distinct small PNGs named by their SHA-256, the same for the same seed', () => {
    const images = generateImages(3, 5);
    expect(images.map((image) => image.meta.id)).toEqual(generateImages(3, 5).map((image) => image.meta.id));
    expect(new Set(images.map((image) => image.meta.id)).size).toBe(5);
    for (const image of images) {
      expect([...image.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(image.meta.id).toMatch(/^[0-9a-f]{64}$/);
      expect(image.meta.byteLength).toBe(image.bytes.length);
    }
  });

  it('writes a caption of exactly the asked length', () => {
    expect(benchCaption(1)).toHaveLength(2200);
    expect(benchCaption(1)).toBe(benchCaption(1));
  });

  it('follows static imports of a built chunk but not dynamic ones', () => {
    const code = 'import{a as b}from"./react-x.js";import"./side.js";const c=()=>import("./lazy.js");';
    expect(staticImportsOf('assets/index.js', code)).toEqual(['assets/react-x.js', 'assets/side.js']);
  });
});
