import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/model/channels';
import type { PostStatus } from '../../../shared/model/post';
import { CHANNEL_BADGES } from '../../../shared/model/channels';

interface PostEventContentProps {
  timeText: string;
  title: string;
  channels: Channel[];
  status: PostStatus;
}

/** One post in the calendar: time, title, a text badge per network and the status in words. */
export function PostEventContent({ timeText, title, channels, status }: PostEventContentProps) {
  const { t } = useTranslation();
  return (
    <span className="cd-event">
      {timeText && <span className="cd-event-time">{timeText}</span>}
      <span className="cd-event-title">{title}</span>
      <span className="cd-event-badges">
        {channels.map((channel) => (
          <abbr key={channel} className={`cd-badge cd-badge-${channel}`} title={t(`networks.${channel}`)}>
            {CHANNEL_BADGES[channel]}
          </abbr>
        ))}
      </span>
      <span className="cd-visually-hidden">
        {channels.map((channel) => t(`networks.${channel}`)).join(', ')},{' '}
      </span>
      {/* Drafts are the usual case; every other status is shown in words. */}
      <span className={status === 'draft' ? 'cd-visually-hidden' : 'cd-event-status'}>
        {t(`status.${status}`)}
      </span>
    </span>
  );
}
