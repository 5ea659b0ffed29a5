/** Drafts without a date. Each can be dragged onto the calendar (FullCalendar's external Draggable) or opened. */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Draggable } from '@fullcalendar/react/interaction';
import type { Post } from '../../../shared/model/post';
import { channelBadges } from '../../../shared/calendar/postEvents';

interface UnscheduledListProps {
  posts: Post[] | undefined;
  onOpen: (postId: string) => void;
}

/** Memoised: the page re-renders on every range change and drop, this only when its own props change. */
export const UnscheduledList = memo(function UnscheduledList({ posts, onOpen }: UnscheduledListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const draggable = new Draggable(list, {
      itemSelector: '[data-post-id]',
      // `create: false`: the drop callback saves the post; the live query then draws it.
      eventData: (element) => ({ title: element.dataset.title ?? '', create: false }),
    });
    return () => draggable.destroy();
  }, []);

  return (
    <section className="cd-panel" aria-labelledby="unscheduled-heading">
      <h2 id="unscheduled-heading">{t('unscheduled.heading')}</h2>
      <p className="cd-hint">{t('unscheduled.hint')}</p>
      <ul ref={listRef} className="cd-unscheduled">
        {posts?.map((post) => (
          <li key={post.id} data-post-id={post.id} data-title={post.title} className="cd-unscheduled-item">
            <button type="button" onClick={() => onOpen(post.id)}>
              <span className="cd-event-title">{post.title}</span>
              <span className="cd-event-badges">{channelBadges(post.channels)}</span>
            </button>
          </li>
        ))}
      </ul>
      {posts?.length === 0 && <p className="cd-hint">{t('unscheduled.empty')}</p>}
    </section>
  );
});
