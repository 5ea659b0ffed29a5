import { describe, expect, it } from 'vitest';
import { ignoredSpans, splitSentences, splitWords } from './text';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const wordsOf = (text: string): string[] => splitWords(text).map((w) => w.text);

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Das Rathaus ist zu. Bitte kommen Sie morgen.', ['Das Rathaus ist zu.', 'Bitte kommen Sie morgen.']],
    [
      'Achtung! Glätte auf der B 27? Fahren Sie vorsichtig.',
      ['Achtung!', 'Glätte auf der B 27?', 'Fahren Sie vorsichtig.'],
    ],
    ['Erste Zeile\nZweite Zeile', ['Erste Zeile', 'Zweite Zeile']],
    ['Zeile eins\r\n\r\nZeile zwei', ['Zeile eins', 'Zeile zwei']],
    ['Bringen Sie z. B. Ihren Pass mit. Danke.', ['Bringen Sie z. B. Ihren Pass mit.', 'Danke.']],
    ['Bringen Sie z.B. Ihren Pass mit.', ['Bringen Sie z.B. Ihren Pass mit.']],
    ['Zimmer Nr. 5 ist frei. Dr. Müller berät Sie.', ['Zimmer Nr. 5 ist frei.', 'Dr. Müller berät Sie.']],
    [
      'Kommen Sie bzw. rufen Sie an. Ca. 20 Plätze sind frei.',
      ['Kommen Sie bzw. rufen Sie an.', 'Ca. 20 Plätze sind frei.'],
    ],
    ['Es gibt u. a. Kuchen. Alle sind eingeladen.', ['Es gibt u. a. Kuchen.', 'Alle sind eingeladen.']],
    [
      'Am 24.12. ist das Amt zu. Ab 2.1. wieder offen.',
      ['Am 24.12. ist das Amt zu.', 'Ab 2.1. wieder offen.'],
    ],
    ['Am 3. Oktober ist Feiertag.', ['Am 3. Oktober ist Feiertag.']],
    ['Die Zahl stieg im Jahr 2025. Das freut uns.', ['Die Zahl stieg im Jahr 2025.', 'Das freut uns.']],
    ['Er sagte: „Wir kommen.“ Dann ging er.', ['Er sagte: „Wir kommen.“', 'Dann ging er.']],
    ['Wirklich?! Ja...', ['Wirklich?!', 'Ja...']],
    ['Infos: www.stadt.de. Danke!', ['Infos: www.stadt.de.', 'Danke!']],
    ['Kuchen, Kaffee usw. Alle sind willkommen.', ['Kuchen, Kaffee usw.', 'Alle sind willkommen.']],
    ['Hier gilt i. d. R. Tempo 30.', ['Hier gilt i. d. R. Tempo 30.']],
    ['   ', []],
    ['🎉 2026 🎉', []],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('keeps each sentence’s words and UTF-16 ranges', () => {
    const text = '🎉 Neu: Bürgerbüro. Öffnung um 8 Uhr!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.words.map((w) => w.text))).toEqual([
      ['Neu', 'Bürgerbüro'],
      ['Öffnung', 'um', 'Uhr'],
    ]);
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        expect(text.slice(word.start, word.end)).toBe(word.text);
        expect(word.start).toBeGreaterThanOrEqual(sentence.start);
        expect(word.end).toBeLessThanOrEqual(sentence.end);
      }
    }
    expect(sentences[0]?.start).toBe(0); // a sentence starts at its first visible character, here the emoji
    expect(sentences[1]?.start).toBe(text.indexOf('Öffnung'));
  });
});

describe('splitWords', () => {
  it.each<[string, string[]]>([
    ['Straße, Bürgerbüro und Öffnungszeiten', ['Straße', 'Bürgerbüro', 'und', 'Öffnungszeiten']],
    ['Das Bürger-Info-Center öffnet', ['Das', 'Bürger-Info-Center', 'öffnet']],
    ['Mehr unter https://www.stadt.de/a-b?x=1 und www.kreis.de', ['Mehr', 'unter', 'und']],
    ['Danke @Feuerwehr_Musterstadt für #Hochwasser2026 Hilfe', ['Danke', 'für', 'Hilfe']],
    ['Schreiben Sie an info@stadt-musterhausen.de bitte', ['Schreiben', 'Sie', 'an', 'bitte']],
    ['Siehe bund.de/service oder polizei.bayern.de.', ['Siehe', 'oder']],
    ['Wir freuen uns 😀👍🏽 auf 300 Gäste', ['Wir', 'freuen', 'uns', 'auf', 'Gäste']],
    ['3-Zimmer-Wohnung ab 1.000 €', ['Zimmer-Wohnung', 'ab']],
    ['Ende-', ['Ende']],
  ])('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });
});

describe('ignoredSpans', () => {
  it('finds URLs, addresses, hashtags and mentions without trailing punctuation', () => {
    const text = 'Siehe www.stadt.de. #Wahl2026, @Rathaus und a@b.de!';
    expect(ignoredSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'www.stadt.de',
      '#Wahl2026',
      '@Rathaus',
      'a@b.de',
    ]);
  });
});
