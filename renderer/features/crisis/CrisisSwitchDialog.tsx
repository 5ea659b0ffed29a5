/**
 * Switching crisis mode on: a reason (required) and the window in days (default from the settings); shows how many
 * scheduled posts will be held before the switch, and reports how many were held after it.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLDABLE_STATUSES, MAX_CRISIS_WINDOW_DAYS, postsToHold } from '../../../shared/crisis/crisisMode';
import type { Settings } from '../../../shared/model/settings';
import { switchCrisisOn } from '../../data/workflow/crisisState';
import { toDataError } from '../../data/store/dataErrors';
import { usePostsInStatuses } from '../../data/workflow/workflowQueries';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';

interface CrisisSwitchDialogProps {
  settings: Settings;
  actorId: string;
  onClose: () => void;
}

type Errors = Partial<Record<'reason' | 'windowDays' | 'form', string>>;

export function CrisisSwitchDialog({ settings, actorId, onClose }: CrisisSwitchDialogProps) {
  const { t } = useTranslation();
  const notify = useUiStore((state) => state.notify);
  const [reason, setReason] = useState('');
  const [windowDays, setWindowDays] = useState(settings.workflow.crisisWindowDays);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const windowRef = useRef<HTMLInputElement>(null);
  const candidates = usePostsInStatuses(HOLDABLE_STATUSES);
  const validWindow = Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_CRISIS_WINDOW_DAYS;
  const preview =
    candidates && validWindow
      ? postsToHold(candidates, { now: new Date().toISOString(), windowDays }).length
      : null;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (reason.trim() === '') found.reason = 'crisis.errors.reasonRequired';
    if (!validWindow) found.windowDays = 'crisis.errors.invalidWindow';
    if (found.reason || found.windowDays) {
      setErrors(found);
      (found.reason ? reasonRef : windowRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await switchCrisisOn({ reason, windowDays }, { actorId, now: new Date() });
      if (!result.ok) {
        setErrors(
          result.reason === 'crisis.errors.reasonRequired'
            ? { reason: result.reason }
            : result.reason === 'crisis.errors.invalidWindow'
              ? { windowDays: result.reason }
              : { form: result.reason },
        );
        return;
      }
      notify({ kind: 'info', text: t('crisisUi.onDone', { count: result.held }) });
      onClose();
    } catch (error) {
      setErrors({ form: toDataError(error).messageKey });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('crisisUi.turnOnTitle')} onClose={onClose} initialFocus={reasonRef}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div aria-live="polite">
          {errors.form && <p className="cd-form-error">{translateKey(t, errors.form)}</p>}
        </div>
        <div className="cd-field">
          <label htmlFor="crisis-reason">{t('crisisUi.reason')}</label>
          <textarea
            ref={reasonRef}
            id="crisis-reason"
            rows={3}
            maxLength={500}
            value={reason}
            required
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? 'crisis-reason-error crisis-reason-hint' : 'crisis-reason-hint'}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id="crisis-reason-hint" className="cd-hint">
            {t('crisisUi.reasonHint')}
          </p>
          {errors.reason && (
            <p id="crisis-reason-error" className="cd-field-error">
              {translateKey(t, errors.reason)}
            </p>
          )}
        </div>
        <div className="cd-field">
          <label htmlFor="crisis-window">{t('crisisUi.windowDays')}</label>
          <input
            ref={windowRef}
            id="crisis-window"
            type="number"
            min={1}
            max={MAX_CRISIS_WINDOW_DAYS}
            value={Number.isNaN(windowDays) ? '' : windowDays}
            aria-invalid={errors.windowDays ? true : undefined}
            aria-describedby={
              errors.windowDays ? 'crisis-window-error crisis-window-hint' : 'crisis-window-hint'
            }
            onChange={(event) => setWindowDays(event.target.valueAsNumber)}
          />
          <p id="crisis-window-hint" className="cd-hint">
            {validWindow && t('crisisUi.windowHint', { days: windowDays })}
          </p>
          {errors.windowDays && (
            <p id="crisis-window-error" className="cd-field-error">
              {translateKey(t, errors.windowDays)}
            </p>
          )}
        </div>
        <p aria-live="polite">{preview !== null && t('crisis.hold.summary', { count: preview })}</p>
        <div className="cd-crisis-actions">
          <button type="submit" className="cd-danger" disabled={busy} aria-busy={busy}>
            {t('crisisUi.confirm')}
          </button>
          <button type="button" onClick={onClose}>
            {t('crisisUi.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
