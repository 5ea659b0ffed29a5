/**
 * Swiss Standard German from German text (Schweizer Rechtschreibung; Bundeskanzlei, Schreibweisungen): "ss" for
 * "ß", and guillemets «…» and ‹…› for the German „…“ and ‚…‘. Only these opening marks are matched, so
 * apostrophes and English quotes stay; placeholders are kept as they are. The de-CH message catalogue and the
 * built-in templates' own wording are both derived with these.
 */
export function withoutSharpS(text: string): string {
  return text.replaceAll('ß', 'ss');
}

export function swissQuotes(text: string): string {
  return text.replace(/„([^“”]*)[“”]/gu, '«$1»').replace(/‚([^‘’]*)[‘’]/gu, '‹$1›');
}

export function swissGerman(text: string): string {
  return swissQuotes(withoutSharpS(text));
}
