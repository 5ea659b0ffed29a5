/**
 * The floor of the month-view and drag figures: a bare FullCalendar with the app's options and plugins, fed by a
 * raw Dexie index range query of the range on screen (the same rows the app shows), events mapped as the app maps
 * them, drawn with FullCalendar's own event markup. No i18n, no state store, no checks. `?view=timeGridWeek` opens
 * the week (the drag figure): a drop only updates the page's own state (no save), and like the app it does not
 * hand FullCalendar a new events array for a move FullCalendar made itself.
 */
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie from 'dexie';
import FullCalendar, { type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import listPlugin from '@fullcalendar/react/list';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import type { Post } from '../../shared/model/post';
import { NO_FILTERS, postsToEvents } from '../../shared/calendar/postEvents';
import { fullCalendarLocale } from '../../renderer/features/calendar/fullCalendarLocale';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin];
const database = new Dexie('civic-desk');

const VIEW =
  new URLSearchParams(location.search).get('view') === 'timeGridWeek' ? 'timeGridWeek' : 'dayGridMonth';

function Floor() {
  const [events, setEvents] = useState<EventInput[]>([]);
  // Where the drops put the posts (post id → new start). FullCalendar shows the moves already, and a re-render
  // would hand it a new `datesSet` function (an options change), so the floor only notes them.
  const moves = useRef(new Map<string, string>());
  return (
    // The size of the app's calendar at the bench's 1400×900 window, so both draw the same number of events.
    <div style={{ width: '1173px', height: '710px' }}>
      <FullCalendar
        plugins={PLUGINS}
        initialView={VIEW}
        timeZone="Europe/Berlin"
        locale={fullCalendarLocale('de-DE')}
        firstDay={1}
        weekNumbers
        weekNumberCalculation="ISO"
        headerToolbar={{
          start: 'today prev,next',
          center: 'title',
          end: 'dayGridMonth,timeGridWeek,listMonth',
        }}
        dayMaxEvents
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        navLinks
        editable
        droppable
        eventDurationEditable={false}
        events={events}
        height="100%"
        eventDrop={(info) => moves.current.set(info.event.id, info.event.startStr)}
        datesSet={(info) => {
          void (async () => {
            if (!database.isOpen()) await database.open();
            const posts = await database
              .table<Post, string>('posts')
              .where('scheduledAtUtc')
              .between(info.start.toISOString(), info.end.toISOString(), true, false)
              .toArray();
            setEvents(postsToEvents(posts, NO_FILTERS));
          })();
        }}
      />
    </div>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
