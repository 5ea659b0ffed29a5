/**
 * Every finding of the composer's draft, recomputed as it changes. The checks run in a worker (checkRunner.ts) on
 * a deferred copy of the draft: a keystroke renders and paints at once, the findings follow when the worker
 * answers (the newest draft only, however fast the typing), and the last findings stay shown until then. Without
 * a worker (jsdom) the engine runs in the page, on the deferred copy.
 */
import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { isCrisisPost } from '../../../shared/checks/crisis';
import { checkPost, type PostCheckInput, type PostFinding } from '../../../shared/checks/engine';
import { CHECK_RULES } from '../../../shared/checks/registry';
import type { Settings } from '../../../shared/model/settings';
import { isPlainDate, isPlainTime, zonedDateTimeToIso } from '../../../shared/time/zoned';
import { useConsents } from '../../data/media/consentQueries';
import { useMediaMetas } from '../../data/media/mediaQueries';
import { useToday } from '../../data/store/useToday';
import { useCrisisState } from '../../data/workflow/workflowQueries';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import { createCheckRunner, type CheckRunner } from './checkRunner';

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
  // Formatting the time with its offset costs a few milliseconds: only when the date or time change.
  const { date, time } = draft;
  const scheduledAt = useMemo(() => draftScheduledAt({ date, time }, timeZone), [date, time, timeZone]);
  const input = useMemo(
    (): PostCheckInput => ({
      variants: draft.content.variants,
      // Until the consent register has loaded, linked consents would look deleted: no media findings yet
      // (as while the media metadata load).
      media: consents === undefined ? {} : (metas ?? {}),
      altTexts: Object.fromEntries(draft.content.media.map((item) => [item.mediaId, item.altText])),
      crisis: isCrisisPost(draft, crisisMode),
      settings: settings.checks,
      limitSettings: settings.limits,
      consents: consents ?? [],
      scheduledAt,
      timeZone,
      now,
      template: draft.template,
      country: settings.region.country,
    }),
    [
      draft,
      metas,
      consents,
      crisisMode,
      settings.checks,
      settings.limits,
      settings.region.country,
      timeZone,
      now,
      scheduledAt,
    ],
  );
  return useCheckedInput(input);
}

/**
 * The findings of `input`: from the worker (the last answer until the next one arrives), or checked in the page
 * where no worker runs.
 */
function useCheckedInput(input: PostCheckInput): PostFinding[] {
  const [workerFailed, setWorkerFailed] = useState(false);
  const [answer, setAnswer] = useState<PostFinding[] | null>(null);
  const runner = useRef<CheckRunner | null>(null);
  const inWorker = typeof Worker === 'function' && !workerFailed;
  useEffect(() => {
    if (!inWorker) return;
    const created = createCheckRunner(() => setWorkerFailed(true));
    runner.current = created;
    return () => {
      created.terminate();
      runner.current = null;
    };
  }, [inWorker]);
  useEffect(() => {
    // The worker's answer is drawn in a render React can interrupt for the next key; the same findings as
    // before (the usual case while typing on) keep their array, so nothing that shows them re-renders.
    const show = (findings: PostFinding[]) =>
      startTransition(() =>
        setAnswer((last) => (last !== null && sameFindings(last, findings) ? last : findings)),
      );
    if (inWorker) runner.current?.run(input, show);
  }, [inWorker, input]);
  const inPage = useMemo(() => (inWorker ? null : checkPost(input, CHECK_RULES)), [inWorker, input]);
  return inPage ?? answer ?? NO_FINDINGS;
}

const NO_FINDINGS: PostFinding[] = [];

/** Whether two lists of findings say the same (the worker's answers are fresh copies). */
export function sameFindings(a: readonly PostFinding[], b: readonly PostFinding[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
