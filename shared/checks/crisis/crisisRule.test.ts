import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, type CheckInput } from '../types';
import { crisisRule } from './crisisRule';
import { crisisMessagesDe, crisisMessagesEn } from './messages';

function input(text: string, crisis = true): CheckInput {
  return { channel: 'facebook', text, crisis, settings: DEFAULT_CHECK_SETTINGS };
}

/** What the rule finds, as "rule text" pairs, in order. */
function found(text: string, crisis = true): string[] {
  return crisisRule
    .run(input(text, crisis))
    .map((f) => `${f.rule} ${text.slice(f.range?.start, f.range?.end)}`);
}

/** Realistic crisis posts and exactly the findings each must raise (anything else must not be raised). */
const CASES: [string, string[]][] = [
  ['Hochwasser in Passau: Die Innstraße ist gesperrt. Bitte meiden Sie das Ufer.', []],
  ['Großbrand in Ludwigshafen. Halten Sie Fenster und Türen geschlossen!', []],
  ['Stromausfall in Köln-Nippes seit 14:30 Uhr. Die Rheinenergie arbeitet daran.', []],
  ['Die Polizei Berlin sucht den Mann nicht mehr haha', ['crisis.humourWord haha']],
  ['Evakuierung läuft 😂', ['crisis.humourEmoji 😂']],
  ['Die A 7 ist wieder frei 🤣🤣', ['crisis.humourEmoji 🤣', 'crisis.humourEmoji 🤣']],
  ['Wir bleiben dran 😉', ['crisis.humourEmoji 😉']],
  ['Warnung vor Sturmböen im Landkreis Harz ⚠️', ['crisis.emoji ⚠️']],
  ['Bitte bleiben Sie zu Hause 🏠 und hören Sie Radio.', ['crisis.emoji 🏠']],
  ['Achtung!! Trinkwasser in Ulm bitte abkochen.', ['crisis.exclamation !!']],
  ['Achtung!!! Evakuierung in Dresden-Laubegast.', ['crisis.exclamation !!!']],
  ['Achtung! Evakuierung in Dresden-Laubegast.', []],
  ['Lagebild 18 Uhr #Hochwasser #Passau', []],
  ['Mal wieder ein Serverausfall beim Amt #fail', ['crisis.humourHashtag #fail']],
  ['Stromausfall im Rathaus #Spaß', ['crisis.humourHashtag #Spaß']],
  ['Die Sirenenprobe klappte nicht ganz #lol', ['crisis.humourHashtag #lol']],
  ['Die Sirene war falsch eingestellt lol', ['crisis.humourWord lol']],
  ['Der Hacker hat es versucht ;-) Die Daten sind sicher.', ['crisis.humourWord ;-)']],
  ['Keine Sorge ;) Das THW ist vor Ort.', ['crisis.humourWord ;)']],
  ['Alles im Griff;-)', ['crisis.humourWord ;-)']],
  ['Info:Datum folgt', []],
  ['Wieder Stau am Kreuz xD', ['crisis.humourWord xD']],
  ['Hihi, der Pegel sinkt.', ['crisis.humourWord Hihi']],
  ['ROFL, wer glaubt solche Gerüchte?', ['crisis.humourWord ROFL']],
  ['Das Bundesamt für Bevölkerungsschutz (BBK) warnt: Die Warn-App NINA meldet Gefahr.', []],
  ['Pegel Köln: 8,10 m. Nächste Meldung 20:00 Uhr. Infos: https://www.stadt-koeln.de/hochwasser', []],
  ['Die Feuerwehr Hamburg bittet: Straßen freihalten (Rettungswege).', []],
  ['Schulen in Kiel bleiben am 12.03.2025 geschlossen.', []],
  ['Holloway Road ist gesperrt, Lollipop-Aktion abgesagt.', []],
  ['Bürgertelefon 0800 1234567 ist geschaltet 📞', ['crisis.emoji 📞']],
  ['Stand 15 Uhr: Keine Verletzten. Wir melden uns um 17 Uhr wieder. #Unwetter #Bayern', []],
  ['Wasserrohrbruch in Graz 🙃 hahaha', ['crisis.humourEmoji 🙃', 'crisis.humourWord hahaha']],
  ['Gute Nachrichten 🎉 Die Sperrung ist aufgehoben.', ['crisis.emoji 🎉']],
  ['Zu Ihrer Information: Die B 96 ist gesperrt :-D', ['crisis.humourWord :-D']],
  ['Die Polizei Zürich meldet: Lage unter Kontrolle. 🇨🇭', ['crisis.emoji 🇨🇭']],
  ['Ärztlicher Notdienst: 116117. Im Notfall 112 wählen.', []],
];

describe('crisisRule', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('never fires outside a crisis', () => {
    for (const [text] of CASES) expect(found(text, false)).toEqual([]);
  });

  it('builds findings with id, severity, key, source and no suggestion', () => {
    const text = 'Evakuierung läuft 😂 ⚠️';
    const [humour, other] = crisisRule.run(input(text));
    expect(humour).toEqual({
      id: 'crisis.humourEmoji:18',
      rule: 'crisis.humourEmoji',
      severity: 'block',
      messageKey: 'checks.crisis.humourEmoji',
      params: { emoji: '😂' },
      range: { start: 18, end: 20 },
      suggestion: null,
      source: 'BMI Leitfaden Krisenkommunikation 2014',
    });
    expect(other?.severity).toBe('warn');
    expect(other?.messageKey).toBe('checks.crisis.emoji');
  });

  it('blocks laughing emoji with skin tone or variation selector as humour', () => {
    expect(found('Na ja 😅️')).toEqual(['crisis.humourEmoji 😅️']);
  });

  it('never throws and keeps ranges inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.boolean(), (text, crisis) => {
        for (const f of crisisRule.run(input(text, crisis))) {
          expect(f.range).not.toBeNull();
          const { start, end } = f.range ?? { start: 0, end: 0 };
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(f.id).toBe(`${f.rule}:${start}`);
        }
      }),
    );
  });

  it('survives malformed input', () => {
    const bad = { ...input('x'), text: undefined } as unknown as CheckInput;
    expect(crisisRule.run(bad)).toEqual([]);
  });
});

describe('crisis messages', () => {
  it('has the same keys in German and English, with the same placeholders', () => {
    expect(Object.keys(crisisMessagesEn).sort()).toEqual(Object.keys(crisisMessagesDe).sort());
    const placeholders = (s: string): string[] =>
      [...s.matchAll(/\{\{(\w+)/gu)].map((m) => m[1] ?? '').sort();
    for (const [key, de] of Object.entries(crisisMessagesDe)) {
      expect(placeholders(crisisMessagesEn[key as keyof typeof crisisMessagesDe])).toEqual(placeholders(de));
    }
  });

  it('has a German text for every finding the rule raises', () => {
    const keys = crisisRule
      .run(input('Haha 😂 ⚠️!! #fail'))
      .map((f) => f.messageKey.replace('checks.crisis.', ''));
    for (const key of keys) expect(Object.keys(crisisMessagesDe)).toContain(key);
  });
});
