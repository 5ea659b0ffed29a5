/**
 * Consistent address (settings.address). With 'sie', informal forms (du, dich, dir, dein…, euch, euer…, also
 * the capitalised "Du" of letters) warn. With 'du', a capitalised "Sie/Ihnen/Ihr…" in the middle of a sentence is
 * the formal address and warns. Known limits: at the start of a sentence "Sie"/"Ihr" may mean "they"/"her" and is
 * never flagged; "Dir." is read as the abbreviation of Direktor; quoted titles ("Du bist nicht allein") and words in ALL CAPS are not told apart from address.
 */
import type { Address } from '../types';

export interface AddressHit {
  start: number;
  end: number;
  word: string;
}

const INFORMAL =
  /(?<![\p{L}\p{N}_#@/.-])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|eures)(?![\p{L}\p{N}_])/giu;
const FORMAL = /(?<![\p{L}\p{N}_#@/.-])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}\p{N}_])/gu;
const SKIPPED_BEFORE = /[\s"'„“”‚‘’«»([*_]/u;
const CONTINUES_SENTENCE = /[\p{L}\p{N},;]/u;

/** True when the word at `index` continues a sentence (the last visible character before it is a letter, digit, comma). */
export function isMidSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && SKIPPED_BEFORE.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') return false;
    i -= 1;
  }
  return i >= 0 && CONTINUES_SENTENCE.test(text.charAt(i));
}

/** Words that break the organisation's chosen address, outside `skip` ranges (URLs, hashtags, e-mail). */
export function findAddressMix(
  text: string,
  address: Address,
  skip: (start: number, end: number) => boolean,
): AddressHit[] {
  const hits: AddressHit[] = [];
  if (address === 'sie') {
    for (const match of text.matchAll(INFORMAL)) {
      const word = match[0];
      if (word.length > 1 && word === word.toUpperCase()) continue;
      // "Dir." is the abbreviation of Direktor/Direktorin; the pronoun never ends a sentence capitalised.
      if (word === 'Dir' && text.charAt(match.index + word.length) === '.') continue;
      if (skip(match.index, match.index + word.length)) continue;
      hits.push({ start: match.index, end: match.index + word.length, word });
    }
  } else {
    for (const match of text.matchAll(FORMAL)) {
      const word = match[0];
      if (!isMidSentence(text, match.index) || skip(match.index, match.index + word.length)) continue;
      hits.push({ start: match.index, end: match.index + word.length, word });
    }
  }
  return hits;
}
