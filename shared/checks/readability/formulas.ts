/**
 * Readability formulas for German. Flesch reading ease as adapted by Amstad (1978): 0–100, higher is easier,
 * 60 and above is plain. First Wiener Sachtextformel (Bamberger & Vanecek 1984): a school grade, 4 (easy) to
 * 15 (very hard).
 */
import { countSyllables } from './syllables';
import { splitSentences } from './text';

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Words with three or more syllables. */
  polysyllabicWords: number;
  /** Words with more than six letters. */
  longWords: number;
  /** Words with exactly one syllable. */
  monosyllabicWords: number;
}

export const EMPTY_STATS: TextStats = {
  sentences: 0,
  words: 0,
  syllables: 0,
  polysyllabicWords: 0,
  longWords: 0,
  monosyllabicWords: 0,
};

/** Letters of a word (hyphens and other marks not counted). */
export function letterCount(word: string): number {
  // Counted by code point without building an array of matches (runs for every word on every keystroke).
  let count = 0;
  for (const _char of word.replace(NON_LETTERS, '')) count += 1;
  return count;
}

const NON_LETTERS = /\P{L}+/gu;

/** Counts a list of words (one sentence or several) into statistics. */
export function statsForWords(words: readonly string[], sentences: number): TextStats {
  const stats: TextStats = { ...EMPTY_STATS, sentences, words: words.length };
  for (const word of words) {
    const syllables = countSyllables(word);
    stats.syllables += syllables;
    if (syllables >= 3) stats.polysyllabicWords += 1;
    if (syllables === 1) stats.monosyllabicWords += 1;
    if (letterCount(word) > 6) stats.longWords += 1;
  }
  return stats;
}

/** Statistics of a whole text, with sentences and words as splitSentences sees them. */
export function textStats(text: string): TextStats {
  const sentences = splitSentences(text);
  return statsForWords(
    sentences.flatMap((sentence) => sentence.words.map((word) => word.text)),
    sentences.length,
  );
}

/** Amstad's German Flesch reading ease: 180 − ASL − 58.5 × ASW. Null for a text without words. */
export function fleschAmstad(stats: TextStats): number | null {
  if (stats.words === 0 || stats.sentences === 0) return null;
  const averageSentenceLength = stats.words / stats.sentences;
  const averageSyllablesPerWord = stats.syllables / stats.words;
  return 180 - averageSentenceLength - 58.5 * averageSyllablesPerWord;
}

/**
 * First Wiener Sachtextformel: 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875, with MS, IW, ES in
 * percent of the words and SL the mean sentence length in words. Null for a text without words.
 */
export function wienerSachtextformel1(stats: TextStats): number | null {
  if (stats.words === 0 || stats.sentences === 0) return null;
  const percent = (count: number): number => (100 * count) / stats.words;
  const ms = percent(stats.polysyllabicWords);
  const sl = stats.words / stats.sentences;
  const iw = percent(stats.longWords);
  const es = percent(stats.monosyllabicWords);
  return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
}
