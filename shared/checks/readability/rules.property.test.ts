import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, type CheckFinding, type CheckSettings } from '../types';
import { checkReadability, isNominalisation, readabilityRule } from './rules';

const run = (text: string, settings: Partial<CheckSettings> = {}): CheckFinding[] =>
  readabilityRule.run({
    channel: 'x',
    text,
    crisis: false,
    settings: { ...DEFAULT_CHECK_SETTINGS, ...settings },
  });

// 8 words, Amstad 3.81, Wiener Sachtextformel 19.85 (see formulas.test.ts).
const HARD = 'Die Inanspruchnahme der Leistungen erfordert eine vorherige Antragstellung. ';
// 11 words, Amstad 78.77.
const PLAIN = 'Das Amt ist heute geschlossen. Bitte kommen Sie am Montag wieder. ';

describe('reading ease', () => {
  it('warns for a hard text of at least 30 words, for the whole text', () => {
    const findings = run(HARD.repeat(4)).filter((f) => f.rule === 'readability.readingEase');
    expect(findings).toEqual([
      {
        id: 'readability.readingEase:0',
        rule: 'readability.readingEase',
        severity: 'warn',
        messageKey: 'checks.readability.readingEase',
        params: { score: 3.8, target: 50, grade: 19.8 },
        range: null,
        suggestion: null,
        source: expect.stringContaining('Amstad 1978') as unknown,
      },
    ]);
  });

  it('stays silent below 30 words, however hard the text', () => {
    expect(run(HARD.repeat(3)).filter((f) => f.rule === 'readability.readingEase')).toEqual([]);
  });

  it('stays silent for a plain text', () => {
    expect(run(PLAIN.repeat(3))).toEqual([]);
  });

  it('follows the organisation’s target', () => {
    expect(run(PLAIN.repeat(3), { readingEaseTarget: 80 }).map((f) => f.rule)).toEqual([
      'readability.readingEase',
    ]);
  });

  it('follows a network’s own target over the organisation’s (this text is on X)', () => {
    const rules = (settings: Partial<CheckSettings>) => run(PLAIN.repeat(3), settings).map((f) => f.rule);
    expect(rules({ readingEaseTargets: { x: 80 } })).toEqual(['readability.readingEase']);
    expect(rules({ readingEaseTargets: { linkedin: 80 } })).toEqual([]);
    expect(rules({ readingEaseTarget: 80, readingEaseTargets: { x: 40 } })).toEqual([]);
    const [finding] = run(HARD.repeat(4), { readingEaseTarget: 10, readingEaseTargets: { x: 30 } });
    expect(finding?.params['target']).toBe(30);
  });
});

describe('settings', () => {
  it('follows maxSentenceWords', () => {
    const text = 'Das Amt ist zu. Bitte kommen Sie am Montag wieder.';
    const findings = run(text, { maxSentenceWords: 5 });
    expect(findings.map((f) => [f.rule, f.range && text.slice(f.range.start, f.range.end)])).toEqual([
      ['readability.longSentence', 'Bitte kommen Sie am Montag wieder.'],
    ]);
    expect(run(text, { maxSentenceWords: 6 })).toEqual([]);
  });

  it('lists findings in text order with unique ids', () => {
    const text =
      'Gemäß der Satzung gilt ggf. Tempo 30. Sofern Sie Fragen haben, bzgl. der Regel, rufen Sie an.';
    const findings = run(text);
    const starts = findings.map((f) => f.range?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    expect(findings.map((f) => f.rule.replace('readability.', ''))).toEqual([
      'officeGerman',
      'abbreviation',
      'officeGerman',
      'abbreviation',
    ]);
  });

  it('yields nothing for empty or blank text', () => {
    expect(run('')).toEqual([]);
    expect(run(' \n\t ')).toEqual([]);
  });
});

const FRAGMENTS = [
  'Gemäß ',
  'z. B. ',
  'i.d.R. ',
  'Einwohnerversammlungsniederschriftenablage ',
  'Durchführung ',
  '24.12. ',
  'www.stadt.de/a.b ',
  '#Wahl ',
  '@Amt ',
  '🎉',
  '👍🏽',
  '\u{1F1E9}\u{1F1EA}',
  '\uD83D',
  '\n',
  '\r\n',
  '. ',
  '!',
  '?',
  '…',
  '-',
  '„',
  '“',
  'ß',
  'Ä',
  ' ',
  'a',
  '3.',
  'Nr.',
  'im Rahmen der ',
];

describe('property: the rule never throws and every range lies within the text', () => {
  const settings = fc.record({
    readingEaseTarget: fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 100 })),
    maxSentenceWords: fc.integer({ min: -3, max: 40 }),
    readingEaseTargets: fc.constantFrom({}, { x: 0 }, { x: 100 }, { linkedin: 30 }),
  });
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
  );

  it('holds for any string', () => {
    fc.assert(
      fc.property(text, settings, (value, custom) => {
        // The unwrapped function: the rule's safety net must not be what keeps this green.
        const findings = checkReadability({
          channel: 'x',
          text: value,
          crisis: false,
          settings: { ...DEFAULT_CHECK_SETTINGS, ...custom },
        });
        expect(
          readabilityRule.run({ channel: 'x', text: value, crisis: false, settings: DEFAULT_CHECK_SETTINGS }),
        ).toBeInstanceOf(Array);
        for (const finding of findings) {
          expect(finding.id.startsWith(finding.rule + ':')).toBe(true);
          expect(finding.messageKey.startsWith('checks.readability.')).toBe(true);
          if (finding.range === null) continue;
          expect(finding.range.start).toBeGreaterThanOrEqual(0);
          expect(finding.range.start).toBeLessThan(finding.range.end);
          expect(finding.range.end).toBeLessThanOrEqual(value.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('nominalisations', () => {
  // The definition: at least two letters, then -ung, -heit or -keit, optionally plural -en, at the word's end.
  const DEFINITION = /^(?:.*[^\p{L}])?\p{L}{2,}(?:ung|heit|keit)(?:en)?$/isu;
  const letters = fc.constantFrom(
    ...'abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ-'.split(''),
  );
  const ending = fc.constantFrom('', 'ung', 'heit', 'keit', 'ungen', 'heiten', 'keiten', 'UNG', 'Keit', 'en');

  it('matches exactly the words that end in a nominal suffix after two letters, at any length', () => {
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 200 }), ending, (chars, suffix) => {
        const word = chars.join('') + suffix;
        expect(isNominalisation(word)).toBe(DEFINITION.test(word));
      }),
      { numRuns: 2000 },
    );
    expect(
      ['Beteiligung', 'Freiheiten', 'Möglichkeit', 'Bürger-Beteiligungen'].map(isNominalisation),
    ).toEqual([true, true, true, true]);
    expect(['ung', 'Hung', 'Zeitung-', 'Heiterkeitsgefühl'].map(isNominalisation)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
