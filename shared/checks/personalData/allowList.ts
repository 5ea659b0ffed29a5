/**
 * The organisation's own contact data (settings.allowList) is never personal data to flag. Entries and matches
 * are compared normalised: spaces, dashes and slashes removed, case ignored; for phone numbers also "(0)" and
 * brackets dropped and the country prefix (+49, 0049, +41, +43 …) read as the trunk 0, so "+49 30 1234567"
 * and "030/1234567" are the same number.
 */

const MIN_CONTAINED_LENGTH = 6;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `part` occurs in `whole` as a whole word run (no letter or digit right before or after it). */
function containsWhole(whole: string, part: string): boolean {
  if (part.length < MIN_CONTAINED_LENGTH) return false;
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole.charAt(at - 1);
    const after = whole.charAt(at + part.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

export function normaliseForAllowList(value: string): string {
  const compact = value
    .toLocaleLowerCase('de-DE')
    .replace(/[\s\u00A0/\-–—]/gu, '')
    .replace(/\(0\)/gu, '')
    .replace(/[()]/gu, '');
  return compact.replace(/^(?:\+|00)(?:49|41|43)(?=\d)/u, '0');
}

/**
 * A prepared allow list: `allows(match)` is true when the normalised match equals an entry, or one holds the other
 * as a whole run ("Rathausplatz 1" inside "Rathausplatz 1, 10178 Berlin", but not inside "Rathausplatz 12").
 */
export function makeAllowList(entries: readonly unknown[]): (match: string) => boolean {
  const normalised = entries
    .filter((entry): entry is string => typeof entry === 'string')
    .map(normaliseForAllowList)
    .filter((entry) => entry.length > 0);
  if (normalised.length === 0) return () => false;
  return (match) => {
    const candidate = normaliseForAllowList(match);
    if (candidate.length === 0) return false;
    return normalised.some(
      (entry) => entry === candidate || containsWhole(entry, candidate) || containsWhole(candidate, entry),
    );
  };
}
