/**
 * German texts write decimals with a comma ("0,56:1", "Lesbarkeitswert 23,7"), in Switzerland too (Federal
 * Chancellery, "Schreibweisungen"), although Intl's de-CH data uses a point. The `number` formatter of i18next
 * is replaced by one that keeps each locale's digits and grouping but writes a comma for every German locale.
 */
import type { i18n } from 'i18next';

/** Formats `value` for `locale`, with a decimal comma for every German locale. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const formatter = new Intl.NumberFormat(locale, options);
  if (!locale.toLowerCase().startsWith('de')) return formatter.format(value);
  return formatter
    .formatToParts(value)
    .map((part) => (part.type === 'decimal' ? ',' : part.value))
    .join('');
}

/** Installs the decimal-comma `number` formatter on an initialised i18next instance. */
export function installDecimalComma(instance: i18n): void {
  instance.services.formatter?.addCached(
    'number',
    (locale: string | undefined, options: Intl.NumberFormatOptions | undefined) => (value: number) =>
      formatNumber(value, locale ?? 'de-DE', options),
  );
}
