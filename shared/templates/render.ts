/**
 * Filling a template: values are checked against the fields, formatted by type and put into the placeholders.
 *
 * - A placeholder without a field (`{{foo}}`) stays visible in the text and is reported, so nobody publishes it
 *   unnoticed.
 * - A line whose placeholders are all empty optional fields is left out entirely, with its static text
 *   ("Weitere Informationen: {{link}}" disappears when there is no link); no more than one blank line remains.
 * - Values are inserted once: a value that itself contains `{{…}}` is not expanded again.
 */
import type { UiLocale } from '../model/settings';
import { isPlainDate } from '../time/zoned';
import { swissGerman } from './swissText';
import type { PostTemplate, TemplateField, TemplateValues } from './types';

/** Internal titles are for the calendar: short and on one line. */
export const TEMPLATE_TITLE_MAX_LENGTH = 80;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const URL_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

export type RenderResult =
  | { ok: true; text: string; title: string; unknownPlaceholders: string[] }
  | { ok: false; missing: string[]; invalid: string[]; unknownPlaceholders: string[] };

/** `YYYY-MM-DD` in the post's language: dd.MM.yyyy in German, the ISO form otherwise. */
export function formatTemplateDate(date: string, locale: UiLocale): string {
  if (!locale.startsWith('de')) return date;
  const [year, month, day] = date.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** The items of a list value: an array or one item per line; blank items dropped. */
export function listItems(value: string | readonly string[] | undefined): string[] {
  const items = typeof value === 'string' ? value.split(/\r?\n/) : (value ?? []);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Letters for list items: A … Z, then AA, AB, … */
export function itemLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : itemLetter(Math.floor(index / 26) - 1) + letter;
}

/** Placeholder names used in `text`, each once, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/** A field's value as raw text (lists: one item per line), trimmed; '' when empty. */
export function rawValue(field: TemplateField, values: TemplateValues): string {
  const value = values[field.id];
  if (field.type === 'list') return listItems(value).join('\n');
  return (typeof value === 'string' ? value : listItems(value).join(', ')).trim();
}

function isValidValue(field: TemplateField, raw: string): boolean {
  if (field.type === 'date') return isPlainDate(raw);
  if (field.type === 'url') return URL_PATTERN.test(raw);
  return true;
}

function formatValue(field: TemplateField, values: TemplateValues, locale: UiLocale): string {
  if (field.type === 'list') {
    return listItems(values[field.id])
      .map((item, index) => `${itemLetter(index)}) ${item}`)
      .join('\n');
  }
  const raw = rawValue(field, values);
  return field.type === 'date' && raw !== '' ? formatTemplateDate(raw, locale) : raw;
}

function fill(pattern: string, formatted: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  for (const line of pattern.split(/\r?\n/)) {
    const known = placeholdersIn(line).filter((name) => formatted.has(name));
    if (known.length > 0 && known.every((name) => formatted.get(name) === '')) continue;
    lines.push(line.replace(PLACEHOLDER, (whole, name: string) => formatted.get(name) ?? whole));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function shortTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= TEMPLATE_TITLE_MAX_LENGTH
    ? line
    : `${line.slice(0, TEMPLATE_TITLE_MAX_LENGTH - 1).trimEnd()}…`;
}

/**
 * Fills `template` with `values`; dates in the format of `locale` (default German). A built-in template in Swiss
 * German (`de-CH`) writes «…» and "ss"; the values are inserted as typed.
 */
export function renderTemplate(
  template: PostTemplate,
  values: TemplateValues,
  locale: UiLocale = 'de-DE',
): RenderResult {
  const fieldIds = new Set(template.fields.map((field) => field.id));
  // The built-in wording follows the post's German (Swiss quotes and spelling); a saved template stays as written.
  const local = (text: string) => (template.builtIn && locale === 'de-CH' ? swissGerman(text) : text);
  const titlePattern = local(template.title.trim() === '' ? template.name : template.title);
  const body = local(template.body);
  const unknownPlaceholders = placeholdersIn(`${body}\n${titlePattern}`).filter(
    (name) => !fieldIds.has(name),
  );

  const missing: string[] = [];
  const invalid: string[] = [];
  for (const field of template.fields) {
    const raw = rawValue(field, values);
    if (raw === '') {
      if (field.required) missing.push(field.id);
    } else if (!isValidValue(field, raw)) {
      invalid.push(field.id);
    }
  }
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid, unknownPlaceholders };

  const formatted = new Map(template.fields.map((field) => [field.id, formatValue(field, values, locale)]));
  const title = shortTitle(fill(titlePattern, formatted));
  return {
    ok: true,
    text: fill(body, formatted),
    title: title === '' ? shortTitle(local(template.name)) : title,
    unknownPlaceholders,
  };
}
