import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../model/channels';
import { DEFAULT_CHECK_SETTINGS, type Address, type CheckInput } from '../types';
import { camelCaseHashtag, splitHashtag } from './hashtagWords';
import { toneMessagesDe, toneMessagesEn } from './messages';
import { toneRule } from './toneRule';

interface Options {
  address?: Address;
  channel?: Channel;
  maxEmoji?: number;
}

function input(text: string, options: Options = {}): CheckInput {
  const settings = {
    ...DEFAULT_CHECK_SETTINGS,
    address: options.address ?? 'sie',
    maxEmoji: options.maxEmoji ?? 3,
  };
  return { channel: options.channel ?? 'facebook', text, crisis: false, settings };
}

/** What the rule finds, as "rule text" pairs, in order. */
function found(text: string, options: Options = {}): string[] {
  return toneRule
    .run(input(text, options))
    .map((f) => `${f.rule.replace('tone.', '')} ${text.slice(f.range?.start, f.range?.end)}`);
}

/** Realistic posts (formal "Sie" organisation, Facebook) and exactly the findings each must raise. */
const CASES: [string, string[]][] = [
  ['Das Sommerfest im Stadtpark beginnt um 15 Uhr. Wir freuen uns auf Sie! 🎉', []],
  ['Sie finden alle Infos auf www.muenchen.de. #SommerfestMünchen', []],
  ['Heute 🎉 feiern wir das Stadtfest.', ['emojiInSentence 🎉']],
  ['Der Weihnachtsmarkt öffnet 🎄🎅 am Montag.', ['emojiInSentence 🎄🎅']],
  ['📍 Rathaus Kassel\n🕒 10 Uhr', []],
  ['Schönes Wochenende! ☀️🌳🚲🍦', ['tooManyEmoji 🍦']],
  ['Schönes Wochenende! ☀️🌳🚲', []],
  ['Jetzt bewerben: #ausbildungbeiderstadtverwaltung', ['hashtagCamelCase #ausbildungbeiderstadtverwaltung']],
  ['Wir feiern #sommerfest', []],
  ['Wir feiern #feuerwehrfest', ['hashtagCamelCase #feuerwehrfest']],
  ['Wir feiern #sommerfestimpark', ['hashtagCamelCase #sommerfestimpark']],
  ['Alle Infos: #BarrierefreiheitImNetz #ÖPNV', []],
  ['𝐖𝐢𝐜𝐡𝐭𝐢𝐠: Die Bürgerämter sind geschlossen.', ['pseudoFormatting 𝐖𝐢𝐜𝐡𝐭𝐢𝐠']],
  ['Neu: 𝘋𝘪𝘦 𝘖𝘯𝘭𝘪𝘯𝘦𝘸𝘢𝘤𝘩𝘦 ist erreichbar.', ['pseudoFormatting 𝘋𝘪𝘦 𝘖𝘯𝘭𝘪𝘯𝘦𝘸𝘢𝘤𝘩𝘦']],
  ['ACHTUNG: Die Brücke ist gesperrt.', ['allCaps ACHTUNG']],
  ['𝐖𝐀𝐑𝐍𝐔𝐍𝐆 vor Glätte in Erfurt.', ['pseudoFormatting 𝐖𝐀𝐑𝐍𝐔𝐍𝐆']],
  ['Mehr unter #duundwir und www.du-bist-berlin.de', []],
  ['Das ÖPNV-Ticket gilt ab Januar. BAföG-Anträge beim Studierendenwerk.', []],
  ['Das THW, das DRK und der ADAC helfen. Die DSGVO gilt. Mehr in den FAQ.', []],
  ['Die COVID-19-Impfung gibt es in der Hausarztpraxis.', []],
  ['Die Zahl der Fälle steigt!!! Bitte impfen Sie sich.', ['exclamation !!!']],
  ['Wir suchen Verstärkung! Bewerben Sie sich jetzt.', []],
  ['Hast du schon deinen Termin gebucht?', ['informalAddress du', 'informalAddress deinen']],
  ['Wir freuen uns auf euch und eure Fragen.', ['informalAddress euch', 'informalAddress eure']],
  ['Liebe Bürgerinnen und Bürger, Du kannst ab heute online wählen.', ['informalAddress Du']],
  ['Sie sagen, die Polizei Bremen sei gut erreichbar.', []],
  ['Sie haben Fragen? Schreiben Sie uns.', []],
  ['Mehr Infos: Link in Bio', ['linkInBio Link in Bio']],
  ['Den Antrag finden Sie über den Link in der Bio.', ['linkInBio Link in der Bio']],
  ['Das Bundesamt für Migration und Flüchtlinge (BAMF) informiert.', []],
  ['Die Landeshauptstadt Düsseldorf lädt Sie herzlich ein. 😊', []],
  ['Polizei Hannover: Wir haben den Verdächtigen festgenommen. 👮', []],
  ['Das BSI warnt vor Phishing-Mails. Mehr: https://www.bsi.bund.de/DE/Themen', []],
  ['Gesucht: Erzieherinnen und Erzieher für unsere KITAS.', ['allCaps KITAS']],
  ['Die Stadt Wien und der ÖAMTC informieren über Glatteis.', []],
  ['Neu seit 2025: Online-Termine beim Bürgeramt Graz.', []],
  ['Termine am 12.03. und 15.04.2025 im Rathaus 🏛️', []],
  ['Dir. Müller lädt zur Zeugnisübergabe ein.', []],
  ['Gewinnen Sie 2 Tickets 🎟️ für das Konzert.', ['emojiInSentence 🎟️']],
  ['Wir danken dir. Bis bald!', ['informalAddress dir']],
];

describe('toneRule', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('warns about the formal address when the organisation says "du"', () => {
    expect(found('Wir laden Sie herzlich ein, Ihre Ideen zu teilen.', { address: 'du' })).toEqual([
      'formalAddress Sie',
      'formalAddress Ihre',
    ]);
    expect(found('Sie kommen morgen. Ihr Bus fährt um 8 Uhr.', { address: 'du' })).toEqual([]);
    expect(found('Die Kinder sagen, sie wollen spielen.', { address: 'du' })).toEqual([]);
    expect(found('Hast du Fragen? Schreib uns.', { address: 'du' })).toEqual([]);
  });

  it('accepts "Link in Bio" on Instagram only', () => {
    expect(found('Alle Termine: Link in Bio', { channel: 'instagram' })).toEqual([]);
    expect(found('Alle Termine: Link in Bio', { channel: 'x' })).toEqual(['linkInBio Link in Bio']);
  });

  it('counts emoji against settings.maxEmoji', () => {
    expect(found('Schönes Fest! 🎉', { maxEmoji: 0 })).toEqual(['tooManyEmoji 🎉']);
    expect(
      toneRule.run(input('Viel Spaß! 🎉🎈🎊🎆🎇')).find((f) => f.rule === 'tone.tooManyEmoji')?.params,
    ).toEqual({
      count: 5,
      max: 3,
    });
  });

  it('suggests plain letters for pseudo-bold text and CamelCase for hashtags', () => {
    const [bold] = toneRule.run(input('𝐖𝐢𝐜𝐡𝐭𝐢𝐠 𝟐𝟎𝟐𝟓'));
    expect(bold).toMatchObject({
      severity: 'block',
      suggestion: 'Wichtig 2025',
      messageKey: 'checks.tone.pseudoFormatting',
    });
    const [tag] = toneRule.run(input('#sommerfestimpark'));
    expect(tag).toMatchObject({
      severity: 'info',
      suggestion: '#SommerFestImPark',
      id: 'tone.hashtagCamelCase:0',
    });
    const [unknown] = toneRule.run(input('#xyzqwertzuiopasdf'));
    expect(unknown).toMatchObject({ severity: 'info', suggestion: null });
  });

  it('gives warnings the Bundesfachstelle as source', () => {
    const [caps] = toneRule.run(input('Bitte BEACHTEN Sie den Hinweis.'));
    expect(caps).toEqual({
      id: 'tone.allCaps:6',
      rule: 'tone.allCaps',
      severity: 'warn',
      messageKey: 'checks.tone.allCaps',
      params: { word: 'BEACHTEN' },
      range: { start: 6, end: 14 },
      suggestion: null,
      source: 'Bundesfachstelle Barrierefreiheit: Barrierefreie Social-Media-Beiträge',
    });
  });

  it('handles a Facebook-length text', () => {
    const text = 'Das Stadtfest in Kassel 🎉 beginnt HEUTE!!! Link in Bio. '.repeat(1100);
    const findings = toneRule.run(input(text));
    expect(findings.filter((f) => f.rule === 'tone.emojiInSentence')).toHaveLength(1100);
    expect(findings.filter((f) => f.rule === 'tone.tooManyEmoji')).toHaveLength(1);
  });

  it('never throws and keeps ranges inside the text', () => {
    const alphabet = fc.constantFrom(
      ...['a', 'B', ' ', '.', '!', '#', 'du', 'Sie', '🎉', '😂', '𝐖', 'ÄÖÜ', '\n'],
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: alphabet, maxLength: 40 }),
        ),
        fc.constantFrom<Address>('sie', 'du'),
        fc.integer({ min: -1, max: 5 }),
        (text, address, maxEmoji) => {
          for (const f of toneRule.run(input(text, { address, maxEmoji }))) {
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

describe('hashtag splitter', () => {
  it.each([
    ['sommerfestimpark', '#SommerFestImPark'],
    ['stadtratsitzung', null],
    ['kinderfestfueralle', '#KinderFestFuerAlle'],
    ['feuerwehr', null],
    ['polizeisicherheit', '#PolizeiSicherheit'],
  ])('%s → %s', (tag, expected) => {
    expect(camelCaseHashtag(tag)).toBe(expected);
  });

  it('prefers whole listed compounds over their parts', () => {
    expect(splitHashtag('feuerwehrfest')).toEqual(['feuerwehr', 'fest']);
  });
});

describe('tone messages', () => {
  it('has the same keys in German and English, with the same placeholders', () => {
    expect(Object.keys(toneMessagesEn).sort()).toEqual(Object.keys(toneMessagesDe).sort());
    const placeholders = (s: string): string[] =>
      [...s.matchAll(/\{\{(\w+)/gu)].map((m) => m[1] ?? '').sort();
    for (const [key, de] of Object.entries(toneMessagesDe)) {
      expect(placeholders(toneMessagesEn[key as keyof typeof toneMessagesDe])).toEqual(placeholders(de));
    }
  });
});
