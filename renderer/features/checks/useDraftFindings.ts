/**
 * Every finding of the composer's draft, recomputed as it changes. The checks run on a deferred copy of the draft
 * (React's useDeferredValue): a keystroke renders at once, the checks follow when the input is idle, and a render
 * of the checks still pending is dropped when the next keystroke arrives, which debounces fast typing.
 */
import { useDeferredValue, useMemo } from 'react';
import { isCrisisPost } from '../../../shared/checks/crisis';
import { checkPost, type PostFinding } from '../../../shared/checks/engine';
import { CHECK_RULES } from '../../../shared/checks/registry';
import type { Settings } from '../../../shared/model/settings';
import { isPlainDate, isPlainTime, zonedDateTimeToIso } from '../../../shared/time/zoned';
import { useConsents } from '../../data/consentQueries';
import { useMediaMetas } from '../../data/mediaQueries';
import { useToday } from '../../data/useToday';
import { useCrisisState } from '../../data/workflowQueries';
import type { ComposerDraft } from '../composer/composerDraft';

/**
 * The draft's publishing time for the checks: its day in the zone, at its time or, while the time is still being
 * typed, at noon (which lies on that day in every zone). A half-typed date counts as unscheduled (today).
 */
export function draftScheduledAt(
  draft: Pick<ComposerDraft, 'date' | 'time'>,
  timeZone: string,
): string | null {
  if (!isPlainDate(draft.date)) return null;
  return zonedDateTimeToIso(draft.date, isPlainTime(draft.time) ? draft.time : '12:00', timeZone);
}

export function useDraftFindings(current: ComposerDraft, settings: Settings): PostFinding[] {
  const draft = useDeferredValue(current);
  const metas = useMediaMetas(draft.content.media.map((item) => item.mediaId));
  const consents = useConsents();
  // While crisis mode is on, the crisis rules apply to every post.
  const crisisMode = useCrisisState()?.active === true;
  const { timeZone } = settings;
  // An unscheduled draft's consents are checked for today: a new day re-runs the checks.
  const now = useToday(timeZone);
  return useMemo(
    () =>
      checkPost(
        {
          variants: draft.content.variants,
          // Until the consent register has loaded, linked consents would look deleted: no media findings yet
          // (as while the media metadata load).
          media: consents === undefined ? {} : (metas ?? {}),
          altTexts: Object.fromEntries(draft.content.media.map((item) => [item.mediaId, item.altText])),
          crisis: isCrisisPost(draft, crisisMode),
          settings: settings.checks,
          limitSettings: settings.limits,
          consents: consents ?? [],
          scheduledAt: draftScheduledAt(draft, timeZone),
          timeZone,
          now,
        },
        CHECK_RULES,
      ),
    [draft, metas, consents, crisisMode, settings.checks, settings.limits, timeZone, now],
  );
}
