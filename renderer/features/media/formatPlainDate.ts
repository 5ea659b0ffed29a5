/** Calendar days (`YYYY-MM-DD`) as people read them in the UI's language: 03.12.2026 in German. */
import { isPlainDate } from '../../../shared/time/zoned';

/** `date` in the locale's medium date style; anything that is not a calendar day comes back unchanged. */
export function formatPlainDate(date: string, locale: string): string {
  if (!isPlainDate(date)) return date;
  // A plain day has no zone: read and write it in UTC so no offset can move it.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Message parameters with every calendar day formatted for `locale` (numbers and other text unchanged). */
export function withReadableDates<T extends Record<string, string | number>>(params: T, locale: string): T {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'string' ? formatPlainDate(value, locale) : value,
    ]),
  ) as T;
}
