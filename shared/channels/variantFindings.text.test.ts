import { describe, expect, it } from 'vitest';
import type { Channel } from '../model/channels';
import type { MediaMeta } from '../model/media';
import { DEFAULT_LIMIT_SETTINGS, type LimitSettings } from './limitSettings';
import { resolveLimits } from './limits';
import { checkVariant, countersFor, type LimitFinding } from './variantFindings';

const LENIENT: LimitSettings = {
  facebookTextLimit: 63206,
  instagramHashtagLimit: 30,
  instagramCarouselLimit: 20,
  instagramReelMaxSeconds: 900,
  linkedinAltTextLimit: 1000,
  linkedinImageMegabytes: 8,
};

/** One fitting JPEG with alt text, so that Instagram's "needs an image" stays out of text tests. */
const PHOTO: MediaMeta = {
  id: 'a1b2',
  kind: 'image',
  mimeType: 'image/jpeg',
  byteLength: 200_000,
  width: 1080,
  height: 1080,
  durationSeconds: null,
  fileName: 'rathaus.jpg',
  hasSubtitles: false,
  showsPeople: false,
  consentIds: [],
  createdAt: '2026-11-25T09:00:00.000Z',
};

function check(
  channel: Channel,
  text: string,
  settings: LimitSettings = DEFAULT_LIMIT_SETTINGS,
): LimitFinding[] {
  const input = {
    channel,
    format: 'feed' as const,
    text,
    media: [PHOTO],
    altTexts: { [PHOTO.id]: 'Das Rathaus' },
  };
  return checkVariant(input, resolveLimits(channel, settings));
}
const find = (findings: LimitFinding[], id: string) => findings.find((finding) => finding.id === id);

describe('text length', () => {
  it.each([
    ['x', DEFAULT_LIMIT_SETTINGS, 280],
    ['instagram', DEFAULT_LIMIT_SETTINGS, 2200],
    ['facebook', DEFAULT_LIMIT_SETTINGS, 5000],
    ['facebook', LENIENT, 63206],
    ['linkedin', DEFAULT_LIMIT_SETTINGS, 3000],
  ] as const)('%s: %# fits at the limit (%i) and fails one above', (channel, settings, limit) => {
    expect(find(check(channel, 'a'.repeat(limit), settings), `${channel}.text.tooLong`)).toBeUndefined();
    const over = find(check(channel, 'a'.repeat(limit + 1), settings), `${channel}.text.tooLong`);
    expect(over).toMatchObject({ severity: 'error', range: { start: limit, end: limit + 1 } });
    expect(over?.params).toMatchObject({ used: limit + 1, max: limit, over: 1 });
  });

  it('explains the weighted count on X and highlights from the first character beyond it', () => {
    const text = `${'a'.repeat(270)} https://www.berlin.de/ \u{1F600}`;
    const finding = find(check('x', text), 'x.text.tooLong');
    expect(finding?.messageKey).toBe('limits.textTooLongWeighted');
    expect(finding?.params).toMatchObject({ used: 271 + 23 + 1 + 2, over: 17 });
    expect(finding?.range).toEqual({ start: 271, end: text.length });
    expect(find(check('facebook', 'a'.repeat(5001)), 'facebook.text.tooLong')?.messageKey).toBe(
      'limits.textTooLong',
    );
  });

  it('flags a byte order mark on X at its position', () => {
    const findings = check('x', 'Hallo\uFEFFWelt');
    expect(find(findings, 'x.text.invalidCharacter')).toMatchObject({
      severity: 'error',
      params: { codePoint: 'FEFF' },
      range: { start: 5, end: 6 },
    });
    expect(find(check('x', 'Hallo Welt'), 'x.text.invalidCharacter')).toBeUndefined();
  });
});

describe('"see more" cut', () => {
  it.each([
    ['instagram', 125],
    ['facebook', 477],
    ['linkedin', 210],
  ] as const)('%s warns above %i characters only', (channel, cut) => {
    expect(find(check(channel, 'a'.repeat(cut)), `${channel}.text.beyondSeeMore`)).toBeUndefined();
    const text = `${'a'.repeat(cut - 3)} und mehr`;
    const warning = find(check(channel, text), `${channel}.text.beyondSeeMore`);
    expect(warning).toMatchObject({
      severity: 'warning',
      params: { cut },
      range: { start: cut - 3, end: text.length },
    });
  });

  it('never warns on X', () => {
    expect(check('x', 'Wort '.repeat(50)).some((finding) => finding.id === 'x.text.beyondSeeMore')).toBe(
      false,
    );
  });
});

describe('hashtags', () => {
  const tags = (count: number) => Array.from({ length: count }, (_, index) => `#Thema${index + 1}`).join(' ');

  it.each([
    ['instagram', DEFAULT_LIMIT_SETTINGS, 5, false],
    ['instagram', DEFAULT_LIMIT_SETTINGS, 6, true],
    ['instagram', LENIENT, 30, false],
    ['instagram', LENIENT, 31, true],
    ['x', DEFAULT_LIMIT_SETTINGS, 40, false],
    ['facebook', DEFAULT_LIMIT_SETTINGS, 40, false],
    ['linkedin', DEFAULT_LIMIT_SETTINGS, 40, false],
  ] as const)('%s %# with %i hashtags: error %s', (channel, settings, count, expected) => {
    const text = `Heute im Rathaus. ${tags(count)}`;
    const finding = find(check(channel, text, settings), `${channel}.text.tooManyHashtags`);
    expect(finding !== undefined).toBe(expected);
    if (finding === undefined) return;
    const max = settings.instagramHashtagLimit;
    expect(finding.params).toMatchObject({ count, max });
    const firstExtra = `#Thema${max + 1}`;
    expect(finding.range).toEqual({ start: text.indexOf(firstExtra), end: text.length });
  });
});

describe('links', () => {
  const text = 'Alle Termine: https://www.berlin.de/termine und berlin.de/kita';
  it('warns on Instagram, where links are not clickable, and marks the first link', () => {
    const warning = find(check('instagram', text), 'instagram.text.linkNotClickable');
    const start = text.indexOf('https://');
    expect(warning).toMatchObject({ severity: 'warning', params: { count: 2 } });
    expect(warning?.range).toEqual({ start, end: start + 'https://www.berlin.de/termine'.length });
  });
  it.each(['x', 'facebook', 'linkedin'] as const)('stays quiet on %s', (channel) => {
    expect(check(channel, text).some((finding) => finding.id.endsWith('linkNotClickable'))).toBe(false);
  });
});

describe('findings', () => {
  it('have unique ids and name the network in their parameters', () => {
    const text = `${'#Tag '.repeat(500)} https://berlin.de \uFEFF`;
    for (const channel of ['x', 'instagram', 'facebook', 'linkedin'] as const) {
      const findings = check(channel, text);
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
      for (const finding of findings) expect(finding.id.startsWith(`${channel}.`)).toBe(true);
      for (const finding of findings) expect(typeof finding.params.network).toBe('string');
    }
  });

  it('refuses limits of another network', () => {
    const input = { channel: 'x' as const, format: 'feed' as const, text: 'Hallo', media: [], altTexts: {} };
    expect(() => checkVariant(input, resolveLimits('linkedin'))).toThrow(/linkedin/);
  });
});

describe('countersFor', () => {
  it.each([
    [
      'x',
      DEFAULT_LIMIT_SETTINGS,
      'Hallo \u{1F600} #Berlin https://berlin.de',
      6 + 2 + 1 + 7 + 1 + 23,
      280,
      1,
      null,
    ],
    ['instagram', DEFAULT_LIMIT_SETTINGS, '#Kita #Schule', 13, 2200, 2, 5],
    ['instagram', LENIENT, '#Kita #Schule', 13, 2200, 2, 30],
    ['facebook', LENIENT, 'Grüße', 5, 63206, 0, null],
    ['linkedin', DEFAULT_LIMIT_SETTINGS, 'a'.repeat(3010), 3010, 3000, 0, null],
  ] as const)('%s %#', (channel, settings, text, used, limit, hashtags, hashtagLimit) => {
    expect(countersFor(channel, text, resolveLimits(channel, settings))).toEqual({
      used,
      limit,
      remaining: limit - used,
      hashtags,
      hashtagLimit,
    });
  });
});
