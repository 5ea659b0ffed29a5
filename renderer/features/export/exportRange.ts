/** The export page's range: next week by default, checks of what was typed, and the Monday of a week. */
import { isPlainDate, todayInZone } from '../../../shared/time/zoned';

export interface ExportRange {
  fromDate: string;
  toDate: string;
}

const MAX_DAYS = 366;

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a plain date. */
function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Monday to Sunday of the week after today in the organisation's zone (on a Monday: the coming one). */
export function defaultExportRange(now: Date, timeZone: string): ExportRange {
  const nextMonday = addDays(mondayOf(todayInZone(now, timeZone)), 7);
  return { fromDate: nextMonday, toDate: addDays(nextMonday, 6) };
}

export type RangeProblem =
  | { key: 'exportUi.errors.dateRequired'; field: 'from' | 'to' }
  | { key: 'exportUi.errors.rangeReversed' }
  | { key: 'exportUi.errors.rangeTooLong' };

/** What is wrong with the typed range, or null. */
export function rangeProblem(range: ExportRange): RangeProblem | null {
  if (!isPlainDate(range.fromDate)) return { key: 'exportUi.errors.dateRequired', field: 'from' };
  if (!isPlainDate(range.toDate)) return { key: 'exportUi.errors.dateRequired', field: 'to' };
  if (range.toDate < range.fromDate) return { key: 'exportUi.errors.rangeReversed' };
  if (addDays(range.fromDate, MAX_DAYS) <= range.toDate) return { key: 'exportUi.errors.rangeTooLong' };
  return null;
}
