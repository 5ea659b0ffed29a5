/**
 * The derived approval on the calendar's events: a post stored as approved whose approval does not hold
 * (renderer/data/workflow/approvalVerdicts.ts) gets its reasons in words (`notApproved`) and the class `cd-not-approved`;
 * PostEventContent then shows "Nicht freigegeben" instead of the stored status.
 */
import type { TFunction } from 'i18next';
import type { PostEvent } from '../../../shared/calendar/postEvents';
import { isUnverified, type Verdicts } from '../../data/workflow/approvalVerdicts';
import { verdictText } from '../trust/verdictText';

/** A post event with the reasons its stored approval does not count. */
export type VerdictEvent = PostEvent & {
  extendedProps: PostEvent['extendedProps'] & { notApproved?: string };
};

export function withApprovalVerdicts(
  events: readonly PostEvent[],
  verdicts: Verdicts | undefined,
  t: TFunction,
): VerdictEvent[] {
  return events.map((event) => {
    const verdict = verdicts?.[event.id];
    const claimed = ['approved', 'exported', 'published'].includes(event.extendedProps.status);
    // While the verdicts load, a post stored as approved is shown as being checked, never as approved.
    if (verdict === undefined ? !claimed : !isUnverified(verdict)) return event;
    const text = verdict === undefined ? t('trustUi.verdict.checking') : verdictText(t, verdict.reasons);
    return {
      ...event,
      className: `${event.className} cd-not-approved`,
      extendedProps: { ...event.extendedProps, notApproved: text },
    };
  });
}
