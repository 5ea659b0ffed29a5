import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, type CheckFinding } from '../types';
import { readabilityRule } from './rules';

const run = (text: string): CheckFinding[] =>
  readabilityRule.run({ channel: 'facebook', text, crisis: false, settings: DEFAULT_CHECK_SETTINGS });

/** Each finding as `<rule>@<highlighted text>` ("" for whole-text findings). */
const summary = (text: string): string[] =>
  run(text).map(
    (f) => `${f.rule.replace('readability.', '')}@${f.range ? text.slice(f.range.start, f.range.end) : ''}`,
  );

const LONG =
  'Aufgrund einer Störung im Stellwerk fällt der Bus aus und wir bitten alle Fahrgäste, die heute in die Stadt fahren wollen, um Geduld.';
const NOUNS =
  'Die Durchführung der Überprüfung der Einhaltung der Regelung zur Verbesserung der Sicherheit ist geplant.';
const BURDENS =
  'Wir bitten um Verständnis für die Einschränkungen, Behinderungen und Belastungen während der Sanierung.';

const OFFICIALESE =
  'Unter Berücksichtigung der aktuellen Entwicklungen erfolgt die Durchführung der Veranstaltung vorbehaltlich der Genehmigung.';

/**
 * Realistic sentences from towns, police and federal offices: the exact findings each raises (so everything not
 * listed must not be raised). Plain sentences raise nothing.
 */
const CASES: [string, string[]][] = [
  // Plain: nothing to flag.
  ['Das Bürgerbüro ist am Montag geschlossen.', []],
  ['Die Polizei sucht Zeugen für einen Unfall auf der Hauptstraße.', []],
  ['Wir suchen Menschen, die bei der Wahl helfen.', []],
  ['Bitte bringen Sie Ihren Ausweis mit.', []],
  ['Heute ist der Wertstoffhof bis 18 Uhr geöffnet.', []],
  ['Die Feuerwehr übt am Samstag am Rathaus.', []],
  ['Am 3. Oktober ist das Rathaus geschlossen.', []],
  ['Der neue Personalausweis kostet 37 Euro.', []],
  ['Zum Beispiel (z. B.) Ihren Reisepass.', []], // explained in the same text
  ['Mehr Infos unter https://www.stadt-musterhausen.de/gemäß-seitens und #Bürgerbüro @Polizei_Berlin.', []],
  ['Die Einwohnerversammlung beginnt um 19 Uhr im Rathaus.', []], // 20 letters: not too long
  ['Die Meldung zur Wahl und die Zeitung liegen aus.', []], // two -ung words: fine
  // Office German.
  [
    'Seitens der Verwaltung wird darauf hingewiesen, dass Anträge schriftlich einzureichen sind.',
    ['officeGerman@Seitens'],
  ],
  ['Diesbezügliche Fragen beantwortet das Bauamt.', ['officeGerman@Diesbezügliche']],
  ['Zwecks Terminvereinbarung rufen Sie uns bitte an.', ['officeGerman@Zwecks']],
  ['Hinsichtlich der Öffnungszeiten gibt es Änderungen.', ['officeGerman@Hinsichtlich']],
  ['Die Pflege der Grünflächen obliegt dem Bauhof.', ['officeGerman@obliegt']],
  ['Die Inanspruchnahme der Leistung ist kostenlos.', ['officeGerman@Inanspruchnahme']],
  ['Beiliegend finden Sie das Formular.', ['officeGerman@Beiliegend']],
  ['Vorbehaltlich der Zustimmung des Rates beginnen die Arbeiten im Mai.', ['officeGerman@Vorbehaltlich']],
  ['Bitte melden Sie Schäden unverzüglich.', ['officeGerman@unverzüglich']],
  ['Antragsteller müssen einen Nachweis vorlegen.', ['officeGerman@Antragsteller']],
  ['Sofern Sie Fragen haben, rufen Sie uns an.', ['officeGerman@Sofern']],
  ['Gemäß § 5 der Satzung ist das Grillen verboten.', ['officeGerman@Gemäß']],
  ['Die Zahlung erfolgt mittels Überweisung.', ['officeGerman@mittels']],
  ['Im Rahmen der Veranstaltung gibt es Musik.', ['officeGerman@Im Rahmen der']],
  ['Der Pkw wurde fernmündlich als gestohlen gemeldet.', ['officeGerman@Pkw', 'officeGerman@fernmündlich']],
  ['Bitte reichen Sie ein aktuelles Lichtbild ein.', ['officeGerman@Lichtbild']],
  // Abbreviations.
  ['Die Bearbeitung dauert i. d. R. zwei Wochen.', ['abbreviation@i. d. R.']],
  ['Bringen Sie ggf. eine Vollmacht mit.', ['abbreviation@ggf.']],
  ['Die Gebühr beträgt 30 Euro inkl. Porto.', ['abbreviation@inkl.']],
  ['Bzgl. Ihrer Anfrage melden wir uns.', ['abbreviation@Bzgl.']],
  ['Die Straße ist u. U. bis Freitag gesperrt.', ['abbreviation@u. U.']],
  ['Lt. Polizei gab es keine Verletzten.', ['abbreviation@Lt.']],
  ['Briefe bitte z. Hd. Frau Weber schicken.', ['abbreviation@z. Hd.']],
  ['Die Miete beträgt 500 Euro zzgl. Nebenkosten.', ['abbreviation@zzgl.']],
  // Long words, noun style, long sentences.
  [
    'Die Einwohnerversammlungsniederschrift liegt im Rathaus aus.',
    ['longWord@Einwohnerversammlungsniederschrift'],
  ],
  ['Die Straßenverkehrsordnung gilt auch für Radfahrer.', ['longWord@Straßenverkehrsordnung']],
  ['Die Bürgerversammlungs-Niederschrift liegt aus.', []], // hyphenated: each part is short enough
  // Short and noun-heavy: hard to read although too short for the reading-ease formula (shortText.ts).
  [NOUNS, ['shortText@', `nounStyle@${NOUNS}`]],
  [BURDENS, ['shortText@', `nounStyle@${BURDENS}`]],
  [OFFICIALESE, ['shortText@', `nounStyle@${OFFICIALESE}`, 'officeGerman@vorbehaltlich']],
  ['Die Anmeldung zur Impfung ist ab heute online möglich.', []],
  ['Das Freibad ist ab Samstag wieder offen. Wir freuen uns auf Sie!', []],
  [LONG, [`longSentence@${LONG}`, 'officeGerman@Aufgrund']],
];

describe('readabilityRule on realistic sentences', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('finding shape', () => {
  it('office German: warn, stable id, suggestion in the case of the text, key and source', () => {
    const text = 'Bitte beachten Sie: Gemäß der Satzung ist das verboten.';
    const [finding] = run(text);
    const start = text.indexOf('Gemäß');
    expect(finding).toEqual({
      id: `readability.officeGerman:${start}`,
      rule: 'readability.officeGerman',
      severity: 'warn',
      messageKey: 'checks.readability.officeGerman',
      params: { term: 'Gemäß', suggestion: 'Nach' },
      range: { start, end: start + 'Gemäß'.length },
      suggestion: 'Nach',
      source: expect.stringContaining('Bürgernahe Verwaltungssprache') as unknown,
    });
  });

  it('abbreviation: info with the spelled-out form', () => {
    const [finding] = run('Bitte ggf. anrufen.');
    expect(finding).toMatchObject({
      severity: 'info',
      messageKey: 'checks.readability.abbreviation',
      suggestion: 'gegebenenfalls',
      params: { term: 'ggf.', suggestion: 'gegebenenfalls' },
    });
    expect(finding?.source).toContain('BITV 2.0 Anlage 2');
  });

  it('long sentence: warn with count and maximum', () => {
    const finding = run(LONG).find((f) => f.rule === 'readability.longSentence');
    expect(finding).toMatchObject({ severity: 'warn', params: { count: 23, max: 20 }, suggestion: null });
    expect(finding?.id).toBe('readability.longSentence:0');
  });

  it('noun style and long words are info', () => {
    expect(
      run(NOUNS)
        .filter((f) => f.rule === 'readability.nounStyle')
        .map((f) => f.severity),
    ).toEqual(['info']);
    expect(run('Die Straßenverkehrsordnung gilt.')[0]).toMatchObject({
      severity: 'info',
      params: { word: 'Straßenverkehrsordnung', letters: 22, max: 20 },
    });
  });

  it('short texts: a warning with the LIX and the count of noun-style and official forms', () => {
    const text =
      'Im Hinblick auf die Sicherstellung der Versorgung erfolgt seitens der Gemeinde eine Überprüfung.';
    const finding = run(text).find((f) => f.rule === 'readability.shortText');
    expect(finding).toMatchObject({ severity: 'warn', range: null, id: 'readability.shortText:0' });
    expect(finding?.params).toMatchObject({ forms: 5, words: 13 });
    expect(Number(finding?.params.lix)).toBeGreaterThanOrEqual(55);
    expect(finding?.source).toContain('LIX');
    // The same content in plain words raises nothing.
    expect(run('Die Gemeinde prüft, ob alle versorgt sind.')).toEqual([]);
    // Long texts are the formulas' task: no short-text finding there.
    expect(run(`${text} `.repeat(3)).some((f) => f.rule === 'readability.shortText')).toBe(false);
  });
});
