import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/model/channels';
import type { PostStatus } from '../../../shared/model/post';
import { CHANNEL_BADGES } from '../../../shared/model/channels';
import type { FindingCounts } from '../../../shared/calendar/postEvents';

interface PostEventContentProps {
  timeText: string;
  title: string;
  channels: Channel[];
  status: PostStatus;
  findings: FindingCounts;
}

/** One post in the calendar: time, title, a text badge per network and the status in words. */
export function PostEventContent({ timeText, title, channels, status, findings }: PostEventContentProps) {
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
