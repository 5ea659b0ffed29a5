/**
 * Where a post lands when it is clicked or dropped on the calendar, as ISO with offset in the organisation's zone.
 * The calendar reports the point as text: a day cell (month view, all-day row) as `YYYY-MM-DD`, a time slot as
 * ISO with offset. Text, not a Date: a day has no instant, and a Date would drag the laptop's zone in.
 */
import { instantToZonedIso, isoToZonedParts, zonedDateTimeToIso } from '../time/zoned';

export interface DropTarget {
  /** `YYYY-MM-DD` for a day, ISO 8601 with offset for a time slot. */
  dateStr: string;
  /** True on a day cell without a time. */
  allDay: boolean;
}

/** The day and time a click on the calendar presets in the post form. */
export function formPresetForTarget(
  target: DropTarget,
  defaultTime: string,
  timeZone: string,
): { date: string; time: string } {
  if (target.allDay) return { date: target.dateStr.slice(0, 10), time: defaultTime };
  return isoToZonedParts(target.dateStr, timeZone);
}

/**
 * The new schedule of a post dropped on `target`. On a day cell the post keeps its own wall-clock time, or gets
 * the default time when it had none.
 */
export function scheduledAtForDrop(
  target: DropTarget,
  previousScheduledAt: string | null,
  defaultTime: string,
  timeZone: string,
): string {
  if (!target.allDay) return instantToZonedIso(new Date(target.dateStr), timeZone);
  const time =
    previousScheduledAt === null ? defaultTime : isoToZonedParts(previousScheduledAt, timeZone).time;
  return zonedDateTimeToIso(target.dateStr.slice(0, 10), time, timeZone);
}
