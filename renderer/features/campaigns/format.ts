/** Dates, months and counts in the UI language (Intl), for the campaigns page. */
import type { UiLocale } from '../../../shared/model/settings';

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** A plain day `YYYY-MM-DD` as "27.11.2026" (de) or "Nov 27, 2026" (en); the day itself, no time zone shift. */
export function formatPlainDate(date: string, locale: UiLocale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    utcDate(year, month, day),
  );
}

/** A month `YYYY-MM` as "November 2026" (de-AT: "Jänner 2027"). */
export function formatMonth(month: string, locale: UiLocale): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(year, index, 1),
  );
}

export function formatCount(count: number, locale: UiLocale): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** An example amount as people write it in the UI language: "1.500,50" (de-DE), "1,500.50" (en). */
export function exampleAmount(locale: UiLocale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(1500.5);
}
