/**
 * Applies the retention rules once when the desk opens, as the system (not as the person who opened it). Loaded
 * on demand, like the expiry timer's repository, so the first screen's JavaScript stays small (BENCHMARKS.md).
 */
import { useEffect } from 'react';

export function useRetentionAtStart(): void {
  useEffect(() => {
    // A failure here must not stop the desk: the Datenschutz page's "Jetzt anwenden" reports errors in words.
    void Promise.all([import('../../data/retentionRepository'), import('../../data/consentEffects')])
      .then(([retention, effects]) => retention.applyRetention(effects.SYSTEM_ACTOR_ID, new Date()))
      .catch(() => undefined);
  }, []);
}
