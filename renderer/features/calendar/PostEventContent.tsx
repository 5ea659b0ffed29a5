import { memo, useContext } from 'react';
import type { Channel } from '../../../shared/model/channels';
import type { PostStatus } from '../../../shared/model/post';
import type { FindingCounts } from '../../../shared/calendar/postEvents';
import { cachedLabel, EventTranslation } from './eventLabels';
import { STATUS_SYMBOLS } from './statusMarkers';

interface PostEventContentProps {
  timeText: string;
  title: string;
  channels: Channel[];
  /** The networks' short badges as one text, e.g. "in · IG" (shared/calendar/postEvents.ts `channelBadges`). */
  badges: string;
  status: PostStatus;
  findings: FindingCounts;
  /**
   * Why a post stored as approved does not count (derived approval, renderer/data/workflow/approvalVerdicts.ts), already
   * translated; the post then shows as not approved. Absent when its approval holds or it claims none.
   */
  notApproved?: string;
}

/**
 * One post in the calendar: first the status symbol (a shape and colour per status, statusMarkers.ts), the time and
 * the title, which wraps onto further lines instead of being cut after a word or two; below them the status in
 * words, the networks as text badges and the finding counts. Few elements: a month draws hundreds of these. What is
 * spoken in place of a symbol (network names for the badges, finding counts in words) is one visually hidden text.
 */
function PostEventContentView({
  timeText,
  title,
  channels,
  badges,
  status,
  findings,
  notApproved,
}: PostEventContentProps) {
  const t = useContext(EventTranslation);
  if (t === null) throw new Error('PostEventContent is drawn inside CalendarView (EventTranslation).');
  const networks = channels
    .map((channel) => cachedLabel(t, `networks.${channel}`, () => t(`networks.${channel}`)))
    .join(', ');
  const counted = (key: 'blocking' | 'warnings', count: number) =>
    count === 0
      ? ''
      : cachedLabel(t, `calendar.findings.${key}.${count}`, () => t(`calendar.findings.${key}`, { count }));
  const findingTexts = [counted('blocking', findings.block), counted('warnings', findings.warn)].filter(
    (text) => text !== '',
  );
  const findingSymbols = [
    // Symbols that the fonts of a bare Windows or Linux desktop have (no emoji font there: "⛔" drew a box).
    findings.block > 0 ? `✖ ${findings.block}` : '',
    findings.warn > 0 ? `⚠ ${findings.warn}` : '',
  ]
    .filter((text) => text !== '')
    .join(' ');
  const statusText =
    notApproved === undefined
      ? cachedLabel(t, `status.${status}`, () => t(`status.${status}`))
      : cachedLabel(t, 'trustUi.verdict.notApproved', () => t('trustUi.verdict.notApproved'));
  const spoken = [...findingTexts, networks, notApproved ?? ''].filter((text) => text !== '');
  return (
    <span className="cd-event">
      <span className="cd-event-head" title={title}>
        <span className={`cd-event-marker cd-marker-${status}`} aria-hidden="true">
          {STATUS_SYMBOLS[status]}
        </span>
        {timeText && <span className="cd-event-time">{timeText}</span>}
        <span className="cd-event-title">{title}</span>
      </span>
      <span className="cd-event-meta">
        <span
          className={`cd-event-status cd-marker-${status}${notApproved === undefined ? '' : ' cd-not-approved'}`}
          title={notApproved}
        >
          {statusText}
        </span>
        <span className="cd-event-badges" title={networks}>
          {badges}
        </span>
        {findingSymbols && (
          <span className="cd-event-findings" title={findingTexts.join(', ')} aria-hidden="true">
            {findingSymbols}
          </span>
        )}
      </span>
      <span className="cd-visually-hidden">{`, ${spoken.join(', ')}`}</span>
    </span>
  );
}

function sameContent(a: PostEventContentProps, b: PostEventContentProps): boolean {
  return (
    a.timeText === b.timeText &&
    a.title === b.title &&
    a.status === b.status &&
    a.notApproved === b.notApproved &&
    a.badges === b.badges &&
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
