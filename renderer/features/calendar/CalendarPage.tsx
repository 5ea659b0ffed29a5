import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInput } from '@fullcalendar/react';
import type { Settings } from '../../../shared/model/settings';
import { postsToEvents } from '../../../shared/calendar/postEvents';
import { formPresetForTarget, scheduledAtForDrop } from '../../../shared/calendar/dropTarget';
import { isoToZonedParts, todayInZone } from '../../../shared/time/zoned';
import { usePostsBetween, useUnscheduledPosts } from '../../data/liveQueries';
import { useFindingCounts } from '../../data/checkQueries';
import { FindingsSummary } from './FindingsSummary';
import { reschedulePost } from '../../data/postsRepository';
import { toDataError } from '../../data/dataErrors';
import { useUiStore, type CalendarViewName } from '../../state/uiStore';
import { CalendarView } from './CalendarView';
import { FilterPanel } from './FilterPanel';
import { UnscheduledList } from './UnscheduledList';
import { useHolidayEvents } from './useHolidayEvents';

interface CalendarPageProps {
  settings: Settings;
}

export function CalendarPage({ settings }: CalendarPageProps) {
  const { t } = useTranslation();
  const { view, range, filters, setView, setRange, openEditor, notify, currentUser } = useUiStore();
  const posts = usePostsBetween(range);
  const unscheduled = useUnscheduledPosts();
  const { timeZone, defaultPostTime, locale } = settings;

  const holidays = useHolidayEvents(range, settings);

  const findingCounts = useFindingCounts(posts, settings);
  const events = useMemo<EventInput[]>(
    () => [...holidays, ...postsToEvents(posts ?? [], filters, findingCounts)],
    [holidays, posts, filters, findingCounts],
  );

  const saveSchedule = useCallback(
    async (postId: string, scheduledAt: string) => {
      try {
        await reschedulePost(postId, scheduledAt, { actorId: currentUser.id, now: new Date() });
      } catch (error) {
        notify({ kind: 'error', text: t(toDataError(error).messageKey) });
        throw error;
      }
    },
    [currentUser.id, notify, t],
  );

  const openNewPost = useCallback(() => {
    openEditor({ mode: 'create', date: todayInZone(new Date(), timeZone), time: defaultPostTime });
  }, [openEditor, timeZone, defaultPostTime]);

  return (
    <div className="cd-calendar-page">
      <aside className="cd-sidebar" aria-label={t('filters.heading')}>
        <button type="button" className="cd-primary" onClick={openNewPost}>
          {t('calendar.newPost')}
        </button>
        <FilterPanel />
        <UnscheduledList posts={unscheduled} onOpen={(postId) => openEditor({ mode: 'edit', postId })} />
        <FindingsSummary posts={posts} counts={findingCounts} timeZone={timeZone} />
      </aside>
      <section className="cd-calendar" aria-label={t('calendar.heading')}>
        <CalendarView
          events={events}
          timeZone={timeZone}
          locale={locale}
          initialView={view}
          initialDate={range?.anchorDate}
          onDateClick={(target) =>
            openEditor({ mode: 'create', ...formPresetForTarget(target, defaultPostTime, timeZone) })
          }
          onPostClick={(postId) => openEditor({ mode: 'edit', postId })}
          onPostMove={(postId, target) =>
            saveSchedule(postId, scheduledAtForDrop(target, null, defaultPostTime, timeZone))
          }
          onDraftDrop={(postId, target) => {
            const scheduledAt = scheduledAtForDrop(target, null, defaultPostTime, timeZone);
            saveSchedule(postId, scheduledAt).catch(() => undefined);
          }}
          onDatesChange={(viewName: CalendarViewName, start, end, currentStart) => {
            setView(viewName);
            setRange({
              startUtc: start.toISOString(),
              endUtc: end.toISOString(),
              anchorDate: isoToZonedParts(currentStart.toISOString(), timeZone).date,
            });
          }}
        />
      </section>
    </div>
  );
}
