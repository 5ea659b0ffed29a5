import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE, builtInTemplate } from './builtIn';
import { placeholdersIn, renderTemplate } from './render';
import { containsEmoji } from './warnings';
import type { TemplateValues } from './types';

const cases: {
  kind: Parameters<typeof builtInTemplate>[0];
  values: TemplateValues;
  title: string;
  text: string;
}[] = [
  {
    kind: 'quiz',
    values: {
      question: 'Wie viele Brücken hat unsere Stadt?',
      options: ['12', '27', '41'],
      answer: 'B) 27',
      answerDate: '2026-12-10',
    },
    title: 'Quiz: Wie viele Brücken hat unsere Stadt?',
    text: [
      'Quizzeit! Wissen Sie es?',
      '',
      'Wie viele Brücken hat unsere Stadt?',
      '',
      'A) 12',
      'B) 27',
      'C) 41',
      '',
      'Schicken Sie uns Ihre Antwort gern als Nachricht. Die Auflösung zeigen wir am 10.12.2026.',
    ].join('\n'),
  },
  {
    kind: 'staffPortrait',
    values: {
      name: 'Aylin Demir',
      role: 'Sachbearbeiterin',
      department: 'Bürgeramt',
      quote: 'Ich mag es, wenn ich helfen kann.',
    },
    title: 'Porträt: Aylin Demir',
    text: [
      'Wir stellen vor: Aylin Demir',
      '',
      'Sachbearbeiterin, Bürgeramt',
      '',
      '„Ich mag es, wenn ich helfen kann.“',
      '',
      'In unserer Reihe „Menschen in der Verwaltung“ zeigen wir, wer jeden Tag für Sie arbeitet.',
    ].join('\n'),
  },
  {
    kind: 'recruiting',
    values: {
      job: 'Sachbearbeitung Wohngeld (m/w/d)',
      department: 'Amt für Soziales',
      deadline: '2026-12-15',
      link: 'https://www.example.de/stellen/123',
    },
    title: 'Stelle: Sachbearbeitung Wohngeld (m/w/d)',
    text: [
      'Wir suchen Verstärkung!',
      '',
      'Stelle: Sachbearbeitung Wohngeld (m/w/d)',
      'Bereich: Amt für Soziales',
      'Bewerbungsschluss: 15.12.2026',
      '',
      'Sie wollen etwas für die Menschen hier tun? Dann freuen wir uns auf Ihre Bewerbung.',
      '',
      'Alles zur Stelle und zur Bewerbung finden Sie hier: https://www.example.de/stellen/123',
    ].join('\n'),
  },
  {
    kind: 'event',
    values: {
      title: 'Tag der offenen Tür im Rathaus',
      date: '2027-01-16',
      time: '10 bis 16 Uhr',
      place: 'Rathaus, Marktplatz 1',
      link: 'https://www.example.de/rathaus',
    },
    title: 'Veranstaltung: Tag der offenen Tür im Rathaus',
    text: [
      'Termin vormerken: Tag der offenen Tür im Rathaus',
      '',
      'Wann: 16.01.2027',
      'Uhrzeit: 10 bis 16 Uhr',
      'Wo: Rathaus, Marktplatz 1',
      '',
      'Wir freuen uns auf Ihren Besuch!',
      '',
      'Weitere Informationen: https://www.example.de/rathaus',
    ].join('\n'),
  },
  {
    kind: 'crisis',
    values: {
      whatHappened: 'Wegen eines Wasserrohrbruchs ist die Bahnhofstraße gesperrt.',
      whatToDo: 'Bitte umfahren Sie den Bereich.',
      moreInformation: 'https://www.example.de/aktuell',
    },
    title: 'Krisenmeldung: Wegen eines Wasserrohrbruchs ist die Bahnhofstraße gesperrt.',
    text: [
      'Wichtige Information',
      '',
      'Was ist passiert?',
      'Wegen eines Wasserrohrbruchs ist die Bahnhofstraße gesperrt.',
      '',
      'Was sollten Sie jetzt tun?',
      'Bitte umfahren Sie den Bereich.',
      '',
      'Wo erhalten Sie weitere Informationen?',
      'https://www.example.de/aktuell',
      '',
      'Wir informieren Sie hier, sobald es Neues gibt.',
    ].join('\n'),
  },
];

describe('built-in templates', () => {
  for (const { kind, values, title, text } of cases) {
    it(`renders the ${kind} template`, () => {
      expect(renderTemplate(builtInTemplate(kind), values)).toEqual({
        ok: true,
        title,
        text,
        unknownPlaceholders: [],
      });
    });
  }

  it('are the five kinds, built in, each placeholder backed by a field and each field id unique', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.kind)).toEqual([
      'quiz',
      'staffPortrait',
      'recruiting',
      'event',
      'crisis',
    ]);
    for (const template of [...BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE]) {
      const ids = template.fields.map((f) => f.id);
      expect(new Set(ids).size, template.id).toBe(ids.length);
      expect(
        placeholdersIn(`${template.body}\n${template.title}`).every((p) => ids.includes(p)),
        template.id,
      ).toBe(true);
      expect(template.builtIn).toBe(true);
    }
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
  });

  it('only the staff portrait requires consent', () => {
    expect(BUILT_IN_TEMPLATES.filter((t) => t.requiresConsent).map((t) => t.kind)).toEqual(['staffPortrait']);
  });

  it('have no emoji and no ß (so Swiss German needs no variant), and address readers formally', () => {
    for (const template of [...BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE]) {
      const strings = [template.name, template.title, template.body, ...template.fields.map((f) => f.label)];
      expect(strings.some(containsEmoji), template.id).toBe(false);
      expect(strings.join(' '), template.id).not.toMatch(/ß|\b(du|dich|dir|dein\w*|euch|euer|eure\w*|ihr)\b/);
    }
  });

  it('has no built-in custom template', () => {
    // @ts-expect-error: `custom` is not a built-in kind
    expect(() => builtInTemplate('custom')).toThrow(RangeError);
  });
});
