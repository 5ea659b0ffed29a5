/**
 * Pure helpers of the template picker: the draft's planned instant, the values a template keeps, and a preview
 * that is always readable (missing details shown as "[Label]").
 */
import type { UiLocale } from '../../../shared/model/settings';
import { renderTemplate, rawValue } from '../../../shared/templates/render';
import type { PostTemplate, TemplateField, TemplateValues } from '../../../shared/templates/types';
import { isPlainDate, isPlainTime, zonedDateTimeToIso } from '../../../shared/time/zoned';
import type { ComposerDraft } from '../../../shared/model/composerDraft';

/** The draft's date and time as ISO with offset in `timeZone`, or null while it has no (valid) date and time. */
export function draftScheduledAt(draft: ComposerDraft, timeZone: string): string | null {
  return isPlainDate(draft.date) && isPlainTime(draft.time)
    ? zonedDateTimeToIso(draft.date, draft.time, timeZone)
    : null;
}

/** The values of the template's own fields (others dropped), as typed; empty fields left out. */
export function fieldValues(
  template: PostTemplate,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const field of template.fields) {
    const value = values[field.id];
    if (value !== undefined && value.trim() !== '') kept[field.id] = value;
  }
  return kept;
}

/**
 * The text and title the template gives with `values`, also while fields are missing or invalid: those show as
 * "[Label]" (or as typed), so the preview is there from the first keystroke.
 */
export function previewTemplate(
  template: PostTemplate,
  values: TemplateValues,
  locale: UiLocale,
): { title: string; text: string } {
  const previewValues: Record<string, string> = {};
  const fields: TemplateField[] = template.fields.map((field) => {
    const raw = rawValue(field, values);
    previewValues[field.id] = raw === '' && field.required ? `[${field.label}]` : raw;
    const formattable = field.type === 'list' || (field.type === 'date' && isPlainDate(raw));
    return { ...field, type: formattable ? field.type : 'text', required: false };
  });
  const rendered = renderTemplate({ ...template, fields }, previewValues, locale);
  return rendered.ok
    ? { title: rendered.title, text: rendered.text }
    : { title: template.name, text: template.body };
}
