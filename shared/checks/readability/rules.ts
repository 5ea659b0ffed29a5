/**
 * The readability rule family: reading ease of the whole text, long sentences, very long words, noun style,
 * unexplained abbreviations and office German. Findings carry UTF-16 ranges into the text and stable ids
 * (`<rule>:<start>`; whole-text findings use start 0). Never throws: bad input yields no finding.
 */
import type { CheckFinding, CheckInput, CheckRule, Severity, TextRange } from '../types';
import { fleschAmstad, letterCount, statsForWords, wienerSachtextformel1 } from './formulas';
import { unexplainedAcronyms } from './acronyms';
import { ABBREVIATION_ENTRIES, OFFICE_GERMAN_ENTRIES, type LexiconEntry } from './lexicon';
import { isHardShortText, shortTextEase } from './shortText';
import { ignoredSpans, overlapsAny, splitSentences, type Sentence } from './text';

export const READABILITY_RULES = [
  'readingEase',
  'shortText',
  'longSentence',
  'longWord',
  'nounStyle',
  'abbreviation',
  'acronym',
  'officeGerman',
] as const;
export type ReadabilityRuleName = (typeof READABILITY_RULES)[number];

/** Reading ease is only meaningful for texts of at least this many words. */
export const MIN_WORDS_FOR_READING_EASE = 30;
/** Words with more letters than this (in one hyphen-free part) are flagged. */
export const MAX_WORD_LETTERS = 20;
/** More nominalisations (-ung, -heit, -keit) than this in one sentence are flagged. */
export const MAX_NOMINALISATIONS = 3;

const SOURCES: Record<ReadabilityRuleName, string> = {
  readingEase:
    'Amstad 1978 (Flesch-Lesbarkeitsindex für Deutsch); Bamberger & Vanecek 1984 (Wiener Sachtextformel)',
  shortText:
    'Björnsson 1968 (LIX, Lesbarkeitsindex für kurze Texte); BBB-Arbeitshandbuch „Bürgernahe Verwaltungssprache“ ' +
    '(Bundesverwaltungsamt): Verben statt Substantive',
  longSentence: 'BITV 2.0 Anlage 2 Teil 2 (Leichte Sprache): kurze Sätze',
  longWord: 'BITV 2.0 Anlage 2 Teil 2 (Leichte Sprache): lange Wörter gliedern',
  nounStyle:
    'BBB-Arbeitshandbuch „Bürgernahe Verwaltungssprache“ (Bundesverwaltungsamt): Verben statt Substantive',
  abbreviation: 'BITV 2.0 Anlage 2 Teil 2 (Leichte Sprache): Abkürzungen vermeiden',
  acronym: 'BITV 2.0 Anlage 2 Teil 2 (Leichte Sprache): Abkürzungen vermeiden oder beim ersten Mal erklären',
  officeGerman: 'BBB-Arbeitshandbuch „Bürgernahe Verwaltungssprache“ (Bundesverwaltungsamt)',
};

/** Two letters before "-ung", "-heit" or "-keit" (plural "-en") at the end of a word. */
const NOMINALISATION_END = /\p{L}{2}(?:ung|heit|keit)(?:en)?$/iu;
/** The longest ending the pattern needs to see: two letters and "keiten". */
const NOMINALISATION_TAIL = 8;

/**
 * Whether a word is a nominalisation. Only the word's end is matched: the pattern on the whole word was tried from
 * each of its letters, quadratic in the word's length (a word of 40,000 letters took 1.7 s).
 */
export function isNominalisation(word: string): boolean {
  return NOMINALISATION_END.test(word.slice(-NOMINALISATION_TAIL));
}

interface FindingInput {
  rule: ReadabilityRuleName;
  severity: Severity;
  range: TextRange | null;
  params: Record<string, string | number>;
  suggestion?: string | null;
}

function finding({ rule, severity, range, params, suggestion = null }: FindingInput): CheckFinding {
  const name = `readability.${rule}`;
  return {
    id: `${name}:${range?.start ?? 0}`,
    rule: name,
    severity,
    messageKey: `checks.${name}`,
    params,
    range: range === null ? null : { start: range.start, end: range.end },
    suggestion,
    source: SOURCES[rule],
  };
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

function readingEase(sentences: readonly Sentence[], target: number): CheckFinding[] {
  const words = sentences.flatMap((sentence) => sentence.words.map((word) => word.text));
  if (words.length < MIN_WORDS_FOR_READING_EASE) return [];
  const stats = statsForWords(words, sentences.length);
  const score = fleschAmstad(stats);
  const grade = wienerSachtextformel1(stats);
  if (score === null || grade === null || !Number.isFinite(target) || score >= target) return [];
  const params = { score: round1(score), target, grade: round1(grade) };
  return [finding({ rule: 'readingEase', severity: 'warn', range: null, params })];
}

/** Texts too short for the formulas: the LIX and the count of noun-style and office-German forms (shortText.ts). */
function shortText(text: string, sentences: readonly Sentence[]): CheckFinding[] {
  const ease = shortTextEase(text, sentences, MIN_WORDS_FOR_READING_EASE, isNominalisation);
  if (ease === null || !isHardShortText(ease)) return [];
  const params = { lix: ease.lix, forms: ease.officialForms, words: ease.words };
  return [finding({ rule: 'shortText', severity: 'warn', range: null, params })];
}

function longSentences(sentences: readonly Sentence[], max: number): CheckFinding[] {
  return sentences
    .filter((sentence) => sentence.words.length > max)
    .map((sentence) =>
      finding({
        rule: 'longSentence',
        severity: 'warn',
        range: sentence,
        params: { count: sentence.words.length, max },
      }),
    );
}

function longWords(sentences: readonly Sentence[]): CheckFinding[] {
  return sentences.flatMap((sentence) =>
    sentence.words
      // A word no longer than the limit cannot have a longer letter run: most words stop at the length test.
      .filter(
        (word) =>
          word.text.length > MAX_WORD_LETTERS &&
          word.text.split(/[^\p{L}]+/u).some((part) => letterCount(part) > MAX_WORD_LETTERS),
      )
      .map((word) =>
        finding({
          rule: 'longWord',
          severity: 'info',
          range: word,
          params: { word: word.text, letters: letterCount(word.text), max: MAX_WORD_LETTERS },
        }),
      ),
  );
}

function nounStyle(sentences: readonly Sentence[]): CheckFinding[] {
  return sentences.flatMap((sentence) => {
    const nouns = sentence.words.filter((word) => isNominalisation(word.text));
    if (nouns.length <= MAX_NOMINALISATIONS) return [];
    const params = { count: nouns.length, words: nouns.map((word) => word.text).join(', ') };
    return [finding({ rule: 'nounStyle', severity: 'info', range: sentence, params })];
  });
}

/** A suggestion in the case of the matched text: capitalised when the match starts with a capital letter. */
function matchCase(matched: string, suggestion: string): string {
  const first = matched.charAt(0);
  if (first === '' || first === first.toLowerCase()) return suggestion;
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}

const compiled = new Map<LexiconEntry, RegExp>();
function entryRegExp(entry: LexiconEntry): RegExp {
  let regExp = compiled.get(entry);
  if (regExp === undefined) {
    regExp = new RegExp(`(?<![\\p{L}\\p{N}])(?:${entry.pattern})(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(entry, regExp);
  }
  return regExp;
}

function lexiconFindings(
  text: string,
  entries: readonly LexiconEntry[],
  rule: 'abbreviation' | 'officeGerman',
  severity: Severity,
  skip: readonly TextRange[],
): CheckFinding[] {
  const byStart = new Map<number, CheckFinding>();
  const lowerText = text.toLowerCase();
  for (const entry of entries) {
    // An abbreviation spelled out elsewhere in the text ("zum Beispiel (z. B.)") is explained.
    if (rule === 'abbreviation' && lowerText.includes(entry.suggestion.toLowerCase())) continue;
    for (const match of text.matchAll(entryRegExp(entry))) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (range.end <= range.start || overlapsAny(range, skip) || byStart.has(range.start)) continue;
      const suggestion = matchCase(match[0], entry.suggestion);
      const params = { term: match[0], suggestion };
      byStart.set(range.start, finding({ rule, severity, range, params, suggestion }));
    }
  }
  return [...byStart.values()];
}

/** The readability findings for one text; `readabilityRule` wraps it so that it never throws. */
export function checkReadability(input: CheckInput): CheckFinding[] {
  const { text, settings } = input;
  if (typeof text !== 'string' || text.trim().length === 0) return [];
  const sentences = splitSentences(text);
  const skip = ignoredSpans(text);
  // The network's own target, where the organisation set one; else the organisation's.
  const target = settings.readingEaseTargets[input.channel] ?? settings.readingEaseTarget;
  const findings = [
    ...readingEase(sentences, target),
    ...(Number.isFinite(target) ? shortText(text, sentences) : []),
    ...longSentences(sentences, settings.maxSentenceWords),
    ...longWords(sentences),
    ...nounStyle(sentences),
    ...lexiconFindings(text, ABBREVIATION_ENTRIES, 'abbreviation', 'info', skip),
    ...unexplainedAcronyms(text, skip).map(({ range, term }) =>
      finding({ rule: 'acronym', severity: 'info', range, params: { term } }),
    ),
    ...lexiconFindings(text, OFFICE_GERMAN_ENTRIES, 'officeGerman', 'warn', skip),
  ];
  return findings.sort((a, b) => (a.range?.start ?? -1) - (b.range?.start ?? -1));
}

/** The readability rule family (see the file comment). */
export const readabilityRule: CheckRule = {
  family: 'readability',
  run: (input) => {
    try {
      return checkReadability(input);
    } catch {
      return [];
    }
  },
};
