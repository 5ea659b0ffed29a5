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

export const deCH: Catalogue = withoutEszett<Catalogue>(deCatalogue);

/**
 * Austrian German: the current strings have no Austrian variants; dates and month names ("Jänner") come from the
 * de-AT formats of Intl and FullCalendar. Austrian terms go here as overrides when strings need them.
 */
export const deAT: Catalogue = deCatalogue;
