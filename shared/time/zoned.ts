/**
 * Time in the organisation's zone. Posts are planned in wall-clock time of the organisation (a town hall posts at
 * 10:00 its time, wherever the laptop is), stored as ISO strings with the offset valid at that instant.
 */
import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';

export const SUPPORTED_TIME_ZONES = ['Europe/Berlin', 'Europe/Zurich', 'Europe/Vienna'] as const;
export type SupportedTimeZone = (typeof SUPPORTED_TIME_ZONES)[number];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A calendar day `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isPlainDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A wall-clock time `HH:mm`, 00:00–23:59. */
export function isPlainTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/**
 * Combines a day and a wall-clock time in `timeZone` into ISO 8601 with offset (`2026-11-26T10:00:00+01:00`).
 * A time that does not exist (in the spring DST gap) moves forward by the gap, as clocks do.
 */
export function zonedDateTimeToIso(date: string, time: string, timeZone: string): string {
  if (!isPlainDate(date)) throw new RangeError(`Not a calendar day: ${date}`);
  if (!isPlainTime(time)) throw new RangeError(`Not a time of day: ${time}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return formatIsoWithOffset(new TZDate(year, month - 1, day, hour, minute, 0, timeZone));
}

/** The instant `instant` as ISO 8601 with the offset `timeZone` has then. */
export function instantToZonedIso(instant: Date, timeZone: string): string {
  if (!isValid(instant)) throw new RangeError('Not a valid instant');
  return formatIsoWithOffset(new TZDate(instant.getTime(), timeZone));
}

/** ISO with offset → ISO in UTC (`Z`), the sortable form used as the database index. */
export function isoToUtc(iso: string): string {
  const instant = new Date(iso);
  if (!isValid(instant)) throw new RangeError(`Not an ISO date-time: ${iso}`);
  return instant.toISOString();
}

/** The day and wall-clock time an ISO instant has in `timeZone`, for form fields. */
export function isoToZonedParts(iso: string, timeZone: string): { date: string; time: string } {
  const zoned = new TZDate(new Date(iso).getTime(), timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** Keeps the wall-clock time of `iso` and moves it to `date` (both in `timeZone`). */
export function moveToDay(iso: string, date: string, timeZone: string): string {
  return zonedDateTimeToIso(date, isoToZonedParts(iso, timeZone).time, timeZone);
}

/** Today's day in `timeZone` as `YYYY-MM-DD`. */
export function todayInZone(now: Date, timeZone: string): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

function formatIsoWithOffset(zoned: TZDate): string {
  return format(zoned, "yyyy-MM-dd'T'HH:mm:ssxxx");
}
