import { memo, useContext } from 'react';
import type { Channel } from '../../../shared/model/channels';
import type { PostStatus } from '../../../shared/model/post';
import { CHANNEL_BADGES } from '../../../shared/model/channels';
import type { FindingCounts } from '../../../shared/calendar/postEvents';
import { cachedLabel, EventTranslation } from './eventLabels';

interface PostEventContentProps {
  timeText: string;
  title: string;
  channels: Channel[];
  status: PostStatus;
  findings: FindingCounts;
}

/** One post in the calendar: time, title, a text badge per network and the status in words. */
function PostEventContentView({ timeText, title, channels, status, findings }: PostEventContentProps) {
  const t = useContext(EventTranslation);
  if (t === null) throw new Error('PostEventContent is drawn inside CalendarView (EventTranslation).');
  const network = (channel: Channel) => cachedLabel(t, `networks.${channel}`, () => t(`networks.${channel}`));
  return (
    <span className="cd-event">
      {timeText && <span className="cd-event-time">{timeText}</span>}
      <span className="cd-event-title">{title}</span>
      <span className="cd-event-badges">
        {channels.map((channel) => (
          <abbr key={channel} className={`cd-badge cd-badge-${channel}`} title={network(channel)}>
            {CHANNEL_BADGES[channel]}
          </abbr>
        ))}
      </span>
      {findings.block > 0 && (
        <span
          className="cd-event-findings"
          title={t('calendar.findings.blocking', { count: findings.block })}
        >
          <span aria-hidden="true">⛔ {findings.block}</span>
          <span className="cd-visually-hidden">
            {t('calendar.findings.blocking', { count: findings.block })}
          </span>
        </span>
      )}
      {findings.warn > 0 && (
        <span className="cd-event-findings" title={t('calendar.findings.warnings', { count: findings.warn })}>
          <span aria-hidden="true">⚠ {findings.warn}</span>
          <span className="cd-visually-hidden">
            {t('calendar.findings.warnings', { count: findings.warn })}
          </span>
        </span>
      )}
      <span className="cd-visually-hidden">{channels.map((channel) => network(channel)).join(', ')}, </span>
      {/* Drafts are the usual case; every other status is shown in words. */}
      <span className={status === 'draft' ? 'cd-visually-hidden' : 'cd-event-status'}>
        {cachedLabel(t, `status.${status}`, () => t(`status.${status}`))}
      </span>
    </span>
  );
}

function sameContent(a: PostEventContentProps, b: PostEventContentProps): boolean {
  return (
    a.timeText === b.timeText &&
    a.title === b.title &&
    a.status === b.status &&
    a.findings.block === b.findings.block &&
    a.findings.warn === b.findings.warn &&
    a.channels.join() === b.channels.join()
  );
}

/**
 * Memoised by value: FullCalendar re-renders every event's content on each drag move and data change, and a
 * month holds hundreds of posts; only posts whose shown values changed render again.
 */
export const PostEventContent = memo(PostEventContentView, sameContent);
