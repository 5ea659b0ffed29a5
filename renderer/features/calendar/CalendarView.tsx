/**
 * FullCalendar as a view adapter: it draws the events it is given and reports clicks, drops and range changes.
 * It owns no data; the page maps posts to events (shared/calendar/postEvents.ts) and saves through repositories.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import FullCalendar, { type CalendarRef, type EventDisplayInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import listPlugin from '@fullcalendar/react/list';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import type { Channel } from '../../../shared/model/channels';
import { isPostStatus } from '../../../shared/model/post';
import type { UiLocale } from '../../../shared/model/settings';
import type { DropTarget } from '../../../shared/calendar/dropTarget';
import type { FindingCounts } from '../../../shared/calendar/postEvents';
import type { CalendarEventInput } from '../../../shared/calendar/eventDiff';
import type { CalendarViewName } from '../../state/uiStore';
import { fullCalendarLocale } from './fullCalendarLocale';
import { markerTimeText } from '../../../shared/calendar/zonedText';
import { PostEventContent } from './PostEventContent';
import { cachedLabel, EventTranslation } from './eventLabels';
import { useEventFeed } from './useEventFeed';

export interface CalendarViewProps {
  /** `undefined` while the range's posts load: the calendar keeps what it shows. */
  events: readonly CalendarEventInput[] | undefined;
  timeZone: string;
  locale: UiLocale;
  initialView: CalendarViewName;
  initialDate: string | undefined;
  /** A click on an empty day or time slot. */
  onDateClick: (target: DropTarget) => void;
  onPostClick: (postId: string) => void;
  /** A post was dragged to a new start (ISO with offset); resolve to keep it there, reject to put it back. */
  onPostMove: (postId: string, target: DropTarget) => Promise<void>;
  /** An unscheduled draft from the side list was dropped on the calendar. */
  onDraftDrop: (postId: string, target: DropTarget) => void;
  onDatesChange: (view: CalendarViewName, start: Date, end: Date, currentStart: Date) => void;
}

// The week's day headers would be links named "23. November 2026" showing "Mo. 23" (2.5.3 Label in Name) that
// lead to a day view the desk does not offer; the week shows every day already. The grid views get the events'
// times from the desk (see `timeTextOf`); the list view keeps FullCalendar's time column.
const VIEW_OPTIONS = {
  dayGridMonth: { displayEventTime: false },
  timeGridWeek: { navLinks: false, displayEventTime: false },
};

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin];
// Options FullCalendar gets as the same objects on every render: a new object or function is an options change,
// and re-processes every event (bench/ measured a drop re-rendering all events several times).
const HEADER_TOOLBAR = {
  start: 'today prev,next',
  center: 'title',
  end: 'dayGridMonth,timeGridWeek,listMonth',
};
const EVENT_TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/**
 * Posts a month's day shows before "+n weitere": a number, not FullCalendar's fit-to-height, which on a small
 * laptop or under the crisis banner fitted none and left a day with one post showing only "+1 weitere". Rows grow
 * to hold them (the month scrolls); a tall window shows two.
 */
function postsPerDay(): number {
  return typeof window !== 'undefined' && window.innerHeight >= 860 ? 2 : 1;
}

type CalendarOptions = ComponentProps<typeof FullCalendar>;
type Handlers = Required<
  Pick<CalendarOptions, 'dateClick' | 'eventClick' | 'eventDrop' | 'drop' | 'datesSet'>
>;

function findingCountsOf(value: unknown): FindingCounts {
  const counts = value as Partial<FindingCounts> | undefined;
  return { block: counts?.block ?? 0, warn: counts?.warn ?? 0 };
}

function channelsOf(value: unknown): Channel[] {
  return Array.isArray(value) ? (value as Channel[]) : [];
}

function renderEventContent(arg: EventDisplayInfo) {
  const { event } = arg;
  const props = event.extendedProps;
  if (props.kind !== 'post' || !isPostStatus(props.status)) return undefined;
  return (
    <PostEventContent
      timeText={timeTextOf(arg)}
      title={event.title}
      channels={channelsOf(props.channels)}
      badges={typeof props.badges === 'string' ? props.badges : ''}
      status={props.status}
      findings={findingCountsOf(props.findings)}
      {...(typeof props.notApproved === 'string' ? { notApproved: props.notApproved } : {})}
    />
  );
}

/**
 * The event's time. The grid views leave it to the desk (`displayEventTime: false` above): FullCalendar formats it
 * with `Intl` for every event on every redraw (a drop redraws the week three times). The desk reads it off the
 * event's date marker, which holds the wall-clock time in the calendar's zone already; `event.start` would convert
 * the marker to an instant for every event on every redraw, and the time then back to the zone.
 */
function timeTextOf(arg: EventDisplayInfo): string {
  const { event } = arg;
  if (arg.timeText !== '' || event.allDay) return arg.timeText;
  const marker = event._instance?.range.start;
  return marker === undefined ? '' : markerTimeText(marker);
}

export function CalendarView(props: CalendarViewProps) {
  const { t } = useTranslation();
  // Callbacks change on every render of the page; FullCalendar gets stable ones that read the latest.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const calendarRef = useRef<CalendarRef>(null);
  const [dayMaxEvents] = useState(postsPerDay);
  // FullCalendar gets a new events array only when needed (see useEventFeed).
  const { events: fedEvents, movedByCalendar } = useEventFeed(props.events, calendarRef);

  const buttons = useMemo(
    () => ({
      // The accessible name (hint) is the visible text, so speech input finds the button by what it shows
      // (WCAG 2.5.3 Label in Name); FullCalendar's own hints ("Dieser Monat") differ from the text.
      today: { text: t('calendar.today'), hint: t('calendar.today') },
      dayGridMonth: { text: t('calendar.views.month'), hint: t('calendar.views.month') },
      timeGridWeek: { text: t('calendar.views.week'), hint: t('calendar.views.week') },
      listMonth: { text: t('calendar.views.list'), hint: t('calendar.views.list') },
    }),
    [t],
  );
  // Asked for every day cell on every redraw: remembered per count (a plural look-up each time is not free).
  const moreLinkText = useCallback(
    (count: number) => cachedLabel(t, `calendar.moreLink.${count}`, () => t('calendar.moreLink', { count })),
    [t],
  );
  // Stable handlers that call the latest props (see `latest`).
  const handlers = useMemo<Handlers>(
    () => ({
      dateClick: (info) => latest.current.onDateClick({ dateStr: info.dateStr, allDay: info.allDay }),
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        if (info.event.extendedProps.kind === 'post') latest.current.onPostClick(info.event.id);
      },
      eventDrop: (info) => {
        const { event, oldEvent } = info;
        // FullCalendar has moved the event itself: when the stored move comes back, there is nothing to redraw.
        movedByCalendar(event.id, { startMs: event.start?.getTime() ?? Number.NaN, allDay: event.allDay });
        latest.current.onPostMove(event.id, { dateStr: event.startStr, allDay: event.allDay }).catch(() => {
          info.revert();
          movedByCalendar(event.id, {
            startMs: oldEvent.start?.getTime() ?? Number.NaN,
            allDay: oldEvent.allDay,
          });
        });
      },
      drop: (info) => {
        const postId = info.draggedEl.dataset.postId;
        if (postId) latest.current.onDraftDrop(postId, { dateStr: info.dateStr, allDay: info.allDay });
      },
      datesSet: (info) =>
        latest.current.onDatesChange(
          info.view.type as CalendarViewName,
          info.start,
          info.end,
          info.view.currentStart,
        ),
    }),
    [movedByCalendar],
  );

  return (
    <EventTranslation.Provider value={t}>
      <FullCalendar
        ref={calendarRef}
        plugins={PLUGINS}
        initialView={props.initialView}
        initialDate={props.initialDate}
        timeZone={props.timeZone}
        locale={fullCalendarLocale(props.locale)}
        firstDay={1}
        weekNumbers
        weekNumberCalculation="ISO"
        headerToolbar={HEADER_TOOLBAR}
        buttons={buttons}
        allDayText={t('calendar.allDay')}
        noEventsText={t('calendar.noPosts')}
        moreLinkText={moreLinkText}
        dayMaxEvents={dayMaxEvents}
        eventTimeFormat={EVENT_TIME_FORMAT}
        navLinks
        views={VIEW_OPTIONS}
        editable
        droppable
        eventDurationEditable={false}
        events={fedEvents}
        height="100%"
        eventContent={renderEventContent}
        dateClick={handlers.dateClick}
        eventClick={handlers.eventClick}
        eventDrop={handlers.eventDrop}
        drop={handlers.drop}
        datesSet={handlers.datesSet}
      />
    </EventTranslation.Provider>
  );
}
