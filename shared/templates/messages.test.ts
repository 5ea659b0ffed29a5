import { describe, expect, it } from 'vitest';
import { TEMPLATE_FIELD_TYPES, TEMPLATE_KINDS } from './types';
import { templateMessagesDe, templateMessagesEn } from './messages';
import type { TemplateWarningKey } from './warnings';

function entries(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}

const params = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

// Every warning key, with the parameters templateWarnings passes (checked by the type below).
const WARNING_PARAMS: Record<TemplateWarningKey, string[]> = {
  'templates.afterDeadline': ['deadline'],
  'templates.afterEvent': ['date'],
  'templates.answerNotAfterQuiz': ['date'],
  'templates.quizFewOptions': [],
  'templates.crisisEmoji': [],
  'templates.consentRequired': [],
};

describe('template messages', () => {
  const de = new Map(entries(templateMessagesDe));
  const en = new Map(entries(templateMessagesEn));

  it('English has the keys and interpolation parameters of German', () => {
    expect([...en.keys()]).toEqual([...de.keys()]);
    for (const [key, text] of de) expect(params(en.get(key) ?? ''), key).toEqual(params(text));
  });

  it('every warning key exists with the parameters the warning carries', () => {
    for (const [key, expected] of Object.entries(WARNING_PARAMS)) {
      const name = key.replace(/^templates\./, '');
      expect(params(de.get(name) ?? ''), key).toEqual(expected);
      expect(en.has(name), key).toBe(true);
    }
  });

  it('names every kind and field type', () => {
    expect(Object.keys(templateMessagesDe.kinds)).toEqual([...TEMPLATE_KINDS]);
    expect(Object.keys(templateMessagesDe.fieldTypes)).toEqual([...TEMPLATE_FIELD_TYPES]);
  });

  it('render problems have messages with their list parameter', () => {
    expect(params(templateMessagesDe.missingFields)).toEqual(['fields']);
    expect(params(templateMessagesDe.invalidFields)).toEqual(['fields']);
    expect(params(templateMessagesDe.unknownPlaceholders)).toEqual(['placeholders']);
  });
});
