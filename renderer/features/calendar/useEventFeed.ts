/**
 * Feeds FullCalendar its events. A new `events` array makes FullCalendar parse and redraw every event, so it gets
 * one only when needed: an event FullCalendar already shows as stored (the one it moved on a drop, when the saved
 * move comes back) is left alone, a few new or deleted posts go through its event API, and anything else (a new
 * range or filter, a changed post) is a new array. Decided by the pure functions of shared/calendar/eventDiff.ts.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CalendarApi, CalendarRef, EventInput } from '@fullcalendar/react';
import {
  diffEvents,
  isWholesale,
  shownAfter,
  shownAfterMove,
  type CalendarEventInput,
  type EventChanges,
  type ShownEvent,
} from '../../../shared/calendar/eventDiff';

export interface EventFeed {
  /** The array FullCalendar is given (new only after a wholesale change). */
  events: EventInput[];
  /** FullCalendar moved `id` itself (a drop, or its revert). */
  movedByCalendar: (id: string, move: { startMs: number; allDay: boolean }) => void;
}

/** Additions and removals (changed events go with a whole new array, see `isWholesale`). */
function applyChanges(api: CalendarApi, changes: EventChanges<CalendarEventInput>): void {
  // Added into the array's own source, so the next new array replaces them with the rest.
  const source = api.getEventSources()[0];
  // Called from a layout effect: React renders FullCalendar once for all of them.
  for (const id of changes.removed) api.getEventById(id)?.remove();
  for (const event of changes.added) api.addEvent(event, source);
}

export function useEventFeed(
  events: readonly CalendarEventInput[] | undefined,
  calendarRef: RefObject<CalendarRef | null>,
): EventFeed {
  const [fed, setFed] = useState<EventInput[]>(() => [...(events ?? [])]);
  const [initiallyShown] = useState(() => shownAfter<CalendarEventInput>(events ?? []));
  // What FullCalendar shows now; drop handlers and effects share it without re-rendering.
  const shownRef = useRef<Map<string, ShownEvent>>(initiallyShown);

  useLayoutEffect(() => {
    if (events === undefined) return;
    const changes = diffEvents(shownRef.current, events);
    if (changes.removed.length + changes.added.length + changes.changed.length === 0) return;
    const api = calendarRef.current?.getApi();
    if (api === undefined || isWholesale(changes)) setFed([...events]);
    else applyChanges(api, changes);
    shownRef.current = shownAfter(events);
  }, [events, calendarRef]);

  // Stable: FullCalendar's drop handler calls it, and a new handler would be an options change.
  const movedByCalendar = useCallback((id: string, move: { startMs: number; allDay: boolean }) => {
    shownRef.current = shownAfterMove(shownRef.current, id, move);
  }, []);
  return { events: fed, movedByCalendar };
}
