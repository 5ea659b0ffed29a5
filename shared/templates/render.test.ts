import { describe, expect, it } from 'vitest';
import { builtInTemplate } from './builtIn';
import {
  formatTemplateDate,
  itemLetter,
  listItems,
  renderTemplate,
  TEMPLATE_TITLE_MAX_LENGTH,
} from './render';
import type { PostTemplate, TemplateField } from './types';

function custom(body: string, fields: TemplateField[], title = ''): PostTemplate {
  return {
    id: '7d1f0a52-3b8e-4c1e-9a57-2f4d6b8c9e01',
    kind: 'custom',
    name: 'Eigene Vorlage',
    fields,
    title,
    body,
    builtIn: false,
    category: null,
    requiresConsent: false,
  };
}

const text = (id: string, required = true): TemplateField => ({ id, label: id, type: 'text', required });

describe('renderTemplate: missing and invalid values', () => {
  const quiz = builtInTemplate('quiz');
  const cases: {
    name: string;
    values: Record<string, string | string[]>;
    missing: string[];
    invalid: string[];
  }[] = [
    {
      name: 'nothing filled in: every required field, in field order',
      values: {},
      missing: ['question', 'options', 'answer', 'answerDate'],
      invalid: [],
    },
    {
      name: 'blank text and a list of blank lines count as missing',
      values: { question: '   ', options: ['', '  '], answer: 'B', answerDate: '2026-12-10' },
      missing: ['question', 'options'],
      invalid: [],
    },
    {
      name: 'an impossible date is invalid',
      values: { question: 'Q?', options: ['a', 'b'], answer: 'a', answerDate: '2026-02-30' },
      missing: [],
      invalid: ['answerDate'],
    },
  ];
  for (const { name, values, missing, invalid } of cases) {
    it(name, () =>
      expect(renderTemplate(quiz, values)).toEqual({ ok: false, missing, invalid, unknownPlaceholders: [] }),
    );
  }

  const urls: [string, boolean][] = [
    ['https://www.example.de/stellen?id=1', true],
    ['http://example.org', true],
    ['www.example.de', false],
    ['javascript:alert(1)', false],
    ['https://exa mple.de', false],
  ];
  for (const [url, valid] of urls) {
    it(`a url field ${valid ? 'accepts' : 'rejects'} ${url}`, () => {
      const result = renderTemplate(
        custom('{{link}}', [{ id: 'link', label: 'Link', type: 'url', required: true }]),
        {
          link: url,
        },
      );
      expect(result.ok).toBe(valid);
    });
  }
});

describe('renderTemplate: placeholders and lines', () => {
  it('leaves unknown placeholders visible and reports them once', () => {
    const template = custom('Hallo {{name}}, {{ greeting }} und {{greeting}} {{Unbekannt}}', [text('name')]);
    expect(renderTemplate(template, { name: 'Frau Meier' })).toEqual({
      ok: true,
      text: 'Hallo Frau Meier, {{ greeting }} und {{greeting}} {{Unbekannt}}',
      title: 'Eigene Vorlage',
      unknownPlaceholders: ['greeting', 'Unbekannt'],
    });
  });

  it('reports unknown placeholders also when fields are missing', () => {
    const result = renderTemplate(custom('{{name}} {{x}}', [text('name')], '{{y}}'), {});
    expect(result).toEqual({ ok: false, missing: ['name'], invalid: [], unknownPlaceholders: ['x', 'y'] });
  });

  it('accepts spaces inside braces and does not expand placeholders inside values', () => {
    const template = custom('A: {{ a }}\nB: {{b}}', [text('a'), text('b')]);
    const result = renderTemplate(template, { a: '{{b}}', b: 'zwei' });
    expect(result.ok && result.text).toBe('A: {{b}}\nB: zwei');
  });

  it('drops a line whose placeholders are all empty optional fields, and extra blank lines', () => {
    const event = builtInTemplate('event');
    const result = renderTemplate(event, {
      title: 'Bürgerversammlung',
      date: '2026-12-01',
      place: 'Rathaus',
    });
    expect(result.ok && result.text).toBe(
      'Termin vormerken: Bürgerversammlung\n\nWann: 01.12.2026\nWo: Rathaus\n\nWir freuen uns auf Ihren Besuch!',
    );
  });

  it('keeps a line when one of its placeholders has a value', () => {
    const template = custom('Start\nPaar: {{a}}/{{b}}\nEnde', [text('a', false), text('b', false)]);
    expect(renderTemplate(template, { b: 'x' })).toMatchObject({ ok: true, text: 'Start\nPaar: /x\nEnde' });
  });

  it('makes a one-line title from the title pattern, shortened with an ellipsis', () => {
    const template = custom(
      '{{body}}',
      [{ id: 'body', label: 'Text', type: 'multiline', required: true }],
      'Titel: {{body}}',
    );
    const result = renderTemplate(template, { body: `Zeile eins\nZeile zwei ${'x'.repeat(100)}` });
    const title = result.ok ? result.title : '';
    expect(title).toHaveLength(TEMPLATE_TITLE_MAX_LENGTH);
    expect(title.startsWith('Titel: Zeile eins Zeile zwei x')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
  });

  it('falls back to the template name when the title would be empty', () => {
    const template = custom('Text', [text('a', false)], '{{a}}');
    expect(renderTemplate(template, {})).toMatchObject({ ok: true, title: 'Eigene Vorlage' });
  });
});

describe('renderTemplate: lists and dates', () => {
  const list: TemplateField = { id: 'items', label: 'Punkte', type: 'list', required: true };
  const listCases: { name: string; value: string | string[]; rendered: string }[] = [
    { name: 'an array', value: ['Rathaus', ' Bibliothek '], rendered: 'A) Rathaus\nB) Bibliothek' },
    { name: 'one item per line, blank lines dropped', value: 'Ja\r\n\nNein\n', rendered: 'A) Ja\nB) Nein' },
    { name: 'a single item', value: ['Nur eins'], rendered: 'A) Nur eins' },
  ];
  for (const { name, value, rendered } of listCases) {
    it(`renders a list from ${name} as lettered lines`, () => {
      expect(renderTemplate(custom('{{items}}', [list]), { items: value })).toMatchObject({
        ok: true,
        text: rendered,
      });
    });
  }

  it('letters go on after Z', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(itemLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
    expect(listItems(undefined)).toEqual([]);
  });

  const dateCases: { locale: 'de-DE' | 'de-CH' | 'de-AT' | 'en'; expected: string }[] = [
    { locale: 'de-DE', expected: '05.03.2027' },
    { locale: 'de-CH', expected: '05.03.2027' },
    { locale: 'de-AT', expected: '05.03.2027' },
    { locale: 'en', expected: '2027-03-05' },
  ];
  for (const { locale, expected } of dateCases) {
    it(`renders dates for ${locale} as ${expected}`, () => {
      expect(formatTemplateDate('2027-03-05', locale)).toBe(expected);
      const template = custom('Am {{day}}', [{ id: 'day', label: 'Tag', type: 'date', required: true }]);
      expect(renderTemplate(template, { day: '2027-03-05' }, locale)).toMatchObject({
        text: `Am ${expected}`,
      });
    });
  }
});
