import { describe, expect, it } from 'vitest';
import type { Consent, MediaMeta } from '../model/media';
import { CONSENT_STATUSES, consentSchema, mediaConsentProblems } from './consent';
import { inspectMediaFile, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from './inspect';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import { mediaMessagesDe, mediaMessagesEn, type MessageParams } from './messages';
import { imageTooLargeForNetworks } from './networkSize';
import { jpegFile, mp4File, pngFile } from './testFixtures';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const catalogues = { de: leaves(mediaMessagesDe), en: leaves(mediaMessagesEn) };
const lookup = (language: keyof typeof catalogues, messageKey: string): string | undefined =>
  catalogues[language].find(([key]) => `media.${key}` === messageKey)?.[1];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '');

/** Every message key the module produces, with the params it produces it with. */
async function producedMessages(): Promise<{ messageKey: string; params: MessageParams }[]> {
  const now = new Date('2026-11-25T09:00:00Z');
  const produced: { messageKey: string; params: MessageParams }[] = [];
  const bigImage = new Uint8Array(MAX_IMAGE_BYTES + 1);
  bigImage.set(pngFile(1, 1));
  const bigVideo = new Uint8Array(MAX_VIDEO_BYTES + 1);
  bigVideo.set(mp4File());
  for (const bytes of [new Uint8Array(3), jpegFile(8, 8).subarray(0, 30), bigImage, bigVideo]) {
    const result = await inspectMediaFile({ bytes, fileName: 'f.jpg', now });
    if (!result.ok) produced.push(result);
  }
  const media: MediaMeta = {
    ...{ id: 'm', kind: 'image', mimeType: 'image/png', byteLength: 1, width: 1, height: 1 },
    ...{ durationSeconds: null, fileName: 'f.png', hasSubtitles: false, createdAt: '2026-01-01T00:00:00Z' },
    showsPeople: true,
    consentIds: ['expired', 'withdrawn', 'future', 'missing'],
  };
  const base = { person: 'P', purpose: 'Social Media', validUntil: null, withdrawnOn: null };
  const consents: Consent[] = [
    { ...base, id: 'expired', givenOn: '2026-01-01', validUntil: '2026-01-31' },
    { ...base, id: 'withdrawn', givenOn: '2026-01-01', withdrawnOn: '2026-01-15' },
    { ...base, id: 'future', givenOn: '2026-12-01' },
  ];
  produced.push(...mediaConsentProblems(media, consents, '2026-06-01'));
  produced.push(...mediaConsentProblems({ ...media, consentIds: [] }, [], '2026-06-01'));
  const tooLargeForX = imageTooLargeForNetworks(
    { kind: 'image', byteLength: 6 * 1024 * 1024, fileName: 'f.jpg' },
    ['x'],
    DEFAULT_LIMIT_SETTINGS,
  );
  if (tooLargeForX) produced.push(tooLargeForX);
  return produced;
}

describe('media messages', () => {
  it('English has exactly the German keys, and no string is empty', () => {
    expect(catalogues.en.map(([key]) => key)).toEqual(catalogues.de.map(([key]) => key));
    for (const [, text] of [...catalogues.de, ...catalogues.en]) expect(text.trim()).not.toBe('');
  });

  it('has a text for every message the module produces, and the params every text uses', async () => {
    const produced = await producedMessages();
    const keys = new Set(produced.map((message) => message.messageKey));
    expect(keys.size).toBe(10);
    for (const { messageKey, params } of produced) {
      for (const language of ['de', 'en'] as const) {
        const text = lookup(language, messageKey);
        expect(text, `${language} ${messageKey}`).toBeTypeOf('string');
        for (const name of placeholders(text ?? ''))
          expect(params, `${messageKey} {{${name}}}`).toHaveProperty(name);
      }
    }
  });

  it('has a text for every consent status and every issue of the consent schema', () => {
    for (const status of CONSENT_STATUSES)
      expect(lookup('de', `media.consent.status.${status}`)).toBeDefined();
    const broken = [
      { id: '', person: '', purpose: '', givenOn: 'x', validUntil: 'y', withdrawnOn: null },
      {
        id: 'c',
        person: 'x'.repeat(300),
        purpose: 'y'.repeat(2000),
        givenOn: '2026-02-02',
        validUntil: null,
        withdrawnOn: null,
      },
      {
        id: 'c',
        person: 'P',
        purpose: 'Z',
        givenOn: '2026-02-02',
        validUntil: '2026-02-01',
        withdrawnOn: '2026-02-01',
      },
    ];
    const issueKeys = broken
      .flatMap((value) => consentSchema.safeParse(value).error?.issues ?? [])
      .map((i) => i.message);
    expect(issueKeys.length).toBeGreaterThan(6);
    for (const key of issueKeys) {
      expect(lookup('de', key), key).toBeDefined();
      expect(lookup('en', key), key).toBeDefined();
    }
  });

  it('addresses people formally in German and says what to do', () => {
    for (const [key, text] of catalogues.de) {
      expect(text, key).not.toMatch(/\b(du|dich|dir|dein\w*|euch|euer\w*|ihr)\b/i);
      if (!key.startsWith('consent.status.')) expect(text, key).toMatch(/Bitte .*\bSie\b|\bSie\b.*bitte/);
    }
    for (const [key, text] of catalogues.en) {
      if (!key.startsWith('consent.status.')) expect(text, key).toMatch(/Please /);
    }
  });
});
