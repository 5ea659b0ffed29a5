/**
 * Unexplained acronyms ("ÖPNV", "KfW", "BAföG", "SGB"): a short word with two or more capital letters that the text
 * does not explain in brackets ("öffentlicher Nahverkehr (ÖPNV)" or "ÖPNV (öffentlicher Nahverkehr)"). Only the
 * first use is flagged. Acronyms everybody knows ("EU", "ZDF", "WLAN") are left alone, and longer all-caps words
 * are left to the tone rule ("HEUTE" shouts, it is no acronym) unless they are known acronyms there.
 */
import type { TextRange } from '../types';
import { KNOWN_ABBREVIATIONS } from '../tone/toneRule';

/** Acronyms people know without an explanation (upper case). */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'EU', 'USA', 'UN', 'UNO', 'UK', 'TV', 'PC', 'OK', 'SMS', 'PDF', 'USB', 'WLAN', 'GPS', 'CD', 'DVD', 'WC', 'ICE',
  'IC', 'DB', 'ARD', 'ZDF', 'ORF', 'SRF', 'SBB', 'ÖBB', 'ADAC', 'DRK', 'THW', 'TÜV', 'NATO', 'WHO', 'UNICEF',
  'UNESCO', 'FC', 'AG', 'GMBH', 'CDU', 'CSU', 'SPD', 'FDP', 'AFD', 'SVP', 'SP', 'ÖVP', 'SPÖ', 'FPÖ', 'NRW',
  'LKW', 'PKW', 'KFZ', 'IT', 'KI', 'ID', 'QR', 'PIN', 'TAN', 'IBAN', 'BIC', 'COVID', 'HIV', 'AIDS', 'DNA', 'SOS',
  'WM', 'EM', 'DFB', 'FIFA', 'UEFA', 'NASA', 'ESA', 'MWST', 'AHV', 'IV', 'DSGVO', 'BRD', 'DDR', 'CH', 'DE', 'AT',
]); // prettier-ignore

/** Short German words sometimes written in capitals for emphasis: not acronyms. */
const SHOUTED_WORDS: ReadonlySet<string> = new Set([
  'NEU', 'TOP', 'JA', 'WOW', 'ALT', 'GUT', 'AUS', 'AN', 'ZU', 'IN', 'UND', 'DIE', 'DER', 'DAS', 'FÜR', 'MIT', 'AB',
  'BIS', 'WIR', 'SIE', 'ICH', 'DU', 'IHR', 'ES', 'ER', 'OB', 'SO', 'UM', 'AM', 'IM', 'VON', 'VOR', 'NUN', 'NIE',
  'HEY', 'HUI', 'OH', 'AH', 'JETZT', 'HIER', 'NUR', 'AUF', 'NICHT', 'KEIN', 'HEUTE',
]); // prettier-ignore

const TOKEN = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{Ll}]{1,5}(?![\p{L}\p{N}_])/gu;
const CAPITALS = /\p{Lu}/gu;

function isAcronym(word: string): boolean {
  const capitals = word.match(CAPITALS)?.length ?? 0;
  if (capitals < 2) return false;
  const upper = word.toUpperCase();
  if (WELL_KNOWN_ACRONYMS.has(upper) || SHOUTED_WORDS.has(upper)) return false;
  // An all-caps word of four letters or more is an acronym only when known as one ("BAMF", not "HALLO").
  return capitals !== word.length || word.length <= 3 || KNOWN_ABBREVIATIONS.has(upper);
}

/** Whether the text explains the acronym in brackets, before or after it. */
function isExplained(text: string, word: string): boolean {
  return text.includes(`(${word})`) || new RegExp(`(?<![\\p{L}])${word}\\s*\\(`, 'u').test(text);
}

/** The first use of each unexplained acronym, outside the skipped spans (URLs, hashtags, mentions). */
export function unexplainedAcronyms(
  text: string,
  skip: readonly TextRange[],
): { range: TextRange; term: string }[] {
  const seen = new Set<string>();
  const found: { range: TextRange; term: string }[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const range = { start: match.index, end: match.index + word.length };
    if (seen.has(word) || skip.some((span) => range.start < span.end && span.start < range.end)) continue;
    if (!isAcronym(word)) continue;
    seen.add(word);
    if (!isExplained(text, word)) found.push({ range, term: word });
  }
  return found;
}
