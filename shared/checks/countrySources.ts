/**
 * The sources of findings follow the organisation's country. The rules name German law and guidance (DSGVO, KUG,
 * BITV 2.0, BMI); a Swiss or Austrian organisation sees its own instead:
 * - CH: revDSG (Bundesgesetz über den Datenschutz, SR 235.1, in force since 1 September 2023; cantonal and
 *   communal bodies fall under their canton's data protection act), the right to one's own image as part of the
 *   protection of personality (Art. 28 ZGB), accessibility by BehiG Art. 14 (SR 151.3) and the federal eCH-0059
 *   accessibility standard, federal communication by the Federal Chancellery (Art. 10a RVOG: uniform, early,
 *   continuous information).
 * - AT: DSGVO with the Austrian Datenschutzgesetz (DSG), image rights by § 78 UrhG (Bildnisschutz), accessibility
 *   by the Web-Zugänglichkeits-Gesetz (WZG). Austria's own BMI is a different ministry, so the German crisis guide
 *   is named in full.
 * Pure string replacement of the German wording the rules use: a German organisation's sources stay as they are.
 */
import type { Country } from '../model/settings';

type ForeignCountry = Exclude<Country, 'DE'>;

/** The German wording → its Swiss and Austrian counterpart; more specific wordings first. */
const REPLACEMENTS: ReadonlyArray<readonly [string, Readonly<Record<ForeignCountry, string>>]> = [
  [
    'DSGVO Art. 6(1)(a), Art. 7; KUG § 22',
    {
      CH:
        'revDSG Art. 6 Abs. 6 (Einwilligung; SR 235.1, kantonale Stellen: kantonales Datenschutzgesetz); ' +
        'Art. 28 ZGB (Recht am eigenen Bild)',
      AT: 'DSGVO Art. 6(1)(a), Art. 7; DSG; § 78 UrhG (Bildnisschutz)',
    },
  ],
  [
    'DSGVO Art. 5(1)(c), Art. 6',
    {
      CH:
        'revDSG Art. 6 Abs. 2 und 3 (Verhältnismässigkeit, Zweckbindung; SR 235.1, kantonale Stellen: ' +
        'kantonales Datenschutzgesetz)',
      AT: 'DSGVO Art. 5(1)(c), Art. 6; DSG',
    },
  ],
  [
    'BITV 2.0 Anlage 2 Teil 2 (Leichte Sprache)',
    {
      CH: 'Leichte Sprache (WCAG 2.1 Erfolgskriterium 3.1.5 Leseniveau; eCH-0059 Accessibility Standard)',
      AT: 'Leichte Sprache (WCAG 2.1 Erfolgskriterium 3.1.5 Leseniveau; Web-Zugänglichkeits-Gesetz, WZG)',
    },
  ],
  [
    'BITV 2.0',
    {
      CH: 'BehiG Art. 14 (SR 151.3); eCH-0059 Accessibility Standard',
      AT: 'Web-Zugänglichkeits-Gesetz (WZG)',
    },
  ],
  [
    // The gender profile cites the Bavarian rule and the Swiss Federal Chancellery: the Swiss see their own only.
    'Bayern AGO § 22 Abs. 5 (seit 01.04.2024); Schweizerische Bundeskanzlei',
    {
      CH: 'Schweizerische Bundeskanzlei',
      AT: 'Bayern AGO § 22 Abs. 5 (seit 01.04.2024); Schweizerische Bundeskanzlei',
    },
  ],
  [
    'BMI Leitfaden Krisenkommunikation 2014',
    {
      CH:
        'Schweizerische Bundeskanzlei: Krisenkommunikation des Bundes (Art. 10a RVOG: einheitlich, frühzeitig ' +
        'und kontinuierlich informieren)',
      AT: 'Leitfaden Krisenkommunikation 2014 des deutschen Bundesministeriums des Innern',
    },
  ],
];

/** A finding's source as the organisation's country knows it; `DE` (the default) leaves it unchanged. */
export function countrySource(source: string, country: Country = 'DE'): string {
  // Anything else (DE, or an unknown value from a file) keeps the German sources.
  if (country !== 'CH' && country !== 'AT') return source;
  let result = source;
  for (const [german, local] of REPLACEMENTS) result = result.split(german).join(local[country]);
  return result;
}
