import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import type { Variant } from '../model/variant';
import { checkPost, type PostCheckInput } from './engine';
import { CHECK_RULES } from './registry';
import { DEFAULT_CHECK_SETTINGS } from './types';

function input(variants: Variant[], crisis = false): PostCheckInput {
  return {
    variants,
    media: {},
    altTexts: {},
    crisis,
    settings: DEFAULT_CHECK_SETTINGS,
    limitSettings: DEFAULT_LIMIT_SETTINGS,
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
    const order = findings.map((finding) => ({ block: 0, warn: 1, info: 2 })[finding.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
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
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.boolean(), (text, crisis) => {
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
      }),
      { numRuns: 150 },
    );
  });
});
