import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import { postsToEvents, type HolidayEvent, type PostEvent } from '../../../shared/calendar/postEvents';
import { formPresetForTarget, scheduledAtForDrop } from '../../../shared/calendar/dropTarget';
import { moveDateText } from '../../../shared/calendar/zonedText';
import { isoToZonedParts, todayInZone } from '../../../shared/time/zoned';
import { useUnscheduledPosts } from '../../data/store/liveQueries';
import { prefetchPostsBetween, usePostsInRange } from '../../data/posts/postsInRange';
import { useFindingCounts } from '../../data/posts/checkQueries';
import { useApprovalVerdicts } from '../../data/workflow/approvalVerdicts';
import { withApprovalVerdicts } from './approvalEvents';
import { FindingsSummary } from './FindingsSummary';
import { reschedulePost } from '../../data/posts/postsRepository';
import { toDataError } from '../../data/store/dataErrors';
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
  const loaded = usePostsInRange(range);
  const posts = loaded?.posts;
  const unscheduled = useUnscheduledPosts();
  const { timeZone, defaultPostTime, locale } = settings;

  // `loaded.range` is the range the posts on hand belong to: after a range change the old posts stay until the new
  // ones are read, and the holidays wait with them (else the calendar would redraw once for the holidays alone).
  const holidays = useHolidayEvents(loaded?.range ?? null, settings);

  const findingCounts = useFindingCounts(posts, settings);
  // A post stored as approved shows as not approved, with the reasons, when its approval does not hold.
  const verdicts = useApprovalVerdicts(posts);
  // The weekly summary follows in a render of its own after the calendar has drawn a new range's posts (a summary
  // of 5,000 posts takes a while and would delay the calendar).
  const summaryPosts = useDeferredValue(posts);
  const summaryCounts = useDeferredValue(findingCounts);
  // While a new range's posts load, the calendar keeps what it shows (the old range is off screen already):
  // no redraw of an empty range just before the posts arrive.
  const events = useMemo<(HolidayEvent | PostEvent)[] | undefined>(
    () =>
      posts === undefined
        ? undefined
        : [...holidays, ...withApprovalVerdicts(postsToEvents(posts, filters, findingCounts), verdicts, t)],
    [holidays, posts, filters, findingCounts, verdicts, t],
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

  const openPost = useCallback((postId: string) => openEditor({ mode: 'edit', postId }), [openEditor]);

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
        <UnscheduledList posts={unscheduled} onOpen={openPost} />
        <FindingsSummary posts={summaryPosts} counts={summaryCounts} timeZone={timeZone} />
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
          onPostClick={openPost}
          onPostMove={async (postId, target) => {
            const scheduledAt = scheduledAtForDrop(target, null, defaultPostTime, timeZone);
            await saveSchedule(postId, scheduledAt);
            // Announced in the polite live region once the move is stored.
            const title = posts?.find((post) => post.id === postId)?.title ?? '';
            notify({
              kind: 'info',
              text: t('calendar.moved', { title, date: moveDateText(scheduledAt, locale, timeZone) }),
            });
          }}
          onDraftDrop={(postId, target) => {
            const scheduledAt = scheduledAtForDrop(target, null, defaultPostTime, timeZone);
            saveSchedule(postId, scheduledAt).catch(() => undefined);
          }}
          onDatesChange={(viewName: CalendarViewName, start, end, currentStart) => {
            // The range's read starts now, not after React has rendered the new range (see postsInRange.ts).
            prefetchPostsBetween(start.toISOString(), end.toISOString());
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
