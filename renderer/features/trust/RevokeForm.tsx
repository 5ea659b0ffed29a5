/** Revoking a profile's key: from when (in the organisation's time zone) and why; the admin signs the entry. */
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToZonedParts, zonedDateTimeToIso } from '../../../shared/time/zoned';
import { revokeProfileKey } from '../../data/trust/trustRepository';
import { toDataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';

interface RevokeFormProps {
  profileId: string;
  name: string;
  keyId: string;
  actorId: string;
  timeZone: string;
  onDone: (text: string) => void;
  onCancel: () => void;
}

export function RevokeForm({ profileId, name, keyId, actorId, timeZone, onDone, onCancel }: RevokeFormProps) {
  const { t } = useTranslation();
  const [start] = useState(() => isoToZonedParts(new Date().toISOString(), timeZone));
  const [from, setFrom] = useState(`${start.date}T${start.time}`);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [date = '', time = ''] = from.split('T');
    let effectiveAt: string;
    try {
      effectiveAt = new Date(zonedDateTimeToIso(date, time.slice(0, 5), timeZone)).toISOString();
    } catch {
      setError(t('trustUi.errors.badTime'));
      return;
    }
    setBusy(true);
    try {
      const result = await revokeProfileKey(
        { profileId, keyId, effectiveAt, reason },
        { actorId, now: new Date() },
      );
      if (result.ok) onDone(t('trustUi.roster.revokedDone', { name }));
      else setError(translateKey(t, result.reason));
    } catch (caught) {
      setError(t(toDataError(caught).messageKey));
    } finally {
      setBusy(false);
    }
  };

  const idBase = `revoke-${profileId}`;
  return (
    <form className="cd-panel" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('trustUi.roster.revokeHeading', { name })}</h3>
      {error !== null && (
        <p className="cd-form-error" role="alert">
          {error}
        </p>
      )}
      <div className="cd-field">
        <label htmlFor={`${idBase}-from`}>{t('trustUi.roster.revokeFrom')}</label>
        <input
          id={`${idBase}-from`}
          type="datetime-local"
          value={from}
          aria-describedby={`${idBase}-from-hint`}
          onChange={(event) => setFrom(event.target.value)}
        />
        <p id={`${idBase}-from-hint`} className="cd-hint">
          {t('trustUi.roster.revokeFromHint')}
        </p>
      </div>
      <div className="cd-field">
        <label htmlFor={`${idBase}-reason`}>{t('trustUi.roster.revokeReason')}</label>
        <input
          id={`${idBase}-reason`}
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className="cd-trust-actions">
        <button type="submit" className="cd-danger" disabled={busy} aria-busy={busy}>
          {t('trustUi.roster.revokeConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('trustUi.roster.cancel')}
        </button>
      </div>
    </form>
  );
}
