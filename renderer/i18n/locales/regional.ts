import { swissQuotes, withoutSharpS } from '../../../shared/templates/swissText';
import { deCatalogue, type Catalogue } from '../catalogue';

/** Swiss Standard German writes "ss" for "ß" (Schweizer Rechtschreibung): derived from the base, never by hand. */
export function withoutEszett<T>(messages: T): T {
  if (typeof messages === 'string') return withoutSharpS(messages) as T;
  if (Array.isArray(messages)) return messages.map((entry: unknown) => withoutEszett(entry)) as T;
  if (typeof messages !== 'object' || messages === null) return messages;
  return Object.fromEntries(
    Object.entries(messages as Record<string, unknown>).map(([key, value]) => [key, withoutEszett(value)]),
  ) as T;
}

/**
 * Swiss quotation marks: guillemets «…» and ‹…› (Schweizer Rechtschreibung; Bundeskanzlei, Schreibweisungen)
 * for the German „…“ and ‚…‘. Only these opening marks are matched, so apostrophes and English quotes stay.
 */
export function withSwissQuotes<T>(messages: T): T {
  if (typeof messages === 'string') return swissQuotes(messages) as T;
  if (Array.isArray(messages)) return messages.map((entry: unknown) => withSwissQuotes(entry)) as T;
  if (typeof messages !== 'object' || messages === null) return messages;
  return Object.fromEntries(
    Object.entries(messages as Record<string, unknown>).map(([key, value]) => [key, withSwissQuotes(value)]),
  ) as T;
}

/**
 * An object with `base`'s top-level keys whose values `derive` computes on first use (once, for all keys).
 * i18next keeps the resources object it is given and reads a key's path only when a text is translated.
 */
export function derivedOnFirstUse<T extends object>(base: T, derive: () => T): T {
  let derived: T | undefined;
  const lazy = {};
  for (const key of Object.keys(base)) {
    Object.defineProperty(lazy, key, {
      enumerable: true,
      get: () => (derived ??= derive())[key as keyof T],
    });
  }
  return lazy as T;
}

/**
 * Derived when a Swiss desk first reads a text, not at every start (about 10 ms over the whole catalogue, spent
 * before the first screen by German and Austrian desks too; issue 14, page load).
 */
export const deCH: Catalogue = derivedOnFirstUse<Catalogue>(deCatalogue, () =>
  withSwissQuotes(withoutEszett<Catalogue>(deCatalogue)),
);

/**
 * Austrian German: the current strings have no Austrian variants; dates and month names ("Jänner") come from the
 * de-AT formats of Intl and FullCalendar. Austrian terms go here as overrides when strings need them.
 */
export const deAT: Catalogue = deCatalogue;
