import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDataError } from '../../data/store/dataErrors';
import type { AutosaveState } from './useAutosave';

/** Where the draft stands: saved (and when), being saved, not yet savable, or failed. */
export const SaveStatus = memo(SaveStatusView, (before, after) => sameState(before.state, after.state));

/** The composer makes a new `pending` state object on every keystroke: equal states draw the same line. */
function sameState(a: AutosaveState, b: AutosaveState): boolean {
  if (a === b) return true;
  if (a.kind === 'pending' && b.kind === 'pending') return true;
  if (a.kind === 'saved' && b.kind === 'saved') return a.at === b.at;
  return false;
}

function SaveStatusView({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case 'saved':
        return state.at === null
          ? ''
          : t('composer.savedAt', {
              time: state.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
            });
      case 'pending':
        return t('composer.saving');
      case 'invalid':
        return t('composer.notSavedYet');
      case 'failed':
        return t(toDataError(state.error).messageKey);
    }
  })();
  return (
    <p className={`cd-save-status cd-save-${state.kind}`} role="status">
      {text}
    </p>
  );
}
