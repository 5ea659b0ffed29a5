import { deCatalogue, type Catalogue } from '../catalogue';

/** Swiss Standard German writes "ss" for "ß" (Schweizer Rechtschreibung): derived from the base, never by hand. */
export function withoutEszett<T>(messages: T): T {
  if (typeof messages === 'string') return messages.replaceAll('ß', 'ss') as T;
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
  if (typeof messages === 'string') {
    return messages.replace(/„([^“”]*)[“”]/g, '«$1»').replace(/‚([^‘’]*)[‘’]/g, '‹$1›') as T;
  }
  if (Array.isArray(messages)) return messages.map((entry: unknown) => withSwissQuotes(entry)) as T;
  if (typeof messages !== 'object' || messages === null) return messages;
  return Object.fromEntries(
    Object.entries(messages as Record<string, unknown>).map(([key, value]) => [key, withSwissQuotes(value)]),
  ) as T;
}

export const deCH: Catalogue = withSwissQuotes(withoutEszett<Catalogue>(deCatalogue));

/**
 * Austrian German: the current strings have no Austrian variants; dates and month names ("Jänner") come from the
 * de-AT formats of Intl and FullCalendar. Austrian terms go here as overrides when strings need them.
 */
export const deAT: Catalogue = deCatalogue;
