/**
 * Words that look like masculine person terms but are not persons. Two mechanisms keep them from being flagged:
 *
 * 1. Compounds where the person word is only the modifier of a thing ("Bürgersteig", "Bürgerbüro",
 *    "Lehrerzimmer", "Mitarbeiterparkplatz", "Schülerausweis", "Besucherzentrum", "Kundencenter",
 *    "Bürgermeisterwahl") are never flagged: a German compound names what its last part names, so the rule only
 *    looks at the end of a word. `THING_SUFFIXES` lists the common thing endings; the tests use it to prove that a
 *    term followed by any of them stays unflagged. Decision: "Mitarbeiterparkplatz" is a thing (a car park), not a
 *    person reference, so it is not flagged, even though "Mitarbeitendenparkplatz" exists.
 * 2. Words that end in a person form but are things ("Lautsprecher", "Drehleiter", "Urkunde", "Kopfhörer"):
 *    `THING_WORDS` (lower case; matched at the end of a word, allowing an inflection ending of up to two letters,
 *    so "Bluetooth-Lautsprechern" and "Feuerwehrdrehleiter" stay unflagged).
 *
 * 3. Official names of bodies that contain a masculine form ("Bundesamt für Migration und Flüchtlinge", "Bund
 *    der Steuerzahler"): a post must name a body as it is called, so a term inside such a name is not flagged.
 *
 * A hyphenated modifier ("Bürger-Sprechstunde", "Schüler- und Elternvertretung") is skipped by the rule itself.
 */

/** Endings that make a compound a thing, lower case. */
export const THING_SUFFIXES: readonly string[] = [
  'steig', 'büro', 'amt', 'haus', 'zimmer', 'zentrum', 'center', 'ausweis', 'parkplatz', 'service', 'portal',
  'sprechstunde', 'versammlung', 'beteiligung', 'dialog', 'fest', 'meldung', 'befragung', 'begehren', 'entscheid',
  'initiative', 'karte', 'ticket', 'preis', 'verein', 'rat', 'wahl', 'information', 'forum', 'telefon', 'bus',
  'zeitung', 'heim', 'werk', 'park', 'platz', 'weg', 'verkehr', 'schaft', 'zahl', 'gruppe', 'verband', 'vertretung',
  'zufriedenheit', 'daten', 'konto', 'kreis', 'bereich', 'raum', 'halle', 'tag', 'recht', 'pflicht',
]; // prettier-ignore

/** Things (and verbs at a sentence start) ending in a person form, lower case. */
export const THING_WORDS: readonly string[] = [
  'lautsprecher', 'kopfhörer', 'telefonhörer', 'drehleiter', 'halbleiter', 'stehleiter', 'trittleiter',
  'strickleiter', 'blitzableiter', 'anlegeleiter', 'feuerleiter', 'hakenleiter', 'steckleiter', 'schiebleiter',
  'kartenleser', 'ausweisleser', 'barcodeleser', 'plattenspieler', 'kassettenspieler', 'seifenspender',
  'desinfektionsmittelspender', 'desinfektionsspender', 'handtuchspender', 'wasserspender', 'getränkespender',
  'funkempfänger', 'satellitenempfänger', 'fernsehempfänger', 'terminplaner', 'routenplaner', 'wochenplaner',
  'spannungsprüfer', 'crosstrainer', 'vorläufer', 'teppichläufer', 'tischläufer', 'autopilot', 'einparkhelfer',
  'urkunde', 'sekunde', 'erdkunde', 'heimatkunde', 'sachkunde', 'naturkunde', 'landeskunde', 'erkunde',
]; // prettier-ignore

/** Official names with a masculine form in them (case-sensitive; genitive forms included). */
export const PROPER_NAMES: readonly RegExp[] = [
  /Bundesamt(?:e?s)? für Migration und Flüchtlinge/gu,
  /Bund(?:es)? der Steuerzahler/gu,
  /Ärzte ohne Grenzen/gu,
  /Reporter ohne Grenzen/gu,
  /Hohe[rnm]? Flüchtlingskommissar(?:s)?/gu,
];

/** The ranges of official names in `text` (see PROPER_NAMES). */
export function properNameRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of PROPER_NAMES) {
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
