import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, type CheckInput } from '../types';
import { isValidAhv, isValidIban } from './checksums';
import { personalDataMessagesDe, personalDataMessagesEn } from './messages';
import { personalDataRule } from './personalDataRule';

function input(text: string, allowList: string[] = []): CheckInput {
  return { channel: 'facebook', text, crisis: false, settings: { ...DEFAULT_CHECK_SETTINGS, allowList } };
}

/** What the rule finds, as "kind text" pairs, in order. */
function found(text: string, allowList: string[] = []): string[] {
  return personalDataRule
    .run(input(text, allowList))
    .map((f) => `${f.rule.replace('personalData.', '')} ${text.slice(f.range?.start, f.range?.end)}`);
}

/** Realistic posts and exactly the findings each must raise (anything else must not be raised). */
const CASES: [string, string[]][] = [
  // phone numbers
  ['Rufen Sie Frau Meier unter 030/123456 an.', ['phone 030/123456']],
  ['Zeugen melden sich bitte unter +49 30 1234567.', ['phone +49 30 1234567']],
  ['Der Finder ist unter 0171 1234567 erreichbar.', ['phone 0171 1234567']],
  ['Kontakt in Zürich: +41 44 123 45 67', ['phone +41 44 123 45 67']],
  ['Hinweise an +43 1 1234567 (Polizei Wien).', ['phone +43 1 1234567']],
  ['Herr Schulz, Tel. (089) 12 34 56, bittet um Rückruf.', ['phone (089) 12 34 56']],
  ['Erreichbar unter 0221-9876543 oder 0049 221 9876543.', ['phone 0221-9876543', 'phone 0049 221 9876543']],
  ['Die Sprechstunde ist am 12.03.2025 von 09:00 bis 12:00 Uhr.', []],
  ['Das Bürgeramt in 01067 Dresden hat 2025 neu eröffnet.', []],
  ['Der Eintritt kostet 0,50 € bzw. 1.000 Euro für Gruppen.', []],
  ['Seit 1990 betreut das Jugendamt über 12000 Familien.', []],
  ['Notruf 110, Feuerwehr 112, Bereitschaftsdienst 116117.', []],
  ['Stichtag ist der 2025-01-15; Frist bis 31.01.2025.', []],
  // e-mail
  ['Schreiben Sie an max.mustermann@web.de, er antwortet.', ['email max.mustermann@web.de']],
  ['Folgen Sie @stadt.koeln und @polizei_nrw_k für Updates.', []],
  // IBAN
  ['Spenden an Familie K.: DE89 3704 0044 0532 0130 00, danke!', ['iban DE89 3704 0044 0532 0130 00']],
  ['IBAN AT611904300234573201 (Sparkasse Graz)', ['iban AT611904300234573201']],
  ['Bitte überweisen auf CH93 0076 2011 6238 5295 7.', ['iban CH93 0076 2011 6238 5295 7']],
  ['Falsche Prüfziffer: DE89 3704 0044 0532 0130 01 ist keine IBAN.', []],
  ['Konto GB82 WEST 1234 5698 7654 32 gehört einem Bürger.', ['iban GB82 WEST 1234 5698 7654 32']],
  // AHV
  ['Seine AHV-Nummer 756.1234.5678.97 stand im Brief.', ['ahv 756.1234.5678.97']],
  ['Die Nummer 756.1234.5678.90 hat eine falsche Prüfziffer.', []],
  // licence plates
  ['Der Wagen mit dem Kennzeichen B-AB 1234 wurde gefunden.', ['licencePlate B-AB 1234']],
  ['Gesucht wird ein blauer Golf, M AB 123.', ['licencePlate M AB 123']],
  ['Halter von HH-X 1 bitte melden.', ['licencePlate HH-X 1']],
  ['Das Auto ZH 123456 parkte am Bellevue.', ['licencePlate ZH 123456']],
  ['Fahrzeug W-12345A wurde abgeschleppt.', ['licencePlate W-12345A']],
  ['Die DB RE 7 fällt aus; die Linie S 1 fährt. Die AG 2024 tagt.', []],
  ['Das THW und die DRK-Bereitschaft helfen in der A 7-Baustelle.', []],
  // addresses
  ['Die Familie wohnt in der Hauptstraße 12 in Kassel.', ['address Hauptstraße 12']],
  ['Treffpunkt: Am Markt 3a, dann weiter.', ['address Am Markt 3a']],
  ['Herr K. aus dem Lindenweg 5 hat den Hund gefunden.', ['address Lindenweg 5']],
  ['Die Anwohnerin der Bahnhofstr. 7 meldete den Brand.', ['address Bahnhofstr. 7']],
  ['Einbruch in der Berliner Straße 44b.', ['address Berliner Straße 44b']],
  ['Die Bundesstraße 9 ist zwischen Speyer und Worms gesperrt.', []],
  ['Am Sonntag 14 Uhr startet der Lauf. Im Jahr 2025 feiern wir.', []],
  ['Im Stadion 3 Verletzte, auf Parkplatz 2 ein Unfall.', []],
  ['Der FC ist auf Tabellenplatz 3. Die Landstraße 12 ist frei.', []],
  ['Postleitzahl 80331 München, Öffnungszeiten 8-12 Uhr, Aktenzeichen 2025/1234.', []],
  ['Vom 01.-03.05.2025 ist Stadtfest. Preis: 0 Euro. Version 0.9.1', []],
  ['Die Ausstellung 2024-2025 im Museum. Zeitraum 2020 - 2030.', []],
  ['Ergebnis 01:03 verloren, 0:3 gegen Köln.', []],
  ['Die Leitstelle 0711 / 21 61 - 0 des Herrn B. ist privat.', ['phone 0711 / 21 61 - 0']],
  ['Die Wahl findet in der Goethestraße 7–9 statt.', ['address Goethestraße 7–9']],
  // dates of birth
  ['Vermisst: Anna S., geb. 12.04.2011, aus Bremen.', ['dateOfBirth geb. 12.04.2011']],
  ['Der Gesuchte, geboren am 3. Mai 1980, ist 1,80 m groß.', ['dateOfBirth geboren am 3. Mai 1980']],
  ['Geburtsdatum: 01.02.1990', ['dateOfBirth Geburtsdatum: 01.02.1990']],
  ['Am 12.04.2011 wurde die Schule eröffnet.', []],
];

describe('personalDataRule', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('blocks with id, key, source and no suggestion', () => {
    const text = 'Tel. 0171 1234567';
    expect(personalDataRule.run(input(text))).toEqual([
      {
        id: 'personalData.phone:5',
        rule: 'personalData.phone',
        severity: 'block',
        messageKey: 'checks.personalData.phone',
        params: { text: '0171 1234567' },
        range: { start: 5, end: 17 },
        suggestion: null,
        source: 'DSGVO Art. 5(1)(c), Art. 6',
      },
    ]);
  });

  describe('allow list (the organisation’s own contact data)', () => {
    const own = ['+49 30 1234-0', 'buergeramt@berlin.de', 'Rathausplatz 1, 10178 Berlin'];

    it.each([
      ['Bürgeramt: 030 12340', []],
      ['Bürgeramt: 030/1234-0', []],
      ['Schreiben Sie an Buergeramt@Berlin.de.', []],
      ['Besuchen Sie uns am Rathausplatz 1.', []],
      ['Privat: 030 7654321', ['phone 030 7654321']],
      ['Schreiben Sie an max@berlin.de.', ['email max@berlin.de']],
      ['Der Unfall war vor dem Rathausplatz 2.', ['address Rathausplatz 2']],
    ])('%s', (text, expected) => {
      expect(found(text, own)).toEqual(expected);
    });

    it('does not let a longer own number or house number cover a shorter one', () => {
      expect(found('Privat: 030 1234', ['+49 30 1234-0'])).toEqual(['phone 030 1234']);
      expect(found('Privat: 030 123456', ['+49 30 1234560'])).toEqual(['phone 030 123456']);
      expect(found('Unfall vor der Lindenstraße 1.', ['Lindenstraße 12, 34117 Kassel'])).toEqual([
        'address Lindenstraße 1',
      ]);
    });

    it('ignores empty and non-string entries', () => {
      const bad = ['', '  ', 42] as unknown as string[];
      expect(found('Tel. 0171 1234567', bad)).toEqual(['phone 0171 1234567']);
    });
  });

  it('never throws and keeps ranges inside the text', () => {
    const alphabet = fc.constantFrom(...'0123456789 +-/.()@abcDEZHWStraßeAm#'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: alphabet, maxLength: 60 })),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        (text, allowList) => {
          for (const f of personalDataRule.run(input(text, allowList))) {
            const { start, end } = f.range ?? { start: -1, end: -1 };
            expect(start).toBeGreaterThanOrEqual(0);
            expect(start).toBeLessThan(end);
            expect(end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
    );
  });
});

describe('checksums', () => {
  it.each([
    ['DE89370400440532013000', true],
    ['AT611904300234573201', true],
    ['CH9300762011623852957', true],
    ['GB82WEST12345698765432', true],
    ['NL91ABNA0417164300', true],
    ['FR1420041010050500013M02606', true],
    ['DE89370400440532013001', false],
    ['DE8937040044053201300', false],
    ['XX00123', false],
  ])('IBAN %s valid: %s', (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });

  it.each([
    ['7561234567897', true],
    ['7569217076985', true],
    ['7561234567890', false],
    ['7551234567897', false],
  ])('AHV %s valid: %s', (ahv, valid) => {
    expect(isValidAhv(ahv)).toBe(valid);
  });
});

describe('personal data messages', () => {
  it('has the same keys in German and English, with the same placeholders', () => {
    expect(Object.keys(personalDataMessagesEn).sort()).toEqual(Object.keys(personalDataMessagesDe).sort());
    const placeholders = (s: string): string[] =>
      [...s.matchAll(/\{\{(\w+)/gu)].map((m) => m[1] ?? '').sort();
    for (const [key, de] of Object.entries(personalDataMessagesDe)) {
      expect(placeholders(personalDataMessagesEn[key as keyof typeof personalDataMessagesDe])).toEqual(
        placeholders(de),
      );
    }
  });
});
