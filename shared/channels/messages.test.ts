import { describe, expect, it } from 'vitest';
import type { MediaMeta } from '../model/media';
import { resolveLimits } from './limits';
import { BYTES_PER_MEGABYTE } from './limitTypes';
import { limitMessagesDe, limitMessagesEn, type LimitMessageKey } from './messages';
import { checkVariant, type LimitFinding, type VariantCheckInput } from './variantFindings';

/** Names used in `{{name}}` and `{{name, format}}` placeholders. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/gu)].map((match) => match[1] ?? '').sort();
}

const media = (id: string, overrides: Partial<MediaMeta>): MediaMeta => ({
  id,
  kind: 'image',
  mimeType: 'image/jpeg',
  byteLength: 100,
  width: 1000,
  height: 1000,
  durationSeconds: null,
  fileName: `${id}.jpg`,
  hasSubtitles: true,
  showsPeople: false,
  consentIds: [],
  createdAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});

/** Variants that together break every rule at least once. */
const BROKEN_VARIANTS: VariantCheckInput[] = [
  { channel: 'x', format: 'feed', text: `${'a'.repeat(300)}\uFEFF`, media: [], altTexts: {} },
  {
    channel: 'instagram',
    format: 'reel',
    text: `${'#Tag '.repeat(600)} https://berlin.de`,
    media: [
      media('png', { mimeType: 'image/png', byteLength: 9 * BYTES_PER_MEGABYTE, width: 1000, height: 2000 }),
      media('noalt', {}),
      media('filename', {}),
      media('longalt', {}),
      media('clip', { kind: 'video', mimeType: 'video/mp4', durationSeconds: 400, hasSubtitles: false }),
      ...Array.from({ length: 6 }, (_, index) => media(`extra${index}`, {})),
    ],
    altTexts: { png: 'Ein Plakat', filename: 'IMG_1234.jpg', longalt: 'a'.repeat(1001) },
  },
  { channel: 'instagram', format: 'feed', text: 'Hallo', media: [], altTexts: {} },
  {
    channel: 'linkedin',
    format: 'feed',
    text: 'Hallo',
    media: [media('v', { kind: 'video', mimeType: 'video/mp4' }), media('i', {})],
    altTexts: { i: 'Ein Foto vom Rathaus' },
  },
];
const findings: LimitFinding[] = BROKEN_VARIANTS.flatMap((input) =>
  checkVariant(input, resolveLimits(input.channel)),
);
const keys = Object.keys(limitMessagesDe) as LimitMessageKey[];

describe('limit messages', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(limitMessagesEn).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s uses the same placeholders in both languages', (key) => {
    expect(placeholders(limitMessagesEn[key])).toEqual(placeholders(limitMessagesDe[key]));
    expect(placeholders(limitMessagesDe[key]).length).toBeGreaterThan(0);
  });

  it.each(keys)('%s is produced by some finding (no dead texts)', (key) => {
    expect(findings.map((finding) => finding.messageKey)).toContain(`limits.${key}`);
  });

  it('get every placeholder filled by the finding parameters', () => {
    expect(findings.length).toBeGreaterThanOrEqual(keys.length);
    for (const finding of findings) {
      const key = finding.messageKey.replace(/^limits\./u, '') as LimitMessageKey;
      for (const name of placeholders(limitMessagesDe[key])) {
        expect(finding.params, `${finding.id} needs ${name}`).toHaveProperty(name);
      }
    }
  });

  it('address the reader formally in German', () => {
    for (const key of keys) {
      expect(limitMessagesDe[key], key).not.toMatch(/\b(du|dein|deine|dir|dich)\b/iu);
    }
    const asking = keys.filter((key) => /\b(Sie|Ihr|Ihre|Ihrem|Ihren)\b/u.test(limitMessagesDe[key]));
    expect(asking.length).toBeGreaterThan(keys.length / 2);
  });
});
