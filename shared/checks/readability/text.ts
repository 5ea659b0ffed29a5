/**
 * Splits a post into sentences and words with UTF-16 ranges. Words are letter runs (umlauts and ß included),
 * hyphenated compounds stay one word; URLs, e-mail addresses, hashtags, mentions, numbers and emoji are no words.
 * Sentences end at ".", "!", "?", "…" and line breaks, but not after abbreviations ("z. B.", "Nr.", "bzw."),
 * single letters, day and month numbers ("24.12.", "3. Oktober") or before a lower-case continuation.
 */
import type { TextRange } from '../types';

export interface Word extends TextRange {
  text: string;
}

export interface Sentence extends TextRange {
  words: Word[];
}

/** Abbreviations after which a period never ends a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set(
  (
    'abs abt allg bzgl bzw ca dr evtl fa geb gem ggf hr hrn inkl jh jhd lt max min mind mio mrd nr prof rd sog st ' +
    'std str tel ugs vgl zzgl zt zzt hd ebd bspw ehem insb jan feb mrz apr jun jul aug sep sept okt nov dez mo di ' +
    'mi do fr sa'
  ).split(' '),
);
/** Abbreviations that may also close a sentence: they end one when a capital letter follows. */
const CLOSING_ABBREVIATIONS = new Set(['usw', 'etc', 'ua']);

const IGNORED_PATTERNS: readonly RegExp[] = [
  // The lookbehind lets a match start only where a run of address characters starts: without it, a long word
  // without "@" was scanned again from each of its letters (quadratic; 100,000 letters took 45 s).
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?:https?:\/\/|www\.)[^\s<>"']+/giu,
  /(?<![\p{L}\p{N}@.])(?:[\p{L}\p{N}-]+\.)+(?:de|at|ch|com|org|net|eu|info|gov|int)(?![\p{L}\p{N}])(?:\/[^\s<>"']*)?/giu,
  /#[\p{L}\p{N}_]+/gu,
  /@[\p{L}\p{N}_]+/gu,
];
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/u;
const WORD = /\p{L}+(?:[-‐‑]\p{L}+)*/gu;
const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '»', '«', '“', '”', '‘', '’', ')', ']']);
const LETTER_BEFORE = /(\p{L}+)$/u;

/** URLs, e-mail addresses, hashtags and mentions, sorted and without overlaps. */
export function ignoredSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  for (const pattern of IGNORED_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const trimmed = match[0].replace(TRAILING_PUNCTUATION, '');
      if (trimmed.length > 0) spans.push({ start: match.index, end: match.index + trimmed.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether a range overlaps one of the (sorted) spans. */
export function overlapsAny(range: TextRange, spans: readonly TextRange[]): boolean {
  return spans.some((span) => range.start < span.end && span.start < range.end);
}

/** The text with every ignored span blanked out (same length, so offsets stay valid). */
function maskIgnored(text: string, spans: readonly TextRange[]): string {
  let masked = '';
  let cursor = 0;
  for (const span of spans) {
    masked += text.slice(cursor, span.start) + ' '.repeat(span.end - span.start);
    cursor = span.end;
  }
  return masked + text.slice(cursor);
}

/** The words of the text (URLs, hashtags, mentions, numbers and emoji left out), in order. */
export function splitWords(text: string): Word[] {
  return wordsOf(maskIgnored(text, ignoredSpans(text)), text);
}

function wordsOf(masked: string, text: string): Word[] {
  return [...masked.matchAll(WORD)].map((match) => ({
    text: text.slice(match.index, match.index + match[0].length),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function nextVisible(text: string, from: number): string {
  let index = from;
  while (
    index < text.length &&
    (text[index] === ' ' || text[index] === '\t' || CLOSERS.has(text[index] ?? ''))
  ) {
    index += 1;
  }
  return text[index] ?? '';
}

/** Whether the period at `index` ends a sentence. */
function periodEnds(text: string, index: number, sentenceStart: number): boolean {
  const following = text[index + 1] ?? '';
  if (/[\p{L}\p{N}]/u.test(following)) return false; // "3.5", "bzw.die"
  const next = nextVisible(text, index + 1);
  if (next === '' || next === '\n' || next === '\r') return true;
  if (/\p{Ll}/u.test(next)) return false; // German sentences start with a capital letter
  const before = text.slice(sentenceStart, index);
  const digits = /(\d+)$/u.exec(before);
  if (digits !== null) return (digits[1] ?? '').length > 2; // "24.12.", "3. Oktober" vs. "im Jahr 2026."
  const letters = LETTER_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  if (letters.length === 1) return false; // "z. B.", "u. a.", "i. d. R."
  if (CLOSING_ABBREVIATIONS.has(letters)) return /\p{Lu}/u.test(next);
  return !ABBREVIATIONS.has(letters);
}

/** Sentence ranges: trimmed, end exclusive, each with its words. Sentences without a word are left out. */
export function splitSentences(text: string): Sentence[] {
  const masked = maskIgnored(text, ignoredSpans(text));
  const ranges: TextRange[] = [];
  let start = 0;
  let index = 0;
  while (index < masked.length) {
    const char = masked[index] ?? '';
    let end = -1;
    if (char === '\n' || char === '\r') end = index;
    else if (TERMINATORS.has(char) && (char !== '.' || periodEnds(masked, index, start))) {
      end = index + 1;
      while (end < masked.length && (TERMINATORS.has(masked[end] ?? '') || CLOSERS.has(masked[end] ?? ''))) {
        end += 1;
      }
    }
    if (end >= 0) {
      ranges.push({ start, end });
      start = Math.max(end, index + 1);
      index = start;
    } else index += 1;
  }
  ranges.push({ start, end: masked.length });
  const words = wordsOf(masked, text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const range of ranges) {
    const inside: Word[] = [];
    while (cursor < words.length && (words[cursor]?.start ?? 0) < range.end) {
      const word = words[cursor];
      if (word !== undefined && word.start >= range.start) inside.push(word);
      cursor += 1;
    }
    if (inside.length === 0) continue;
    const slice = text.slice(range.start, range.end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    sentences.push({ start: range.start + lead, end: range.end - trail, words: inside });
  }
  return sentences;
}
