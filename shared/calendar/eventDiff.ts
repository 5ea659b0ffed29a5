/**
 * The calendar's events as changes: FullCalendar re-parses and redraws every event when it is handed a new events
 * array, while a drop or a new finding count changes one. These pure functions tell which events to remove, add
 * and replace, so the view can apply a few additions and removals through FullCalendar's event API, leave alone
 * what it already shows (an event it moved itself on a drop), and hand over a new array otherwise.
 */

/** The part of an event input FullCalendar draws (the calendar's post and holiday events have this shape). */
export interface CalendarEventInput {
  id: string;
  title: string;
  /** ISO 8601 (with offset for a timed event, `YYYY-MM-DD` for an all-day one). */
  start: string;
  allDay: boolean;
  display?: string;
  className: string;
  extendedProps: Readonly<Record<string, unknown>>;
}

/** An event as FullCalendar shows it now. */
export interface ShownEvent<T extends CalendarEventInput = CalendarEventInput> {
  /** The input it was last given. */
  input: T;
  /** The start it has now in milliseconds: the input's, or where FullCalendar moved it on a drop (NaN: unknown). */
  startMs: number;
}

export interface EventChanges<T extends CalendarEventInput> {
  /** Ids shown now and not any more. */
  removed: string[];
  added: T[];
  /** Shown now and to be replaced by this input. */
  changed: T[];
  /** How many events stay as they are. */
  unchanged: number;
}

export function startMsOf(event: Pick<CalendarEventInput, 'start'>): number {
  return Date.parse(event.start);
}

const keys = new WeakMap<object, string>();

/** Everything FullCalendar draws of an event except its start, as one comparable text (remembered per object). */
export function shownKey(event: CalendarEventInput): string {
  let key = keys.get(event);
  if (key === undefined) {
    key = JSON.stringify([
      event.title,
      event.allDay,
      event.display ?? null,
      event.className,
      event.extendedProps,
    ]);
    keys.set(event, key);
  }
  return key;
}

/** Whether FullCalendar's `shown` event already looks like `next` (the same object, or equal shown values). */
export function looksTheSame(shown: ShownEvent, next: CalendarEventInput): boolean {
  if (shown.startMs !== startMsOf(next)) return false;
  return shown.input === next || shownKey(shown.input) === shownKey(next);
}

/** What turns the `shown` events into `next` (ids are unique in `next`). */
export function diffEvents<T extends CalendarEventInput>(
  shown: ReadonlyMap<string, ShownEvent<T>>,
  next: readonly T[],
): EventChanges<T> {
  const changes: EventChanges<T> = { removed: [], added: [], changed: [], unchanged: 0 };
  const nextIds = new Set<string>();
  for (const event of next) {
    nextIds.add(event.id);
    const current = shown.get(event.id);
    if (current === undefined) changes.added.push(event);
    else if (looksTheSame(current, event)) changes.unchanged += 1;
    else changes.changed.push(event);
  }
  for (const id of shown.keys()) if (!nextIds.has(id)) changes.removed.push(id);
  return changes;
}

/**
 * Whether to hand FullCalendar the whole new array instead of single changes. Single additions and removals cost
 * one store update each, a new array one parse of all (a new range or filter changes most events). A changed event
 * always goes with the whole array: FullCalendar keeps an event's identity (its element, and the keyboard focus
 * on it) only when it resets from an array, while a removal and addition would draw a new element.
 */
export function isWholesale(changes: EventChanges<CalendarEventInput>, limit = 12): boolean {
  return changes.changed.length > 0 || changes.removed.length + changes.added.length > limit;
}

/** The shown events after `next` was applied. */
export function shownAfter<T extends CalendarEventInput>(next: readonly T[]): Map<string, ShownEvent<T>> {
  return new Map(next.map((event) => [event.id, { input: event, startMs: startMsOf(event) }]));
}

/**
 * The shown events after FullCalendar moved `id` itself (a drop) to `startMs`. A move into or out of the all-day
 * row changes how the event is drawn; its start is then unknown, so the stored version replaces it.
 */
export function shownAfterMove<T extends CalendarEventInput>(
  shown: ReadonlyMap<string, ShownEvent<T>>,
  id: string,
  move: { startMs: number; allDay: boolean },
): Map<string, ShownEvent<T>> {
  const result = new Map(shown);
  const current = shown.get(id);
  if (current !== undefined) {
    const sameRow = current.input.allDay === move.allDay;
    result.set(id, { input: current.input, startMs: sameRow ? move.startMs : Number.NaN });
  }
  return result;
}
