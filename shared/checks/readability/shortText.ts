/**
 * Reading ease of short posts. Flesch-Amstad and the Wiener Sachtextformel need about 30 words to say anything
 * (`MIN_WORDS_FOR_READING_EASE`), so one long sentence of officialese slipped through. Short texts are judged by what
 * works on little text: the LIX (Björnsson 1968: words per sentence plus the share of words longer than six
 * letters, in per cent; 40 is plain newspaper text, 50 hard, 60 very hard), and the count of noun-style and
 * office-German forms (nominalisations on -ung, -heit, -keit and official phrases such as "unter Berücksichtigung",
 * "im Hinblick auf", "seitens"). A short text is hard when it is both: a LIX of 55 or more and at least three such
 * forms. Either alone is common in plain posts (German has long words; one "Anmeldung" is no officialese).
 */
import { letterCount } from './formulas';
import type { Sentence } from './text';

/** Texts from this many words up to the reading-ease minimum are judged as short texts. */
export const MIN_WORDS_FOR_SHORT_TEXT = 6;
/** LIX from which a short text counts as hard (Björnsson: 50–60 hard, above 60 very hard). */
export const MAX_SHORT_TEXT_LIX = 55;
/** Noun-style and office-German forms from which a short text counts as officialese. */
export const MAX_SHORT_TEXT_OFFICIAL_FORMS = 3;
/** A long word for the LIX: more than six letters. */
const LIX_LONG_WORD = 6;

/** Official phrases that turn verbs into nouns ("unter Berücksichtigung der …" for "wenn Sie … berücksichtigen"). */
const OFFICIAL_PHRASES =
  /(?<![\p{L}\p{N}])(?:unter\s+(?:Berücksichtigung|Beachtung|Einhaltung|Bezugnahme|Zugrundelegung)|im\s+Hinblick\s+auf|in\s+Bezug\s+auf|nach\s+Maßgabe|zum\s+Zwecke?|mit\s+Wirkung\s+(?:vom|zum)|im\s+Zuge|seitens|hinsichtlich|bezüglich|vorbehaltlich|zwecks|gemäß)(?![\p{L}\p{N}])/giu;

export interface ShortTextEase {
  words: number;
  sentences: number;
  /** LIX, rounded to one decimal. */
  lix: number;
  /** Nominalisations and official phrases. */
  officialForms: number;
}

/**
 * The short-text figures of `sentences`, or null when the text is not short (fewer words than
 * `MIN_WORDS_FOR_SHORT_TEXT`, or at least `maxWords`, where the formulas take over).
 */
export function shortTextEase(
  text: string,
  sentences: readonly Sentence[],
  maxWords: number,
  isNominalisation: (word: string) => boolean,
): ShortTextEase | null {
  const words = sentences.flatMap((sentence) => sentence.words.map((word) => word.text));
  if (words.length < MIN_WORDS_FOR_SHORT_TEXT || words.length >= maxWords || sentences.length === 0)
    return null;
  const long = words.filter((word) => letterCount(word) > LIX_LONG_WORD).length;
  const lix = words.length / sentences.length + (100 * long) / words.length;
  const phrases = [...text.matchAll(OFFICIAL_PHRASES)];
  // A phrase's own noun ("Berücksichtigung") counts once, as the phrase.
  const inPhrases = new Set(phrases.map((match) => match[0].split(/\s+/).at(-1)?.toLowerCase() ?? ''));
  const nouns = words.filter((word) => isNominalisation(word) && !inPhrases.has(word.toLowerCase())).length;
  return {
    words: words.length,
    sentences: sentences.length,
    lix: Math.round(lix * 10) / 10,
    officialForms: nouns + phrases.length,
  };
}

/** Whether the short text is hard: a high LIX and officialese. */
export function isHardShortText(ease: ShortTextEase): boolean {
  return ease.lix >= MAX_SHORT_TEXT_LIX && ease.officialForms >= MAX_SHORT_TEXT_OFFICIAL_FORMS;
}
