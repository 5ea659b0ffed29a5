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
import { useMediaMetas } from '../../data/mediaQueries';
import { useCrisisState } from '../../data/workflowQueries';
import type { ComposerDraft } from '../composer/composerDraft';

export function useDraftFindings(current: ComposerDraft, settings: Settings): PostFinding[] {
  const draft = useDeferredValue(current);
  const metas = useMediaMetas(draft.content.media.map((item) => item.mediaId));
  // While crisis mode is on, the crisis rules apply to every post.
  const crisisMode = useCrisisState()?.active === true;
  return useMemo(
    () =>
      checkPost(
        {
          variants: draft.content.variants,
          media: metas ?? {},
          altTexts: Object.fromEntries(draft.content.media.map((item) => [item.mediaId, item.altText])),
          crisis: isCrisisPost(draft, crisisMode),
          settings: settings.checks,
          limitSettings: settings.limits,
        },
        CHECK_RULES,
      ),
    [draft, metas, crisisMode, settings.checks, settings.limits],
  );
}
