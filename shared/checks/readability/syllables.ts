/**
 * German syllable counting for the readability formulas. The word is split at the hyphenation points of the
 * German TeX patterns (npm `hyphen`, 1996 spelling), and each fragment's vowel groups are counted, because the
 * patterns never split a single letter off a word's edge ("Abend", "Ofen", "Idee" stay whole) and leave short
 * words alone. Within a vowel group the diphthongs ei, ai, au, eu, äu, ey, ay, the digraph ie and the doubled
 * vowels aa, ee, oo count once; any other vowel pair is a hiatus (The-a-ter, Po-et). Known deviations from the
 * patterns: "-tion", "-sion", "-xion" are one spoken syllable, while the patterns split "ti-on" (In-for-ma-ti-on),
 * so a fragment ending in ti/si/xi followed by one starting with "on" counts once.
 */
import hyphen from 'hyphen/de';

const SEPARATOR = '|';
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y']);
const ONE_NUCLEUS = new Set(['ei', 'ai', 'au', 'eu', 'äu', 'ey', 'ay', 'ie', 'aa', 'ee', 'oo']);
const LETTER = /\p{L}/u;
const NON_LETTER_RUN = /[^\p{L}]+/u;

/** Syllable nuclei in one fragment (lower case): vowel groups, with diphthongs and long vowels counted once. */
export function countVowelGroups(fragment: string): number {
  // All vowels are in the Basic Multilingual Plane, so UTF-16 indexing is safe here.
  const chars = fragment;
  let count = 0;
  let index = 0;
  while (index < chars.length) {
    const char = chars.charAt(index);
    // "qu" is a consonant cluster: the u is no vowel ("Quelle", "bequem").
    const isVowel = VOWELS.has(char) && !(char === 'u' && chars.charAt(index - 1) === 'q');
    if (!isVowel) {
      index += 1;
      continue;
    }
    count += 1;
    const pair = char + chars.charAt(index + 1);
    index += ONE_NUCLEUS.has(pair) ? 2 : 1;
  }
  return count;
}

function hyphenFragments(part: string): string[] {
  try {
    return hyphen.hyphenateSync(part, { hyphenChar: SEPARATOR }).split(SEPARATOR);
  } catch {
    return [part];
  }
}

/**
 * The patterns' hyphenation takes time growing with the square of a word's length, and no German word has more
 * letters than this (the longest in print, 63); a longer letter run (pasted junk, a URL without separators) is
 * counted by its vowel groups alone, so a pasted 100,000-letter run cannot freeze the composer.
 */
export const MAX_HYPHENATED_LETTERS = 80;

function countPart(part: string): number {
  if (part.length > MAX_HYPHENATED_LETTERS) return Math.max(1, countVowelGroups(part));
  const fragments = hyphenFragments(part);
  let count = 0;
  fragments.forEach((fragment, index) => {
    count += countVowelGroups(fragment);
    const next = fragments[index + 1];
    if (next !== undefined && /[tsx]i$/u.test(fragment) && next.startsWith('on')) count -= 1;
  });
  // A letter run without any vowel ("BGB", "Hmm") is still spoken: at least one syllable.
  return Math.max(1, count);
}

/**
 * Syllables of one German word. Case does not matter; hyphenated compounds ("Bürger-Info") count part by part;
 * digits and other non-letters are ignored, so a number alone ("2026") has 0 syllables.
 */
export function countSyllables(word: string): number {
  let count = wordCache.get(word);
  if (count === undefined) {
    count = countSyllablesUncached(word);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, count);
  }
  return count;
}

/**
 * Hyphenating a word with the TeX patterns costs ~10 µs, and the checks run on every keystroke over the whole
 * text, so counts are remembered per word (a pure function of it). Bounded: cleared when full.
 */
const WORD_CACHE_LIMIT = 20_000;
const wordCache = new Map<string, number>();

function countSyllablesUncached(word: string): number {
  const lower = word.toLowerCase();
  if (!LETTER.test(lower)) return 0;
  return lower
    .split(NON_LETTER_RUN)
    .filter((part) => part.length > 0)
    .reduce((sum, part) => sum + countPart(part), 0);
}
