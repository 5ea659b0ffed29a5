/**
 * Post templates: the built-in ones (code, shared/templates/builtIn.ts) and the ones editors saved (rows of the
 * `templates` table, validated with userTemplateSchema on the way in and on the way out). Also the second post of
 * a quiz, the answer, created from the quiz's values.
 */
import type { Post } from '../../../shared/model/post';
import { newDraftPost, validatePostInput, type PostErrorKey } from '../../../shared/model/postInput';
import type { UiLocale } from '../../../shared/model/settings';
import { BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE } from '../../../shared/templates/builtIn';
import type { TemplateMessages } from '../../../shared/templates/messages';
import { answerPostFor } from '../../../shared/templates/quiz';
import { placeholdersIn } from '../../../shared/templates/render';
import {
  userTemplateSchema,
  type PostTemplate,
  type TemplateValues,
  type UserTemplate,
} from '../../../shared/templates/types';
import { isPlainDate, isPlainTime, isoToZonedParts, zonedDateTimeToIso } from '../../../shared/time/zoned';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import { guardData } from '../store/dataErrors';
import { db } from '../store/db';
import type { WriteContext } from './postsRepository';

export type TemplateErrorKey = `templates.errors.${keyof TemplateMessages['errors']}`;

/** A template that did not pass validation: nothing was saved. `field` is its path (`name`, `fields.0.id` …). */
export interface TemplateRefusal {
  ok: false;
  messageKey: TemplateErrorKey;
  field: string;
}

export type SaveTemplateResult = { ok: true; template: UserTemplate } | TemplateRefusal;

/** What a person saves: a user template without its id (new) or with it (update). */
export type TemplateInput = Omit<UserTemplate, 'id' | 'builtIn'> & { id?: string };

function readTemplate(row: { template: unknown }): UserTemplate | null {
  const parsed = userTemplateSchema.safeParse(row.template);
  return parsed.success ? parsed.data : null;
}

/** Saved templates, by name (rows that no longer validate are left out). */
export function listUserTemplates(): Promise<UserTemplate[]> {
  return guardData(async () => {
    const rows = await db.templates.toArray();
    return rows
      .map(readTemplate)
      .filter((template): template is UserTemplate => template !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });
}

/** Every template the picker offers: the built-in ones in their order, then the saved ones by name. */
export async function listTemplates(): Promise<PostTemplate[]> {
  return [...BUILT_IN_TEMPLATES, ...(await listUserTemplates())];
}

/** A built-in or saved template by id (also the quiz answer template). */
export async function getTemplate(id: string): Promise<PostTemplate | undefined> {
  const builtIn = [...BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE].find((template) => template.id === id);
  if (builtIn !== undefined) return builtIn;
  const row = await guardData(() => db.templates.get(id));
  return row === undefined ? undefined : (readTemplate(row) ?? undefined);
}

/** Validates and saves a user template (new without `id`); an invalid one saves nothing and names its field. */
export async function saveUserTemplate(input: TemplateInput): Promise<SaveTemplateResult> {
  const parsed = userTemplateSchema.safeParse({
    ...input,
    id: input.id ?? crypto.randomUUID(),
    builtIn: false,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      // The schema's messages are `templates.errors.*` keys (see shared/templates/types.ts).
      messageKey: (issue?.message ?? 'templates.errors.bodyRequired') as TemplateErrorKey,
      field: issue?.path.join('.') ?? '',
    };
  }
  const template = parsed.data;
  await guardData(() => db.templates.put({ id: template.id, template }));
  return { ok: true, template };
}

export async function deleteUserTemplate(id: string): Promise<void> {
  await guardData(() => db.templates.delete(id));
}

/**
 * A custom template from the composer's draft: its master text is the body, its title the title pattern, and
 * every `{{feld}}` placeholder in either becomes a required text field labelled with its name.
 */
export function templateFromDraft(name: string, draft: ComposerDraft): TemplateInput {
  const ids = placeholdersIn(`${draft.title}\n${draft.content.text}`);
  return {
    kind: 'custom',
    name,
    fields: ids.map((id) => ({ id, label: id, type: 'text', required: true })),
    title: draft.title,
    body: draft.content.text,
    category: draft.category?.trim() ? draft.category.trim() : null,
    requiresConsent: false,
  };
}

export function saveDraftAsTemplate(name: string, draft: ComposerDraft): Promise<SaveTemplateResult> {
  return saveUserTemplate(templateFromDraft(name, draft));
}

export type QuizAnswerResult =
  | { ok: true; post: Post }
  /** The quiz post has no date (and time) yet: there is no day to count from. */
  | { ok: false; reason: 'noDate' }
  /** Quiz fields the answer needs are empty or invalid (field ids of the quiz template). */
  | { ok: false; reason: 'values'; missing: string[]; invalid: string[] }
  /** The answer day is not after the quiz day. */
  | { ok: false; reason: 'answerNotAfterQuiz' }
  /** The answer post itself would not be valid (e.g. the quiz has no networks yet). */
  | { ok: false; reason: 'post'; messageKey: PostErrorKey | 'post.errors.summary' };

/**
 * Creates the answer post of a quiz as a draft: on the quiz's answer day at the quiz post's wall-clock time, for
 * the same networks, campaign and category as the quiz draft. Creates nothing when the quiz has no date.
 */
export async function createQuizAnswerPost(
  values: TemplateValues,
  draft: ComposerDraft,
  context: WriteContext & { locale?: UiLocale },
): Promise<QuizAnswerResult> {
  if (!isPlainDate(draft.date) || !isPlainTime(draft.time)) return { ok: false, reason: 'noDate' };
  const quizAt = zonedDateTimeToIso(draft.date, draft.time, context.timeZone);
  const answer = answerPostFor(values, quizAt, context.timeZone, context.locale ?? 'de-DE');
  if (!answer.ok) return { ok: false, reason: 'values', missing: answer.missing, invalid: answer.invalid };
  const { date, time } = isoToZonedParts(answer.scheduledAt, context.timeZone);
  if (date <= draft.date) return { ok: false, reason: 'answerNotAfterQuiz' };

  const answerValues: Record<string, string> = { quizDate: draft.date };
  for (const field of QUIZ_ANSWER_TEMPLATE.fields) {
    const value = values[field.id];
    if (typeof value === 'string' && value.trim() !== '') answerValues[field.id] = value.trim();
  }
  const validation = validatePostInput(
    {
      title: answer.title,
      channels: draft.content.channels,
      date,
      time,
      text: answer.text,
      campaignId: draft.campaignId,
      category: draft.category,
      template: { templateId: QUIZ_ANSWER_TEMPLATE.id, values: answerValues },
    },
    context.timeZone,
  );
  if (!validation.ok) {
    const key = Object.values(validation.errors)[0] ?? 'post.errors.summary';
    return { ok: false, reason: 'post', messageKey: key };
  }
  const post = newDraftPost(validation.value, {
    id: crypto.randomUUID(),
    actorId: context.actorId,
    now: context.now,
  });
  await guardData(() => db.posts.add(post));
  return { ok: true, post };
}
