/** Dates and times in the organisation's time zone, whatever the laptop's clock is set to. */
export function formatInstant(iso: string, timeZone: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Name of a profile by id, or the fallback. */
export function nameOf(
  profiles: readonly { id: string; name: string }[] | undefined,
  id: string,
  fallback: string,
): string {
  return profiles?.find((profile) => profile.id === id)?.name ?? fallback;
}
