/**
 * FullCalendar as a view adapter: it draws the events it is given and reports clicks, drops and range changes.
 * It owns no data; the page maps posts to events (shared/calendar/postEvents.ts) and saves through repositories.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
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

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin];

function findingCountsOf(value: unknown): FindingCounts {
  const counts = value as Partial<FindingCounts> | undefined;
  return { block: counts?.block ?? 0, warn: counts?.warn ?? 0 };
}

function channelsOf(value: unknown): Channel[] {
  return Array.isArray(value) ? (value as Channel[]) : [];
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
      today: { text: t('calendar.today') },
      dayGridMonth: { text: t('calendar.views.month') },
      timeGridWeek: { text: t('calendar.views.week') },
      listMonth: { text: t('calendar.views.list') },
    }),
    [t],
  );

  return (
    <FullCalendar
      plugins={PLUGINS}
      initialView={props.initialView}
      initialDate={props.initialDate}
      timeZone={props.timeZone}
      locale={fullCalendarLocale(props.locale)}
      firstDay={1}
      weekNumbers
      weekNumberCalculation="ISO"
      headerToolbar={{
        start: 'today prev,next',
        center: 'title',
        end: 'dayGridMonth,timeGridWeek,listMonth',
      }}
      buttons={buttons}
      allDayText={t('calendar.allDay')}
      noEventsText={t('calendar.noPosts')}
      moreLinkText={(count: number) => t('calendar.moreLink', { count })}
      dayMaxEvents
      eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
      navLinks
      editable
      droppable
      eventDurationEditable={false}
      events={props.events}
      height="100%"
      eventContent={(arg: EventDisplayInfo) => {
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
      }}
      dateClick={(info) => latest.current.onDateClick({ dateStr: info.dateStr, allDay: info.allDay })}
      eventClick={(info) => {
        info.jsEvent.preventDefault();
        if (info.event.extendedProps.kind === 'post') latest.current.onPostClick(info.event.id);
      }}
      eventDrop={(info) => {
        latest.current
          .onPostMove(info.event.id, { dateStr: info.event.startStr, allDay: info.event.allDay })
          .catch(() => info.revert());
      }}
      drop={(info) => {
        const postId = info.draggedEl.dataset.postId;
        if (postId) latest.current.onDraftDrop(postId, { dateStr: info.dateStr, allDay: info.allDay });
      }}
      datesSet={(info) =>
        latest.current.onDatesChange(
          info.view.type as CalendarViewName,
          info.start,
          info.end,
          info.view.currentStart,
        )
      }
    />
  );
}
