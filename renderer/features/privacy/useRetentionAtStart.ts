/**
 * Applies the retention rules once when the desk opens, as the system (not as the person who opened it). Loaded
 * on demand, like the expiry timer's repository, so the first screen's JavaScript stays small (BENCHMARKS.md).
 */
import { useEffect } from 'react';
import { whenIdle } from '../../data/store/deferredQueries';

export function useRetentionAtStart(): void {
  useEffect(
    () =>
      // When the page is idle, after the first screen (issue 14, page load): its chunks and its write transaction
      // would otherwise compete with the calendar's first draw and read.
      whenIdle(() => {
        // A failure here must not stop the desk: the Datenschutz page's "Jetzt anwenden" reports errors in words.
        void Promise.all([
          import('../../data/workspace/retentionRepository'),
          import('../../data/media/consentEffects'),
        ])
          .then(([retention, effects]) => retention.applyRetention(effects.SYSTEM_ACTOR_ID, new Date()))
          .catch(() => undefined);
      }),
    [],
  );
}
