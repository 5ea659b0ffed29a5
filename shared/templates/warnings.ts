/**
 * Checks a filled template against its purpose and the planned date. Days are compared in the organisation's
 * zone (a post at 23:30 on the deadline day is still in time). Checks find their fields by the ids of the
 * built-in template of the kind, so user templates derived from a built-in one are checked too.
 */
import type { UiLocale } from '../model/settings';
import { isPlainDate, isoToZonedParts } from '../time/zoned';
import { formatTemplateDate, listItems, rawValue } from './render';
import type { PostTemplate, TemplateValues } from './types';

export type TemplateWarningKey =
  | 'templates.afterDeadline'
  | 'templates.afterEvent'
  | 'templates.answerNotAfterQuiz'
  | 'templates.quizFewOptions'
  | 'templates.crisisEmoji'
  | 'templates.consentRequired';

export interface TemplateWarning {
  messageKey: TemplateWarningKey;
  params?: Record<string, string>;
  /** `info` is a reminder, `warning` asks for a change. */
  severity: 'warning' | 'info';
}

/**
 * Emoji as people see them: pictographs (also text-style ones like ⚠ or ☎), flag letters and keycaps (1️⃣), but
 * not ©, ® and ™, which Unicode counts as pictographic too.
 */
const EMOJI = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

export function containsEmoji(text: string): boolean {
  return EMOJI.test(text);
}

/** The value of date field `id` when the template has it and it is a valid day, else null. */
function dateValue(template: PostTemplate, values: TemplateValues, id: string): string | null {
  const field = template.fields.find((candidate) => candidate.id === id && candidate.type === 'date');
  if (field === undefined) return null;
  const value = rawValue(field, values);
  return isPlainDate(value) ? value : null;
}

/**
 * Warnings for `values` in `template` planned at `scheduledAt` (ISO with offset, or null for an unscheduled
 * draft: date checks are skipped). Dates in messages are formatted for `locale`.
 */
export function templateWarnings(
  template: PostTemplate,
  values: TemplateValues,
  scheduledAt: string | null,
  timeZone: string,
  locale: UiLocale = 'de-DE',
): TemplateWarning[] {
  const warnings: TemplateWarning[] = [];
  const postDay = scheduledAt === null ? null : isoToZonedParts(scheduledAt, timeZone).date;
  const dateCheck = (id: string, isLate: (day: string, date: string) => boolean, key: TemplateWarningKey) => {
    const date = dateValue(template, values, id);
    if (postDay !== null && date !== null && isLate(postDay, date)) {
      const param = id === 'deadline' ? 'deadline' : 'date';
      warnings.push({
        messageKey: key,
        params: { [param]: formatTemplateDate(date, locale) },
        severity: 'warning',
      });
    }
  };

  switch (template.kind) {
    case 'recruiting':
      dateCheck('deadline', (day, deadline) => day > deadline, 'templates.afterDeadline');
      break;
    case 'event':
      dateCheck('date', (day, eventDay) => day > eventDay, 'templates.afterEvent');
      break;
    case 'quiz': {
      dateCheck('answerDate', (day, answerDay) => answerDay <= day, 'templates.answerNotAfterQuiz');
      const options = template.fields.find((field) => field.id === 'options' && field.type === 'list');
      if (options !== undefined && listItems(values[options.id]).length === 1) {
        warnings.push({ messageKey: 'templates.quizFewOptions', severity: 'warning' });
      }
      break;
    }
    case 'crisis': {
      const filledIn = template.fields.map((field) => rawValue(field, values));
      if (containsEmoji([template.body, ...filledIn].join('\n'))) {
        warnings.push({ messageKey: 'templates.crisisEmoji', severity: 'warning' });
      }
      break;
    }
    case 'staffPortrait':
    case 'custom':
      break;
  }
  if (template.requiresConsent) warnings.push({ messageKey: 'templates.consentRequired', severity: 'info' });
  return warnings;
}
