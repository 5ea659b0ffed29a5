/**
 * Euro amounts in the UI language: parsed from what a person types ("1.500,50", "1’500.50", "1,500.50 €") into
 * integer cents, and formatted back. Strict about grouping so that "1500.50" in German is not read as 150,050 €.
 */
import type { UiLocale } from '../../../shared/model/settings';

export type EuroParseResult =
  { ok: true; cents: number } | { ok: false; error: 'amountInvalid' | 'amountTooLarge' };

/** Up to 9,999,999,999.99 €: far above any campaign, and safe as integer cents. */
const MAX_EURO_DIGITS = 10;

/** The decimal mark of the UI language (ICU data differs between engines for grouping, e.g. de-AT, so not that). */
export function decimalMark(locale: UiLocale): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An empty field is 0 €; negative amounts, letters and wrong grouping are invalid. */
export function parseEuroToCents(input: string, locale: UiLocale): EuroParseResult {
  const decimal = decimalMark(locale);
  const compact = input.replace(/€|eur/gi, '').replace(/\s/g, '');
  if (compact === '') return { ok: true, cents: 0 };
  // Spaces (also no-break ones) are gone already; the other group marks go with the decimal mark: "1.500,50"
  // in German and Austrian, "1'500.50" or "1’500.50" in Swiss, "1,500.50" in English.
  const groupClass = decimal === ',' ? '[.]' : "[,'’]";
  const integer = `(\\d{1,3}(?:${groupClass}\\d{3})+|\\d+)`;
  const match = new RegExp(`^${integer}(?:${escape(decimal)}(\\d{1,2}))?$`).exec(compact);
  if (!match?.[1]) return { ok: false, error: 'amountInvalid' };
  const euros = match[1].replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  if (euros.length > MAX_EURO_DIGITS) return { ok: false, error: 'amountTooLarge' };
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return { ok: true, cents: Number(euros) * 100 + cents };
}

/** "1.500,50 €" (de-DE), "€1,500.50" (en). */
export function formatEuro(cents: number, locale: UiLocale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** The value a form field starts with when editing: "1500,50" (de-DE), without grouping. */
export function centsToInput(cents: number, locale: UiLocale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}
