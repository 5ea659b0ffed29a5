import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import type { Consent, MediaMeta } from '../model/media';
import type { Variant } from '../model/variant';
import { runCrisis } from './crisis/crisisRule';
import { checkPost, type PostCheckInput } from './engine';
import { findGenderIssues } from './gender/genderRule';
import { runPersonalData } from './personalData/personalDataRule';
import { checkReadability } from './readability/rules';
import { runTone } from './tone/toneRule';
import { CHECK_RULES } from './registry';
import { DEFAULT_CHECK_SETTINGS, GENDER_PROFILES, type CheckInput } from './types';

function input(variants: Variant[], crisis = false): PostCheckInput {
  return {
    variants,
    media: {},
    altTexts: {},
    crisis,
    settings: DEFAULT_CHECK_SETTINGS,
    limitSettings: DEFAULT_LIMIT_SETTINGS,
    consents: [],
    scheduledAt: null,
    timeZone: 'Europe/Berlin',
    now: new Date('2026-11-25T08:00:00Z'),
  };
}

const variant = (channel: Variant['channel'], text: string): Variant => ({
  channel,
  format: 'feed',
  text,
  mediaIds: [],
});

describe('check engine', () => {
  it('merges network limits and every rule family per variant, blocking findings first, ids unique', () => {
    const text = 'Liebe Bürger, ruft uns an: 030 1234567 😂';
    const findings = checkPost(input([variant('instagram', text), variant('x', text)], true), CHECK_RULES);
    const rules = new Set(findings.map((finding) => finding.rule));
    expect([...rules].some((rule) => rule.startsWith('limits.'))).toBe(true); // Instagram without an image
    expect([...rules].some((rule) => rule.startsWith('gender.'))).toBe(true);
    expect([...rules].some((rule) => rule.startsWith('personalData.'))).toBe(true);
    expect([...rules].some((rule) => rule.startsWith('crisis.'))).toBe(true);
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
    expect(findings.map((finding) => finding.channel)).toContain('x');
    // Every finding names where its rule comes from; a network's own limit names the network.
    for (const finding of findings) expect(finding.source, finding.rule).not.toBe('');
    const limit = findings.find((finding) => finding.rule.startsWith('limits.'));
    expect(limit?.source).toMatch(
      /^Vorgaben von Instagram \(Hilfe-Center des Netzwerks, Stand \d{4}-\d{2}\)$/u,
    );
    const order = findings.map((finding) => ({ block: 0, warn: 1, info: 2 })[finding.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('blocks an image without alt text or with a file name as alt text, and warns on a video without subtitles', () => {
    const meta = (id: string, kind: MediaMeta['kind'], fileName: string): MediaMeta => ({
      id,
      kind,
      mimeType: kind === 'image' ? 'image/jpeg' : 'video/mp4',
      byteLength: 200_000,
      width: 1080,
      height: 1080,
      durationSeconds: kind === 'video' ? 30 : null,
      fileName,
      hasSubtitles: false,
      showsPeople: false,
      consentIds: [],
      createdAt: '2026-11-01T09:00:00Z',
    });
    const media = {
      a: meta('a', 'image', 'IMG_1234.jpg'),
      b: meta('b', 'image', 'rathaus.jpg'),
      c: meta('c', 'video', 'sirene.mp4'),
    };
    const text = 'Das neue Rathaus ist fertig.';
    const run = (altTexts: Record<string, string>, ids: string[], severity = 'block') =>
      checkPost({ ...input([{ ...variant('facebook', text), mediaIds: ids }]), media, altTexts }, CHECK_RULES)
        .filter((finding) => finding.severity === severity)
        .map((finding) => finding.messageKey);
    expect(run({ a: '', b: 'IMG_1234.jpg' }, ['a', 'b'])).toEqual([
      'limits.altTextMissing',
      'limits.altTextIsFileName',
    ]);
    expect(run({ a: 'Das Rathaus mit Gerüst im Morgenlicht' }, ['a'])).toEqual([]);
    const [missing] = checkPost(
      { ...input([{ ...variant('facebook', text), mediaIds: ['a'] }]), media, altTexts: {} },
      CHECK_RULES,
    );
    expect(missing).toMatchObject({ rule: 'limits.image.altTextMissing', channel: 'facebook' });
    expect(missing?.source).toMatch(/^WCAG 2\.1 Erfolgskriterium 1\.1\.1/u);
    // A video without subtitles warns (the severity issue 3 gave it); it is listed with the other findings.
    expect(run({}, ['c'], 'warn')).toEqual(['limits.videoWithoutSubtitles']);
  });

  it("blocks each variant's image whose consent does not hold on the publishing day in the organisation's zone", () => {
    const portrait: MediaMeta = {
      id: 'portrait',
      kind: 'image',
      mimeType: 'image/jpeg',
      byteLength: 200_000,
      width: 1080,
      height: 1080,
      durationSeconds: null,
      fileName: 'buergermeisterin.jpg',
      hasSubtitles: false,
      showsPeople: true,
      consentIds: ['c1'],
      createdAt: '2026-11-01T09:00:00Z',
    };
    const consent: Consent = {
      id: 'c1',
      person: 'Erika Mustermann',
      purpose: 'Social Media',
      givenOn: '2026-11-01',
      validUntil: '2026-11-30',
      withdrawnOn: null,
    };
    const text = 'Die Bürgermeisterin lädt zur Sprechstunde ein.';
    const post = (
      scheduledAt: string | null,
      now: string,
      consents: Consent[] = [consent],
    ): PostCheckInput => ({
      ...input([
        { ...variant('facebook', text), mediaIds: ['portrait'] },
        { ...variant('instagram', text), mediaIds: ['portrait'] },
        variant('linkedin', text),
      ]),
      media: { portrait },
      altTexts: { portrait: 'Die Bürgermeisterin am Schreibtisch im Rathaus' },
      consents,
      scheduledAt,
      now: new Date(now),
    });
    const consentFindings = (checkInput: PostCheckInput) =>
      checkPost(checkInput, CHECK_RULES).filter((finding) => finding.rule.startsWith('consent.'));

    // 00:30 in Berlin on 1 December (still 30 November in UTC): expired there, on every network showing it.
    const expired = consentFindings(post('2026-12-01T00:30:00+01:00', '2026-11-20T08:00:00Z'));
    expect(expired.map((finding) => [finding.id, finding.severity, finding.channel])).toEqual([
      ['facebook.consent.consentExpired.portrait.c1', 'block', 'facebook'],
      ['instagram.consent.consentExpired.portrait.c1', 'block', 'instagram'],
    ]);
    expect(expired[0]).toMatchObject({
      messageKey: 'media.consent.problems.expired',
      params: { publishDate: '2026-12-01', person: 'Erika Mustermann' },
      source: 'DSGVO Art. 6(1)(a), Art. 7; KUG § 22',
    });
    // The same post one day earlier is fine.
    expect(consentFindings(post('2026-11-30T18:00:00+01:00', '2026-11-20T08:00:00Z'))).toEqual([]);
    // Unscheduled: today in Berlin counts, which at 23:30 UTC on 30 November is already 1 December.
    expect(consentFindings(post(null, '2026-11-30T22:30:00Z'))).toEqual([]);
    expect(consentFindings(post(null, '2026-11-30T23:30:00Z')).map((finding) => finding.rule)).toEqual([
      'consent.consentExpired',
      'consent.consentExpired',
    ]);
    // Without the consent in the register, the link points nowhere.
    expect(
      consentFindings(post('2026-11-20T10:00:00+01:00', '2026-11-20T08:00:00Z', [])).map(
        (finding) => finding.id,
      ),
    ).toEqual([
      'facebook.consent.consentNotFound.portrait.c1',
      'instagram.consent.consentNotFound.portrait.c1',
    ]);
    // Blocking findings come first in the engine's list.
    const all = checkPost(post('2026-12-01T00:30:00+01:00', '2026-11-20T08:00:00Z'), CHECK_RULES);
    expect(all.slice(0, 2).map((finding) => finding.rule)).toEqual([
      'consent.consentExpired',
      'consent.consentExpired',
    ]);
  });

  it('finds nothing to block in a plain, friendly post', () => {
    const findings = checkPost(
      input([
        variant(
          'facebook',
          'Das Bürgerbüro hat am Samstag von 9 bis 12 Uhr geöffnet. Wir freuen uns auf Sie.',
        ),
      ]),
      CHECK_RULES,
    );
    expect(findings.filter((finding) => finding.severity === 'block')).toEqual([]);
  });

  it('never throws and keeps every range inside its text, for any text', () => {
    fc.assert(
      fc.property(
        // Grapheme clusters (emoji, flags, combining marks) and any code units, lone surrogates included.
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
        fc.boolean(),
        (text, crisis) => {
          const findings = checkPost(
            input([variant('linkedin', text), variant('x', text)], crisis),
            CHECK_RULES,
          );
          return findings.every(
            (finding) =>
              finding.range === null ||
              (finding.range.start >= 0 &&
                finding.range.start < finding.range.end &&
                finding.range.end <= text.length),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('needs no safety net: no rule family throws on any text, under any profile or address', () => {
    const families: [string, (input: CheckInput) => unknown][] = [
      ['crisis', runCrisis],
      ['personalData', runPersonalData],
      ['gender', (input) => findGenderIssues(input.text, input.settings.genderProfile)],
      ['tone', runTone],
      ['readability', checkReadability],
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
        fc.constantFrom(...GENDER_PROFILES),
        fc.constantFrom('sie' as const, 'du' as const),
        fc.constantFrom('linkedin' as const, 'instagram' as const, 'x' as const),
        (text, genderProfile, address, channel) => {
          const settings = { ...DEFAULT_CHECK_SETTINGS, genderProfile, address, allowList: ['030 9018-0'] };
          for (const [, run] of families) run({ channel, text, crisis: true, settings });
        },
      ),
      { numRuns: 150 },
    );
  });
});
