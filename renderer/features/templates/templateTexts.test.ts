import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE } from '../../../shared/templates/builtIn';
import type { PostTemplate } from '../../../shared/templates/types';
import { createI18n } from '../../i18n/i18n';
import { templatesUiDe, templatesUiEn } from './messages';
import { templateFieldLabel, templateName } from './templateTexts';

const BUILT_IN = [...BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE];

describe('template texts', () => {
  it('the German catalogue has exactly the built-in names and labels, English the same keys', () => {
    const fromTemplates = Object.fromEntries(
      BUILT_IN.map((template) => [
        template.id,
        {
          name: template.name,
          fields: Object.fromEntries(template.fields.map((field) => [field.id, field.label])),
        },
      ]),
    );
    expect(templatesUiDe.builtIn).toEqual(fromTemplates);
    const keysOf = (tree: object): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null
          ? keysOf(value as object).map((k) => `${key}.${k}`)
          : [key],
      );
    expect(keysOf(templatesUiEn.builtIn)).toEqual(keysOf(templatesUiDe.builtIn));
  });

  it('shows built-in names and labels in the reader’s language, a saved template as written', () => {
    const en = createI18n('en').t;
    const de = createI18n('de-DE').t;
    const portrait = BUILT_IN.find((template) => template.id === 'builtin-staff-portrait');
    if (!portrait) throw new Error('no staff portrait template');
    const role = portrait.fields.find((field) => field.id === 'role');
    if (!role) throw new Error('no role field');
    expect(templateName(en, portrait)).toBe('Staff portrait');
    expect(templateFieldLabel(en, portrait, role)).toBe('Role');
    expect(templateName(de, portrait)).toBe('Mitarbeitenden-Porträt');
    expect(templateFieldLabel(de, portrait, role)).toBe('Funktion');

    const own: PostTemplate = { ...portrait, id: 'user-1', name: 'Unser Porträt', builtIn: false };
    expect(templateName(en, own)).toBe('Unser Porträt');
    expect(templateFieldLabel(en, own, role)).toBe('Funktion');
  });
});
