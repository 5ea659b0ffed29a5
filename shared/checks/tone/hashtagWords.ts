/**
 * A practical CamelCase helper for run-together lower-case hashtags (#feuerwehrfest → #FeuerwehrFest): a list of
 * about 200 common German and English words of public-sector posts, and a splitter that covers the whole tag with
 * as few listed words as possible. Compounds that are one word (feuerwehr, rathaus) are listed themselves so that
 * they stay whole. When the tag cannot be covered, there is no suggestion. Umlauts are kept as typed ("fuer" stays
 * "Fuer"): changing letters is beyond CamelCase.
 */

export const HASHTAG_WORDS: readonly string[] = [
  // places, bodies, offices
  'stadt', 'städte', 'staedte', 'rat', 'rathaus', 'stadtrat', 'haus', 'gemeinde', 'kreis', 'land', 'landkreis',
  'bund', 'bundes', 'bürger', 'buerger', 'bürgerinnen', 'amt', 'ämter', 'aemter', 'verwaltung', 'polizei',
  'feuer', 'wehr', 'feuerwehr', 'rettung', 'dienst', 'rettungsdienst', 'schule', 'schulen', 'kita', 'kitas',
  'bibliothek', 'museum', 'park', 'platz', 'markt', 'bahnhof', 'bahn', 'bus', 'rad', 'fahrrad', 'weg', 'wege',
  'straße', 'strasse', 'brücke', 'bruecke', 'hafen', 'wald', 'see', 'fluss', 'berg', 'dorf', 'region', 'kiez',
  'quartier', 'zentrum', 'mitte', 'nord', 'süd', 'sued', 'ost', 'west', 'berlin', 'hamburg', 'münchen', 'köln',
  'wien', 'zürich', 'bern', 'thw', 'drk',
  // people
  'kinder', 'kind', 'jugend', 'familie', 'familien', 'senioren', 'eltern', 'menschen', 'team', 'leute', 'frauen',
  'männer', 'nachbarn', 'helfer', 'ehrenamt', 'alle', 'wir', 'uns', 'sie', 'ihr',
  // topics
  'sommer', 'winter', 'frühling', 'herbst', 'fest', 'feste', 'woche', 'tag', 'tage', 'nacht', 'jahr',
  'sicherheit', 'sicher', 'schutz', 'klima', 'umwelt', 'energie', 'wasser', 'hitze', 'kälte', 'sturm', 'hoch',
  'hochwasser', 'warnung', 'warn', 'gesundheit', 'impfung', 'impfen', 'sport', 'kultur', 'kunst',
  'musik', 'lesen', 'bildung', 'arbeit', 'job', 'jobs', 'ausbildung', 'karriere', 'wohnen', 'bauen', 'bau',
  'verkehr', 'mobilität', 'digital', 'daten', 'datenschutz', 'wahl', 'wahlen', 'demokratie',
  'europa', 'heimat', 'natur', 'garten', 'baum', 'bäume', 'blumen', 'müll', 'abfall', 'sauber', 'barriere',
  'frei', 'barrierefrei', 'inklusion', 'teilhabe', 'service', 'info', 'infos', 'tipp', 'tipps', 'news',
  'aktuell', 'termin', 'termine', 'veranstaltung', 'einladung', 'ferien', 'reisen', 'reise', 'urlaub',
  'weihnachten', 'ostern', 'advent', 'fasching', 'karneval', 'jubiläum', 'zukunft', 'heute', 'morgen',
  'gemeinsam', 'zusammen', 'stark', 'gut', 'neu', 'offen', 'tür', 'türen', 'tuer', 'der', 'die', 'das',
  'des', 'und', 'für', 'fuer', 'mit', 'im', 'in', 'am', 'an', 'auf', 'von', 'vor', 'ort', 'zum', 'zur',
  // English
  'city', 'council', 'police', 'fire', 'safety', 'safe', 'day', 'week', 'summer', 'open', 'for', 'all', 'and',
  'the', 'of', 'our', 'your', 'you', 'we', 'love', 'life', 'work', 'home', 'stay', 'together', 'future', 'green',
  'public', 'help', 'community', 'people', 'kids', 'school',
]; // prettier-ignore

const WORDS: ReadonlySet<string> = new Set(HASHTAG_WORDS);
const LONGEST = Math.max(...HASHTAG_WORDS.map((word) => word.length));

/**
 * Splits `tag` (lower case, no #) into listed words, fewest words first; digits form their own part. Returns
 * null when the tag cannot be covered or is a single listed word (nothing to camel-case).
 */
export function splitHashtag(tag: string): string[] | null {
  const chars = Array.from(tag);
  const n = chars.length;
  const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= n; end += 1) {
    for (let start = Math.max(0, end - LONGEST); start < end; start += 1) {
      const before = best[start];
      if (!before) continue;
      const part = chars.slice(start, end).join('');
      if (!WORDS.has(part) && !/^\d+$/u.test(part)) continue;
      const current = best[end];
      if (!current || before.length + 1 < current.length) best[end] = [...before, part];
    }
  }
  const parts = best[n];
  return parts && parts.length > 1 ? parts : null;
}

/** "#feuerwehrfest" → "#FeuerwehrFest", or null when the splitter cannot cover the tag. */
export function camelCaseHashtag(tag: string): string | null {
  const parts = splitHashtag(tag);
  if (!parts) return null;
  return `#${parts.map((part) => part.charAt(0).toLocaleUpperCase('de-DE') + part.slice(1)).join('')}`;
}
