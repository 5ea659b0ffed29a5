import { describe, expect, it } from 'vitest';
import type { Channel } from '../model/channels';
import type { MediaMeta } from '../model/media';
import type { PostFormat } from '../model/variant';
import { DEFAULT_LIMIT_SETTINGS, type LimitSettings } from './limitSettings';
import { resolveLimits } from './limits';
import { BYTES_PER_MEGABYTE } from './limitTypes';
import { checkVariant, type LimitFinding } from './variantFindings';

const LENIENT: LimitSettings = {
  facebookTextLimit: 63206,
  instagramHashtagLimit: 30,
  instagramCarouselLimit: 20,
  instagramReelMaxSeconds: 900,
  linkedinAltTextLimit: 1000,
  linkedinImageMegabytes: 8,
};
const MB = BYTES_PER_MEGABYTE;

let serial = 0;
function image(overrides: Partial<MediaMeta> = {}): MediaMeta {
  serial += 1;
  return {
    id: `image${serial}`,
    kind: 'image',
    mimeType: 'image/jpeg',
    byteLength: 300_000,
    width: 1080,
    height: 1080,
    durationSeconds: null,
    fileName: `aufnahme-${serial}.jpg`,
    hasSubtitles: false,
    showsPeople: false,
    consentIds: [],
    createdAt: '2026-11-25T09:00:00.000Z',
    ...overrides,
  };
}
const video = (overrides: Partial<MediaMeta> = {}): MediaMeta =>
  image({
    kind: 'video',
    mimeType: 'video/mp4',
    width: 1080,
    height: 1920,
    durationSeconds: 30,
    hasSubtitles: true,
    fileName: `clip-${serial + 1}.mp4`,
    ...overrides,
  });

interface CheckOptions {
  format?: PostFormat;
  settings?: LimitSettings;
  /** Alt texts by media id; when not given, every item gets a good description. */
  altTexts?: Record<string, string>;
}
function check(channel: Channel, media: MediaMeta[], options: CheckOptions = {}): LimitFinding[] {
  const described = Object.fromEntries(media.map((item) => [item.id, 'Blick auf den Marktplatz im Sommer']));
  const input = {
    channel,
    format: options.format ?? 'feed',
    text: 'Hallo',
    media,
    altTexts: options.altTexts ?? described,
  };
  return checkVariant(input, resolveLimits(channel, options.settings ?? DEFAULT_LIMIT_SETTINGS));
}
/** Rule ids without the media id suffix. */
const rules = (findings: LimitFinding[]) => findings.map((finding) => finding.id.replace(/:.*$/u, ''));

describe('media set', () => {
  it('requires an image or video on Instagram only', () => {
    expect(rules(check('instagram', []))).toContain('instagram.media.required');
    expect(rules(check('instagram', [video({ durationSeconds: 20 })], { format: 'reel' }))).not.toContain(
      'instagram.media.required',
    );
    for (const channel of ['x', 'facebook', 'linkedin'] as const) expect(check(channel, [])).toEqual([]);
  });

  it.each([
    ['x', DEFAULT_LIMIT_SETTINGS, 4],
    ['instagram', DEFAULT_LIMIT_SETTINGS, 10],
    ['instagram', LENIENT, 20],
    ['facebook', DEFAULT_LIMIT_SETTINGS, 10],
    ['linkedin', DEFAULT_LIMIT_SETTINGS, 20],
  ] as const)('%s %# takes %i media items but not one more', (channel, settings, max) => {
    const images = Array.from({ length: max + 1 }, () => image());
    expect(rules(check(channel, images.slice(0, max), { settings }))).not.toContain(
      `${channel}.media.tooMany`,
    );
    const tooMany = check(channel, images, { settings }).find(
      (finding) => finding.id === `${channel}.media.tooMany`,
    );
    expect(tooMany).toMatchObject({ severity: 'error', params: { count: max + 1, max } });
  });

  it.each([
    ['x', true],
    ['linkedin', true],
    ['instagram', false],
    ['facebook', false],
  ] as const)('%s: a video next to an image is an error: %s', (channel, expected) => {
    expect(rules(check(channel, [video(), image()])).includes(`${channel}.media.videoNotAlone`)).toBe(
      expected,
    );
    expect(rules(check(channel, [video()]))).not.toContain(`${channel}.media.videoNotAlone`);
  });
});

describe('images', () => {
  it.each([
    ['x', 'image/webp', true],
    ['x', 'image/png', true],
    ['instagram', 'image/png', false],
    ['instagram', 'image/webp', false],
    ['instagram', 'image/jpeg', true],
    ['facebook', 'image/webp', true],
    ['linkedin', 'image/png', true],
  ] as const)('%s accepts %s: %s', (channel, mimeType, accepted) => {
    const findings = check(channel, [image({ mimeType })]);
    expect(rules(findings).includes(`${channel}.image.typeNotAccepted`)).toBe(!accepted);
    if (!accepted) expect(findings[0]?.params).toMatchObject({ accepted: 'JPEG', position: 1 });
  });

  it.each([
    ['x', DEFAULT_LIMIT_SETTINGS, 5 * MB],
    ['instagram', DEFAULT_LIMIT_SETTINGS, 8 * MB],
    ['linkedin', DEFAULT_LIMIT_SETTINGS, 5 * MB],
    ['linkedin', LENIENT, 8 * MB],
  ] as const)('%s %# takes %i bytes but not one more', (channel, settings, max) => {
    expect(rules(check(channel, [image({ byteLength: max })], { settings }))).not.toContain(
      `${channel}.image.tooLarge`,
    );
    const finding = check(channel, [image({ byteLength: max + 1 })], { settings })[0];
    expect(finding?.id).toMatch(new RegExp(`^${channel}\\.image\\.tooLarge:`, 'u'));
    expect(finding?.params).toMatchObject({ maxMegabytes: max / MB, sizeMegabytes: max / MB + 0.1 });
  });

  it('does not check sizes where no figure is known (Facebook)', () => {
    expect(check('facebook', [image({ byteLength: 200 * MB })])).toEqual([]);
  });

  it.each([
    [1080, 1350, true], // 4:5, the tallest allowed
    [1080, 1351, false],
    [1910, 1000, true], // 1.91:1, the widest allowed
    [1911, 1000, false],
    [1080, 1080, true],
    [1080, 1920, false], // 9:16
  ])('Instagram: an image of %i×%i is within 4:5 … 1.91:1: %s', (width, height, within) => {
    const findings = check('instagram', [image({ width, height })]);
    expect(rules(findings).includes('instagram.image.aspectRatioOutOfRange')).toBe(!within);
    if (!within) {
      const ratio = Math.round((width / height) * 1000) / 1000;
      expect(findings[0]?.params).toMatchObject({ width, height, ratio, min: 0.8, max: 1.91 });
    }
    for (const channel of ['x', 'facebook', 'linkedin'] as const) {
      expect(check(channel, [image({ width, height })])).toEqual([]);
    }
  });

  it.each([
    ['story', 1080, 1920, true], // 9:16, what a story is made for
    ['reel', 1080, 1920, true],
    ['story', 1080, 1350, true],
    ['story', 1910, 1000, true],
    ['story', 1080, 1921, false], // taller than 9:16
    ['story', 1911, 1000, false],
    ['carousel', 1080, 1920, false], // carousel images follow the feed's 4:5 … 1.91:1
    ['feed', 1080, 1920, false],
  ] as const)('Instagram %s: an image of %i×%i passes: %s', (format, width, height, within) => {
    const findings = check('instagram', [image({ width, height })], { format });
    expect(rules(findings).includes('instagram.image.aspectRatioOutOfRange')).toBe(!within);
    if (!within && format === 'story') {
      expect(findings[0]?.params).toMatchObject({ min: Math.round((9 / 16) * 1000) / 1000, max: 1.91 });
    }
  });

  it('skips the aspect ratio when the size is unknown', () => {
    expect(check('instagram', [image({ width: null, height: null })])).toEqual([]);
  });
});

describe('alt texts', () => {
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['absent', undefined],
  ])('an image whose alt text is %s is an error', (_name, altText) => {
    const photo = image();
    const altTexts = altText === undefined ? {} : { [photo.id]: altText };
    expect(check('facebook', [photo], { altTexts })).toEqual([
      {
        id: `facebook.image.altTextMissing:${photo.id}`,
        severity: 'error',
        messageKey: 'limits.altTextMissing',
        params: { network: 'Facebook', position: 1, fileName: photo.fileName },
        mediaId: photo.id,
      },
    ]);
  });

  it('does not ask for alt text on videos', () => {
    const clip = video();
    expect(rules(check('x', [clip], { altTexts: { [clip.id]: '' } }))).not.toContain(
      'x.image.altTextMissing',
    );
  });

  it.each([
    ['IMG_1234.jpg', true],
    ['foto.png', true],
    ['IMG_1234', true],
    ['DSC01234', true],
    ['Foto 3', true],
    ['sommerfest-2026.jpeg', true], // the media's own file name
    ['SOMMERFEST-2026', true], // its name without extension
    ['Die Bürgermeisterin eröffnet das Sommerfest', false],
    ['Foto vom Sommerfest 2026', false],
    ['Plakat: Sommerfest am 3.7.', false],
  ])('alt text %j is only a file name: %s', (altText, isFileName) => {
    const photo = image({ fileName: 'sommerfest-2026.jpeg' });
    const findings = check('linkedin', [photo], { altTexts: { [photo.id]: altText } });
    expect(rules(findings).includes('linkedin.image.altTextIsFileName')).toBe(isFileName);
  });

  it.each([
    ['x', DEFAULT_LIMIT_SETTINGS, 1000],
    ['facebook', DEFAULT_LIMIT_SETTINGS, 1000],
    ['instagram', DEFAULT_LIMIT_SETTINGS, 1000],
    ['linkedin', DEFAULT_LIMIT_SETTINGS, 256],
    ['linkedin', LENIENT, 1000],
  ] as const)('%s %# takes alt texts of %i characters but not one more', (channel, settings, max) => {
    const photo = image();
    const fits = check(channel, [photo], { settings, altTexts: { [photo.id]: 'ä'.repeat(max) } });
    expect(rules(fits)).not.toContain(`${channel}.image.altTextTooLong`);
    const tooLong = check(channel, [photo], {
      settings,
      altTexts: { [photo.id]: 'a\u0308'.repeat(max + 1) },
    });
    expect(
      tooLong.find((finding) => finding.id.startsWith(`${channel}.image.altTextTooLong`))?.params,
    ).toMatchObject({ used: max + 1, max });
  });
});

describe('videos', () => {
  it('warns about a video without subtitles', () => {
    const findings = check('facebook', [video({ hasSubtitles: false })]);
    expect(findings.map((finding) => [finding.id.replace(/:.*$/u, ''), finding.severity])).toEqual([
      ['facebook.video.noSubtitles', 'warning'],
    ]);
    expect(check('facebook', [video({ hasSubtitles: true })])).toEqual([]);
  });

  it.each([
    ['x', 'feed', DEFAULT_LIMIT_SETTINGS, 0.5, true],
    ['x', 'feed', DEFAULT_LIMIT_SETTINGS, 0.4, false],
    ['x', 'feed', DEFAULT_LIMIT_SETTINGS, 1200, true],
    ['x', 'feed', DEFAULT_LIMIT_SETTINGS, 1201, false],
    ['instagram', 'reel', DEFAULT_LIMIT_SETTINGS, 3, true],
    ['instagram', 'reel', DEFAULT_LIMIT_SETTINGS, 2.9, false],
    ['instagram', 'reel', DEFAULT_LIMIT_SETTINGS, 90, true],
    ['instagram', 'reel', DEFAULT_LIMIT_SETTINGS, 91, false],
    ['instagram', 'reel', LENIENT, 900, true],
    ['instagram', 'reel', LENIENT, 901, false],
    ['instagram', 'story', DEFAULT_LIMIT_SETTINGS, 901, true], // no figure for stories
    ['facebook', 'reel', DEFAULT_LIMIT_SETTINGS, 90, true],
    ['facebook', 'reel', DEFAULT_LIMIT_SETTINGS, 91, false],
    ['facebook', 'feed', DEFAULT_LIMIT_SETTINGS, 600, true], // the 3–90 s are for reels
    ['linkedin', 'feed', DEFAULT_LIMIT_SETTINGS, 3, true],
    ['linkedin', 'feed', DEFAULT_LIMIT_SETTINGS, 2.9, false],
    ['linkedin', 'feed', DEFAULT_LIMIT_SETTINGS, 1800, true],
    ['linkedin', 'feed', DEFAULT_LIMIT_SETTINGS, 1801, false],
  ] as const)('%s %s %#: %d s is allowed: %s', (channel, format, settings, seconds, allowed) => {
    const findings = check(channel, [video({ durationSeconds: seconds })], { format, settings });
    expect(rules(findings).includes(`${channel}.video.durationOutOfRange`)).toBe(!allowed);
  });

  it('skips the duration when it is unknown', () => {
    expect(check('x', [video({ durationSeconds: null })])).toEqual([]);
  });

  it.each([
    [1000, 2400, true], // 1:2.4
    [1000, 2401, false],
    [2400, 1000, true], // 2.4:1
    [2401, 1000, false],
    [1080, 1920, true],
  ])('LinkedIn: a video of %i×%i is within 1:2.4 … 2.4:1: %s', (width, height, within) => {
    const findings = check('linkedin', [video({ width, height })]);
    expect(rules(findings).includes('linkedin.video.aspectRatioOutOfRange')).toBe(!within);
  });
});
