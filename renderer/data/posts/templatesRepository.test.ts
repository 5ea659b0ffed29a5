/** User templates and the quiz answer post against a real (in-memory) IndexedDB. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withChannels } from '../../../shared/model/postVariants';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtIn';
import { renderTemplate } from '../../../shared/templates/render';
import { emptyDraft, type ComposerDraft } from '../../../shared/model/composerDraft';
import { db } from '../store/db';
import {
  createQuizAnswerPost,
  deleteUserTemplate,
  getTemplate,
  listTemplates,
  listUserTemplates,
  saveDraftAsTemplate,
  saveUserTemplate,
  templateFromDraft,
  type TemplateInput,
} from './templatesRepository';

const context = { actorId: 'local-editor', timeZone: 'Europe/Berlin', now: new Date('2026-11-25T08:00:00Z') };

const sprechstunde: TemplateInput = {
  kind: 'custom',
  name: 'Bürgersprechstunde',
  fields: [{ id: 'datum', label: 'Datum', type: 'date', required: true }],
  title: 'Sprechstunde {{datum}}',
  body: 'Die Bürgermeisterin lädt am {{datum}} zur Sprechstunde ein.',
  category: 'Service',
  requiresConsent: false,
};

const quizDraft: ComposerDraft = {
  ...emptyDraft('2026-12-03', '10:00'),
  title: 'Quiz: Brücken',
  campaignId: 'c-1',
  category: 'Stadtwissen',
  content: withChannels({ channels: [], text: 'Quizzeit!', variants: [], variantsLinked: true, media: [] }, [
    'instagram',
    'facebook',
  ]),
};

const quizValues = {
  question: 'Wie viele Brücken hat unsere Stadt?',
  options: '12\n27\n41',
  answer: 'B) 27',
  answerDate: '2026-12-10',
};

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('user templates', () => {
  it('saves, lists after the built-in ones, updates and deletes', async () => {
    const saved = await saveUserTemplate(sprechstunde);
    if (!saved.ok) throw new Error(saved.messageKey);
    expect(saved.template).toMatchObject({ ...sprechstunde, builtIn: false });
    const other = await saveUserTemplate({ ...sprechstunde, name: 'Abfallkalender' });
    if (!other.ok) throw new Error(other.messageKey);

    expect((await listTemplates()).map((template) => template.name)).toEqual([
      ...BUILT_IN_TEMPLATES.map((template) => template.name),
      'Abfallkalender',
      'Bürgersprechstunde',
    ]);
    await saveUserTemplate({ ...sprechstunde, id: saved.template.id, name: 'Sprechstunde' });
    expect(await getTemplate(saved.template.id)).toMatchObject({ name: 'Sprechstunde' });
    expect(await getTemplate('builtin-recruiting')).toBe(BUILT_IN_TEMPLATES[2]);

    await deleteUserTemplate(other.template.id);
    expect((await listUserTemplates()).map((template) => template.name)).toEqual(['Sprechstunde']);
  });

  it('refuses an invalid template with the key of its field and saves nothing', async () => {
    expect(await saveUserTemplate({ ...sprechstunde, name: '  ' })).toEqual({
      ok: false,
      messageKey: 'templates.errors.nameRequired',
      field: 'name',
    });
    const duplicate = [...sprechstunde.fields, ...sprechstunde.fields];
    expect(await saveUserTemplate({ ...sprechstunde, fields: duplicate })).toEqual({
      ok: false,
      messageKey: 'templates.errors.fieldIdDuplicate',
      field: 'fields.1.id',
    });
    expect(await db.templates.count()).toBe(0);
  });

  it('leaves out stored rows that no longer validate', async () => {
    await db.templates.put({ id: 'broken', template: { name: 'kaputt' } });
    expect(await listUserTemplates()).toEqual([]);
    expect(await getTemplate('broken')).toBeUndefined();
  });

  it('saves the draft master text with its placeholders as text fields', async () => {
    const draft: ComposerDraft = {
      ...quizDraft,
      title: 'Sperrung {{strasse}}',
      content: {
        ...quizDraft.content,
        text: 'Die {{strasse}} ist bis {{ende}} gesperrt. Umleitung über {{strasse}}.',
      },
    };
    expect(templateFromDraft('Straßensperrung', draft).fields).toEqual([
      { id: 'strasse', label: 'strasse', type: 'text', required: true },
      { id: 'ende', label: 'ende', type: 'text', required: true },
    ]);
    const result = await saveDraftAsTemplate('Straßensperrung', draft);
    if (!result.ok) throw new Error(result.messageKey);
    const stored = await getTemplate(result.template.id);
    expect(stored).toMatchObject({ kind: 'custom', name: 'Straßensperrung', category: 'Stadtwissen' });
    if (stored === undefined) throw new Error('not stored');
    expect(renderTemplate(stored, { strasse: 'Hauptstraße', ende: 'Freitag' })).toEqual({
      ok: true,
      title: 'Sperrung Hauptstraße',
      text: 'Die Hauptstraße ist bis Freitag gesperrt. Umleitung über Hauptstraße.',
      unknownPlaceholders: [],
    });
  });
});

describe('createQuizAnswerPost', () => {
  it('creates the answer draft on the answer day at the quiz time, for the same networks', async () => {
    const result = await createQuizAnswerPost(quizValues, quizDraft, context);
    if (!result.ok) throw new Error(result.reason);
    expect(await db.posts.get(result.post.id)).toEqual({
      id: result.post.id,
      title: 'Quiz-Auflösung: Wie viele Brücken hat unsere Stadt?',
      channels: ['facebook', 'instagram'],
      text: [
        'Auflösung unseres Quiz vom 03.12.2026',
        '',
        'Die Frage war: Wie viele Brücken hat unsere Stadt?',
        '',
        'Richtig ist: B) 27',
        '',
        'Vielen Dank an alle, die mitgeraten haben!',
      ].join('\n'),
      variants: expect.any(Array) as unknown[],
      variantsLinked: true,
      media: [],
      campaignId: 'c-1',
      category: 'Stadtwissen',
      series: null,
      checks: { ticks: [], overrides: [] },
      template: {
        templateId: 'builtin-quiz-answer',
        values: { question: quizValues.question, answer: 'B) 27', quizDate: '2026-12-03' },
      },
      scheduledAt: '2026-12-10T10:00:00+01:00',
      scheduledAtUtc: '2026-12-10T09:00:00.000Z',
      status: 'draft',
      createdAt: '2026-11-25T08:00:00.000Z',
      updatedAt: '2026-11-25T08:00:00.000Z',
      createdBy: 'local-editor',
      notes: '',
      workflow: expect.objectContaining({
        revision: 1,
        approvals: [],
        lastEditorId: 'local-editor',
      }) as unknown,
    });
    expect(result.post.variants.map((variant) => variant.channel)).toEqual(['facebook', 'instagram']);
  });

  const skipped: { name: string; draft: ComposerDraft; values: typeof quizValues; expected: object }[] = [
    {
      name: 'a quiz without a date',
      draft: { ...quizDraft, date: '', time: '' },
      values: quizValues,
      expected: { ok: false, reason: 'noDate' },
    },
    {
      name: 'an answer day before the quiz',
      draft: quizDraft,
      values: { ...quizValues, answerDate: '2026-12-03' },
      expected: { ok: false, reason: 'answerNotAfterQuiz' },
    },
    {
      name: 'missing values',
      draft: quizDraft,
      values: { ...quizValues, answer: '' },
      expected: { ok: false, reason: 'values', missing: ['answer'], invalid: [] },
    },
    {
      name: 'a quiz without networks',
      draft: { ...quizDraft, content: { ...quizDraft.content, channels: [], variants: [] } },
      values: quizValues,
      expected: { ok: false, reason: 'post', messageKey: 'post.errors.channelRequired' },
    },
  ];
  for (const { name, draft, values, expected } of skipped) {
    it(`creates nothing for ${name}`, async () => {
      expect(await createQuizAnswerPost(values, draft, context)).toEqual(expected);
      expect(await db.posts.count()).toBe(0);
    });
  }
});
