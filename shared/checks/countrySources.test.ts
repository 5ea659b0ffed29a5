/** Findings name the organisation's own law: revDSG and Art. 28 ZGB in CH, DSG and § 78 UrhG in AT, DSGVO/KUG in DE. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import type { MediaMeta } from '../model/media';
import type { Country } from '../model/settings';
import { checkPost, type PostCheckInput, type PostFinding } from './engine';
import { countrySource } from './countrySources';
import { CHECK_RULES } from './registry';
import { DEFAULT_CHECK_SETTINGS } from './types';

/** A photo of people without a consent and without alt text; a text with a masculine generic and a phone number. */
const PHOTO: MediaMeta = {
  id: 'photo',
  kind: 'image',
  mimeType: 'image/jpeg',
  byteLength: 200_000,
  width: 1080,
  height: 1080,
  durationSeconds: null,
  fileName: 'fest.jpg',
  hasSubtitles: false,
  showsPeople: true,
  consentIds: [],
  createdAt: '2026-11-01T09:00:00Z',
};

function findings(country: Country | undefined): PostFinding[] {
  const input: PostCheckInput = {
    variants: [
      {
        channel: 'facebook',
        format: 'feed',
        text: 'Liebe Bürger, Frau Meier erreichen Sie unter 0171 2345678.',
        mediaIds: ['photo'],
      },
    ],
    media: { photo: PHOTO },
    altTexts: {},
    crisis: false,
    settings: DEFAULT_CHECK_SETTINGS,
    limitSettings: DEFAULT_LIMIT_SETTINGS,
    consents: [],
    scheduledAt: null,
    timeZone: 'Europe/Zurich',
    now: new Date('2026-11-25T08:00:00Z'),
  };
  return checkPost(country === undefined ? input : { ...input, country }, CHECK_RULES);
}

function sourceOf(list: PostFinding[], rulePrefix: string): string {
  const found = list.find((finding) => finding.rule.startsWith(rulePrefix));
  if (found === undefined) throw new Error(`no ${rulePrefix} finding`);
  return found.source;
}

describe('sources by country', () => {
  it('names revDSG and Art. 28 ZGB for a Swiss organisation, never DSGVO, BDSG, KUG or BITV', () => {
    const swiss = findings('CH');
    expect(sourceOf(swiss, 'personalData.')).toContain('revDSG');
    expect(sourceOf(swiss, 'personalData.')).toContain('SR 235.1');
    expect(sourceOf(swiss, 'consent.')).toContain('revDSG');
    expect(sourceOf(swiss, 'consent.')).toContain('Art. 28 ZGB');
    expect(sourceOf(swiss, 'limits.image.altTextMissing')).toMatch(/WCAG 2\.1.*BehiG.*eCH-0059/u);
    expect(sourceOf(swiss, 'gender.')).toContain('Schweizerische Bundeskanzlei, Weisung vom 15.06.2021');
    expect(sourceOf(swiss, 'gender.')).not.toContain('Bayern');
    for (const finding of swiss) {
      expect(finding.source, finding.rule).not.toMatch(/DSGVO|BDSG|KUG|BITV|\bBMI\b/u);
      expect(finding.source, finding.rule).not.toContain('ß');
    }
  });

  it('names DSGVO with the Austrian DSG, § 78 UrhG and the WZG for an Austrian organisation', () => {
    const austrian = findings('AT');
    expect(sourceOf(austrian, 'personalData.')).toMatch(/^DSGVO .*; DSG$/u);
    expect(sourceOf(austrian, 'consent.')).toContain('§ 78 UrhG');
    expect(sourceOf(austrian, 'limits.image.altTextMissing')).toContain('Web-Zugänglichkeits-Gesetz (WZG)');
    for (const finding of austrian) expect(finding.source, finding.rule).not.toMatch(/KUG|BITV|\bBMI\b/u);
  });

  it('keeps DSGVO, KUG and BITV 2.0 for a German organisation, also when no country is given', () => {
    for (const german of [findings('DE'), findings(undefined)]) {
      expect(sourceOf(german, 'personalData.')).toContain('DSGVO');
      expect(sourceOf(german, 'consent.')).toContain('KUG § 22');
      expect(sourceOf(german, 'consent.')).not.toMatch(/revDSG|ZGB|UrhG/u);
      expect(sourceOf(german, 'limits.image.altTextMissing')).toContain('BITV 2.0');
      expect(sourceOf(german, 'gender.')).toContain('Bayern AGO');
    }
  });

  it('names Swiss federal guidance instead of the BMI guide for a Swiss crisis post', () => {
    expect(sourceOf(checkCrisis('CH'), 'crisis.')).toContain('Bundeskanzlei');
    expect(sourceOf(checkCrisis('DE'), 'crisis.')).toBe('BMI Leitfaden Krisenkommunikation 2014');
    expect(sourceOf(checkCrisis('AT'), 'crisis.')).toContain('deutschen Bundesministeriums des Innern');
  });

  it('replaces the Leichte Sprache source of the readability rules, keeping what the rule asks for', () => {
    const german = 'BITV 2.0 Anlage 2 Teil 2 (Leichte Sprache): kurze Sätze';
    expect(countrySource(german, 'CH')).toMatch(/^Leichte Sprache \(WCAG 2\.1 .*eCH-0059.*\): kurze Sätze$/u);
    expect(countrySource(german, 'AT')).toMatch(/^Leichte Sprache \(WCAG 2\.1 .*WZG\): kurze Sätze$/u);
    expect(countrySource(german, 'DE')).toBe(german);
    expect(countrySource('Amstad 1978', 'CH')).toBe('Amstad 1978');
  });
});

function checkCrisis(country: Country): PostFinding[] {
  return checkPost(
    {
      variants: [{ channel: 'x', format: 'feed', text: 'Stromausfall im Westen 😂', mediaIds: [] }],
      media: {},
      altTexts: {},
      crisis: true,
      settings: DEFAULT_CHECK_SETTINGS,
      limitSettings: DEFAULT_LIMIT_SETTINGS,
      consents: [],
      scheduledAt: null,
      timeZone: 'Europe/Zurich',
      now: new Date('2026-11-25T08:00:00Z'),
      country,
    },
    CHECK_RULES,
  );
}
