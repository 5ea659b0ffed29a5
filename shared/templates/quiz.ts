/**
 * A quiz is two posts: the question, and the answer on the quiz's `answerDate`. The answer post is scheduled at
 * the same wall-clock time as the quiz post (10:00 stays 10:00, also when DST changes in between).
 */
import type { UiLocale } from '../model/settings';
import { isPlainDate, isoToZonedParts, moveToDay } from '../time/zoned';
import { QUIZ_ANSWER_TEMPLATE } from './builtIn';
import { renderTemplate } from './render';
import type { TemplateValues } from './types';

export type QuizAnswerPost =
  | { ok: true; title: string; text: string; scheduledAt: string }
  | { ok: false; missing: string[]; invalid: string[] };

/**
 * The answer post for a quiz filled with `values` (quiz template fields) whose question post is scheduled at
 * `quizPostScheduledAt` (ISO with offset). `missing`/`invalid` name quiz fields (question, answer, answerDate).
 */
export function answerPostFor(
  values: TemplateValues,
  quizPostScheduledAt: string,
  timeZone: string,
  locale: UiLocale = 'de-DE',
): QuizAnswerPost {
  const quizDate = isoToZonedParts(quizPostScheduledAt, timeZone).date;
  const answerDate = typeof values.answerDate === 'string' ? values.answerDate.trim() : '';
  const rendered = renderTemplate(QUIZ_ANSWER_TEMPLATE, { ...values, quizDate }, locale);
  const dateProblem = answerDate === '' ? 'missing' : isPlainDate(answerDate) ? null : 'invalid';

  if (!rendered.ok || dateProblem !== null) {
    const missing = rendered.ok ? [] : rendered.missing;
    const invalid = rendered.ok ? [] : rendered.invalid;
    if (dateProblem === 'missing') missing.push('answerDate');
    if (dateProblem === 'invalid') invalid.push('answerDate');
    return { ok: false, missing, invalid };
  }
  return {
    ok: true,
    title: rendered.title,
    text: rendered.text,
    scheduledAt: moveToDay(quizPostScheduledAt, answerDate, timeZone),
  };
}
