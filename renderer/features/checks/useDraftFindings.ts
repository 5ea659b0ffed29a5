/** Every finding of the composer's draft, recomputed as it changes (the engine is pure and fast). */
import { useMemo } from 'react';
import { isCrisisPost } from '../../../shared/checks/crisis';
import { checkPost, type PostFinding } from '../../../shared/checks/engine';
import { CHECK_RULES } from '../../../shared/checks/registry';
import type { Settings } from '../../../shared/model/settings';
import { useMediaMetas } from '../../data/mediaQueries';
import type { ComposerDraft } from '../composer/composerDraft';

export function useDraftFindings(draft: ComposerDraft, settings: Settings): PostFinding[] {
  const metas = useMediaMetas(draft.content.media.map((item) => item.mediaId));
  return useMemo(
    () =>
      checkPost(
        {
          variants: draft.content.variants,
          media: metas ?? {},
          altTexts: Object.fromEntries(draft.content.media.map((item) => [item.mediaId, item.altText])),
          crisis: isCrisisPost(draft),
          settings: settings.checks,
          limitSettings: settings.limits,
        },
        CHECK_RULES,
      ),
    [draft, metas, settings.checks, settings.limits],
  );
}
