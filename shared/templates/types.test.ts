import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from './builtIn';
import { templateMessagesDe, templateMessagesEn } from './messages';
import { userTemplateSchema, type PostTemplate } from './types';

const valid: PostTemplate = {
  id: '7d1f0a52-3b8e-4c1e-9a57-2f4d6b8c9e01',
  kind: 'custom',
  name: '  Sprechstunde  ',
  fields: [
    { id: 'day', label: 'Tag', type: 'date', required: true },
    { id: 'room', label: 'Raum', type: 'text', required: false },
  ],
  title: 'Sprechstunde am {{day}}',
  body: 'Die Bürgermeisterin lädt am {{day}} zur Sprechstunde ein.\nRaum: {{room}}',
  builtIn: false,
  category: 'Bürgerservice',
  requiresConsent: false,
};

function issues(input: unknown): { path: string; message: string }[] {
  const result = userTemplateSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('userTemplateSchema', () => {
  it('accepts a user template and trims its name', () => {
    const result = userTemplateSchema.safeParse(valid);
    expect(result.success && result.data.name).toBe('Sprechstunde');
    expect(issues({ ...valid, category: null })).toEqual([]);
  });

  const cases: { name: string; input: unknown; expected: { path: string; message: string }[] }[] = [
    {
      name: 'a non-UUID id',
      input: { ...valid, id: 'quiz' },
      expected: [{ path: 'id', message: 'templates.errors.idInvalid' }],
    },
    {
      name: 'an empty name',
      input: { ...valid, name: '   ' },
      expected: [{ path: 'name', message: 'templates.errors.nameRequired' }],
    },
    {
      name: 'a blank body',
      input: { ...valid, body: ' \n ' },
      expected: [{ path: 'body', message: 'templates.errors.bodyRequired' }],
    },
    {
      name: 'a body over 10,000 characters',
      input: { ...valid, body: 'x'.repeat(10_001) },
      expected: [{ path: 'body', message: 'templates.errors.bodyTooLong' }],
    },
    {
      name: 'a field id that is no placeholder name',
      input: { ...valid, fields: [{ id: '1st field', label: 'x', type: 'text', required: true }] },
      expected: [{ path: 'fields.0.id', message: 'templates.errors.fieldIdInvalid' }],
    },
    {
      name: 'a field id twice',
      input: { ...valid, fields: [valid.fields[0], { ...valid.fields[1], id: 'day' }] },
      expected: [{ path: 'fields.1.id', message: 'templates.errors.fieldIdDuplicate' }],
    },
    {
      name: 'an unknown field type',
      input: { ...valid, fields: [{ id: 'a', label: 'A', type: 'image', required: true }] },
      expected: [{ path: 'fields.0.type', message: 'templates.errors.fieldTypeInvalid' }],
    },
    {
      name: 'an unknown kind',
      input: { ...valid, kind: 'meme' },
      expected: [{ path: 'kind', message: 'templates.errors.kindInvalid' }],
    },
    {
      name: 'an empty category',
      input: { ...valid, category: '' },
      expected: [{ path: 'category', message: 'templates.errors.categoryInvalid' }],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`rejects ${name}`, () => {
      expect(issues(input)).toEqual(expected);
      for (const { message } of expected) {
        const key = message.slice('templates.errors.'.length) as keyof typeof templateMessagesDe.errors;
        expect(templateMessagesDe.errors[key], message).toBeTypeOf('string');
        expect(templateMessagesEn.errors[key], message).toBeTypeOf('string');
      }
    });
  }

  it('rejects a template marked as built in: built-in templates are never stored', () => {
    expect(issues({ ...valid, builtIn: true }).map((i) => i.path)).toEqual(['builtIn']);
  });

  it('accepts a copy of each built-in template saved as a user template', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(issues({ ...template, id: valid.id, builtIn: false }), template.id).toEqual([]);
    }
  });
});
