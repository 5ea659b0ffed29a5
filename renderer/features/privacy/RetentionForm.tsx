/** The retention periods: editable by admins (with a message beside each bad field), read-only for everyone else. */
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RETENTION_FIELDS,
  RETENTION_MAX_MONTHS,
  type RetentionField,
  type RetentionSettings,
} from '../../../shared/retention/retentionSettings';
import { toDataError } from '../../data/store/dataErrors';
import { saveRetentionSettings } from '../../data/workspace/retentionRepository';

interface RetentionFormProps {
  retention: RetentionSettings;
  canEdit: boolean;
  /** Who saves (retention is governance: the repository refuses anyone but an admin). */
  actorId: string;
}

type Draft = Record<RetentionField, string>;
type Message = { kind: 'alert' | 'status'; text: string };

const fieldId = (field: RetentionField) => `cd-retention-${field}`;

function toDraft(retention: RetentionSettings): Draft {
  return {
    postsMonths: String(retention.postsMonths),
    commentsMonths: String(retention.commentsMonths),
    auditMonths: String(retention.auditMonths),
  };
}

export function RetentionForm({ retention, canEdit, actorId }: RetentionFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(retention));
  const [errors, setErrors] = useState<Partial<Record<RetentionField, string>>>({});
  const [message, setMessage] = useState<Message | null>(null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const found: Partial<Record<RetentionField, string>> = {};
    const values = {} as RetentionSettings;
    for (const field of RETENTION_FIELDS) {
      const text = draft[field].trim();
      if (!/^-?\d+([.,]\d+)?$/.test(text)) found[field] = t('privacyUi.retention.notNumber');
      values[field] = Number(text.replace(',', '.'));
    }
    try {
      if (Object.keys(found).length === 0) {
        const result = await saveRetentionSettings(values, { actorId, now: new Date() });
        if (result.ok) {
          setErrors({});
          setMessage({ kind: 'status', text: t('privacyUi.retention.saved') });
          return;
        }
        if (result.adminsOnly === true) {
          setMessage({ kind: 'alert', text: t('governanceUi.refused') });
          return;
        }
        for (const [field, key] of Object.entries(result.errors)) found[field as RetentionField] = t(key);
      }
      setErrors(found);
      setMessage({ kind: 'alert', text: t('privacyUi.retention.invalid') });
    } catch (error) {
      setMessage({ kind: 'alert', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <form className="cd-retention-form" noValidate onSubmit={(event) => void submit(event)}>
      {!canEdit && <p className="cd-hint">{t('privacyUi.retention.adminsOnly')}</p>}
      <div className="cd-field-row">
        {RETENTION_FIELDS.map((field) => {
          const error = errors[field];
          return (
            <div className="cd-field" key={field}>
              <label htmlFor={fieldId(field)}>{t(`privacyUi.retention.fields.${field}`)}</label>
              <input
                id={fieldId(field)}
                type="number"
                inputMode="numeric"
                min={0}
                max={RETENTION_MAX_MONTHS}
                step={1}
                value={draft[field]}
                readOnly={!canEdit}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${fieldId(field)}-hint${error ? ` ${fieldId(field)}-error` : ''}`}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
              <p id={`${fieldId(field)}-hint`} className="cd-hint">
                {t('privacyUi.retention.forever')}
              </p>
              {error && (
                <p id={`${fieldId(field)}-error`} className="cd-field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {canEdit && <button type="submit">{t('privacyUi.retention.save')}</button>}
      <div aria-live="polite">
        {message && (
          <p role={message.kind} className={message.kind === 'alert' ? 'cd-form-error' : 'cd-privacy-done'}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
