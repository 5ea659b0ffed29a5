/**
 * Dates and times of the calendar as text in the organisation's zone, with one reused `Intl.DateTimeFormat` per
 * language and zone (costly to build, cheap to reuse).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (format === undefined) {
    format = build();
    formats.set(key, format);
  }
  return format;
}

/** The new date and time of a moved post as announced, e.g. "Do., 26. Nov., 10:00" (de-DE). */
export function moveDateText(iso: string, locale: string, timeZone: string): string {
  const format = formatFor(
    `move|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      }),
  );
  return format.format(new Date(iso));
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * `HH:MM` of a FullCalendar date marker: a `Date` whose UTC fields hold the wall-clock time in the calendar's zone
 * (FullCalendar converts to that zone when it parses an event, so reading the marker needs no zone conversion).
 */
export function markerTimeText(marker: Date): string {
  return `${twoDigits(marker.getUTCHours())}:${twoDigits(marker.getUTCMinutes())}`;
}
