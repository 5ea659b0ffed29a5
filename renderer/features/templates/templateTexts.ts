/**
 * What the UI shows of a template: the built-in ones ship German names and field labels (shared/templates is
 * pure data), so the picker shows them from the catalogue in the reader's language (`templatesUi.builtIn`); a
 * saved template shows what its author wrote. The template's text itself is post content and stays as written.
 */
import type { TFunction } from 'i18next';
import type { PostTemplate, TemplateField } from '../../../shared/templates/types';

/** i18next's typed `t` takes literal keys only; these keys are built from a template's id (data). */
function lookup(t: TFunction, key: string, fallback: string): string {
  return t(key as 'templatesUi.open', { defaultValue: fallback });
}

export function templateName(t: TFunction, template: PostTemplate): string {
  if (!template.builtIn) return template.name;
  return lookup(t, `templatesUi.builtIn.${template.id}.name`, template.name);
}

export function templateFieldLabel(t: TFunction, template: PostTemplate, field: TemplateField): string {
  if (!template.builtIn) return field.label;
  return lookup(t, `templatesUi.builtIn.${template.id}.fields.${field.id}`, field.label);
}
