/**
 * FullCalendar as a view adapter: it draws the events it is given and reports clicks, drops and range changes.
 * It owns no data; the page maps posts to events (shared/calendar/postEvents.ts) and saves through repositories.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import FullCalendar, { type EventDisplayInfo, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import listPlugin from '@fullcalendar/react/list';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import type { Channel } from '../../../shared/model/channels';
import { isPostStatus } from '../../../shared/model/post';
import type { UiLocale } from '../../../shared/model/settings';
import type { DropTarget } from '../../../shared/calendar/dropTarget';
import type { FindingCounts } from '../../../shared/calendar/postEvents';
import type { CalendarViewName } from '../../state/uiStore';
import { fullCalendarLocale } from './fullCalendarLocale';
import { PostEventContent } from './PostEventContent';
import { EventTranslation } from './eventLabels';

export interface CalendarViewProps {
  events: EventInput[];
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

const WEEK_WITHOUT_NAV_LINKS = { timeGridWeek: { navLinks: false } };

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin];
// Options FullCalendar gets as the same objects on every render: a new object or function is an options change,
// and re-processes every event (bench/ measured a drop re-rendering all events several times).
const HEADER_TOOLBAR = {
  start: 'today prev,next',
  center: 'title',
  end: 'dayGridMonth,timeGridWeek,listMonth',
};
const EVENT_TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

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
  const props = arg.event.extendedProps;
  if (props.kind !== 'post' || !isPostStatus(props.status)) return undefined;
  return (
    <PostEventContent
      timeText={arg.timeText}
      title={arg.event.title}
      channels={channelsOf(props.channels)}
      status={props.status}
      findings={findingCountsOf(props.findings)}
    />
  );
}

export function CalendarView(props: CalendarViewProps) {
  const { t } = useTranslation();
  // Callbacks change on every render of the page; FullCalendar gets stable ones that read the latest.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

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
  const moreLinkText = useCallback((count: number) => t('calendar.moreLink', { count }), [t]);
  // Stable handlers that call the latest props (see `latest`).
  const handlers = useMemo<Handlers>(
    () => ({
      dateClick: (info) => latest.current.onDateClick({ dateStr: info.dateStr, allDay: info.allDay }),
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        if (info.event.extendedProps.kind === 'post') latest.current.onPostClick(info.event.id);
      },
      eventDrop: (info) => {
        latest.current
          .onPostMove(info.event.id, { dateStr: info.event.startStr, allDay: info.event.allDay })
          .catch(() => info.revert());
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
    [],
  );

  return (
    <EventTranslation.Provider value={t}>
      <FullCalendar
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
        dayMaxEvents
        eventTimeFormat={EVENT_TIME_FORMAT}
        navLinks
        // The week's day headers would be links named "23. November 2026" showing "Mo. 23" (2.5.3 Label in Name)
        // that lead to a day view the desk does not offer; the week shows every day already.
        views={WEEK_WITHOUT_NAV_LINKS}
        editable
        droppable
        eventDurationEditable={false}
        events={props.events}
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
