/**
 * Asks for a profile's PIN ("PIN" + "Anmelden"); a wrong PIN says so and how many tries are left, and after five
 * wrong tries the form waits 30 seconds. Calls `onUnlocked` when the PIN is right.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import { checkProfilePin } from '../../data/settings/profilesRepository';
import { toDataError } from '../../data/store/dataErrors';
import { lockRemaining, noteRightPin, noteWrongPin } from './pinThrottle';

interface PinFormProps {
  profile: StoredProfile;
  onUnlocked: () => void;
  onCancel: () => void;
  cancelLabel: string;
}

export function PinForm({ profile, onUnlocked, onCancel, cancelLabel }: PinFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lockedMs, setLockedMs] = useState(() => lockRemaining(profile.id));

  useEffect(() => {
    inputRef.current?.focus();
  }, [profile.id]);

  useEffect(() => {
    if (lockedMs <= 0) return;
    const timer = setTimeout(() => setLockedMs(lockRemaining(profile.id)), 1000);
    return () => clearTimeout(timer);
  }, [lockedMs, profile.id]);

  const lockedSeconds = Math.ceil(lockedMs / 1000);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (lockRemaining(profile.id) > 0) {
      setLockedMs(lockRemaining(profile.id));
      return;
    }
    if (pin === '') {
      setMessage(t('profilesUi.pin.required'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(t('profilesUi.pin.checking'));
    try {
      if (await checkProfilePin(profile.id, pin)) {
        noteRightPin(profile.id);
        setMessage(null);
        onUnlocked();
        return;
      }
      const left = noteWrongPin(profile.id);
      setPin('');
      if (left === 0) {
        setMessage(null);
        setLockedMs(lockRemaining(profile.id));
      } else {
        setMessage(t('profilesUi.pin.wrong', { count: left }));
      }
      inputRef.current?.focus();
    } catch (error) {
      setMessage(t(toDataError(error).messageKey));
    } finally {
      setBusy(false);
    }
  };

  const status = lockedMs > 0 ? t('profilesUi.pin.locked', { seconds: lockedSeconds }) : message;
  const invalid = status !== null && !busy;

  return (
    <form className="cd-pin-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="cd-field">
        <label htmlFor={`${id}-pin`}>{t('profilesUi.pin.label')}</label>
        <input
          ref={inputRef}
          id={`${id}-pin`}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={`${id}-status`}
          onChange={(event) => setPin(event.target.value)}
        />
        <p id={`${id}-status`} className={invalid ? 'cd-field-error' : 'cd-hint'} aria-live="polite">
          {status}
        </p>
      </div>
      <div className="cd-pin-actions">
        <button type="submit" className="cd-primary" disabled={busy || lockedMs > 0}>
          {t('profilesUi.pin.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
