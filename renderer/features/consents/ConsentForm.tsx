/**
 * Adds or edits one consent. Validation is the repository's (the shared schema); each message appears beside its
 * field and the first invalid field gets the focus.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaMessageKey } from '../../../shared/media/messages';
import type { Consent } from '../../../shared/model/media';
import { saveConsent, type ConsentField } from '../../data/media/consentsRepository';
import { toDataError, type DataErrorKey } from '../../data/store/dataErrors';

interface ConsentFormProps {
  /** The consent being edited, or null for a new one. */
  consent: Consent | null;
  onSaved: (consent: Consent) => void;
  onCancel: () => void;
}

type Draft = Record<'person' | 'purpose' | 'givenOn' | 'validUntil' | 'withdrawnOn', string>;
type FormField = keyof Draft;
type Errors = Partial<Record<ConsentField, MediaMessageKey>>;

const FIELD_ORDER: FormField[] = ['person', 'purpose', 'givenOn', 'validUntil', 'withdrawnOn'];
/** A date field whose typed text the browser cannot read reports `badInput` and an empty value. */
const UNREADABLE_DATE = 'unreadable';

function toDraft(consent: Consent | null): Draft {
  return {
    person: consent?.person ?? '',
    purpose: consent?.purpose ?? '',
    givenOn: consent?.givenOn ?? '',
    validUntil: consent?.validUntil ?? '',
    withdrawnOn: consent?.withdrawnOn ?? '',
  };
}

function dateValue(input: HTMLInputElement | null, value: string): string {
  return input?.validity.badInput ? UNREADABLE_DATE : value;
}

function optionalDateValue(input: HTMLInputElement | null, value: string): string | null {
  const read = dateValue(input, value);
  return read === '' ? null : read;
}

export function ConsentForm({ consent, onSaved, onCancel }: ConsentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(consent));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<DataErrorKey | null>(null);
  const personRef = useRef<HTMLInputElement>(null);
  const purposeRef = useRef<HTMLTextAreaElement>(null);
  const givenOnRef = useRef<HTMLInputElement>(null);
  const validUntilRef = useRef<HTMLInputElement>(null);
  const withdrawnOnRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (consent) personRef.current?.focus();
  }, [consent]);

  /** The element of `field`; only called from event handlers. */
  const element = (field: FormField): HTMLInputElement | HTMLTextAreaElement | null => {
    switch (field) {
      case 'person':
        return personRef.current;
      case 'purpose':
        return purposeRef.current;
      case 'givenOn':
        return givenOnRef.current;
      case 'validUntil':
        return validUntilRef.current;
      case 'withdrawnOn':
        return withdrawnOnRef.current;
    }
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await saveConsent({
        ...(consent ? { id: consent.id } : {}),
        person: draft.person,
        purpose: draft.purpose,
        givenOn: dateValue(givenOnRef.current, draft.givenOn),
        validUntil: optionalDateValue(validUntilRef.current, draft.validUntil),
        withdrawnOn: consent ? optionalDateValue(withdrawnOnRef.current, draft.withdrawnOn) : null,
      });
      if (result.ok) {
        setErrors({});
        onSaved(result.consent);
        return;
      }
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) element(first)?.focus();
    } catch (error) {
      setFailure(toDataError(error).messageKey);
    }
  };

  const fieldId = (field: FormField) => `${id}-${field}`;
  const describedBy = (field: FormField, hint: boolean) =>
    [errors[field] ? `${fieldId(field)}-error` : null, hint ? `${fieldId(field)}-hint` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldProps = (field: FormField, hint = false) => ({
    id: fieldId(field),
    value: draft[field],
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field, hint),
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value }),
  });
  const below = (field: FormField, hint?: string) => (
    <>
      {hint && (
        <p id={`${fieldId(field)}-hint`} className="cd-hint">
          {hint}
        </p>
      )}
      {errors[field] && (
        <p id={`${fieldId(field)}-error`} className="cd-field-error">
          {t(errors[field])}
        </p>
      )}
    </>
  );
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form className="cd-panel cd-consent-form" noValidate onSubmit={(event) => void submit(event)}>
      <h2>
        {consent ? t('consentsUi.form.editTitle', { person: consent.person }) : t('consentsUi.form.newTitle')}
      </h2>
      {hasErrors && (
        <p role="alert" className="cd-form-error">
          {t('consentsUi.form.summary')} {errors.id ? t(errors.id) : ''}
        </p>
      )}
      {failure && (
        <p role="alert" className="cd-form-error">
          {t(failure)}
        </p>
      )}
      <div className="cd-field">
        <label htmlFor={fieldId('person')}>{t('consentsUi.form.person')}</label>
        <input ref={personRef} autoComplete="off" {...fieldProps('person')} />
        {below('person')}
      </div>
      <div className="cd-field">
        <label htmlFor={fieldId('purpose')}>{t('consentsUi.form.purpose')}</label>
        <textarea ref={purposeRef} rows={2} {...fieldProps('purpose', true)} />
        {below('purpose', t('consentsUi.form.purposeHint'))}
      </div>
      <div className="cd-field-row cd-consent-dates">
        <div className="cd-field">
          <label htmlFor={fieldId('givenOn')}>{t('consentsUi.form.givenOn')}</label>
          <input ref={givenOnRef} type="date" {...fieldProps('givenOn')} />
          {below('givenOn')}
        </div>
        <div className="cd-field">
          <label htmlFor={fieldId('validUntil')}>{t('consentsUi.form.validUntil')}</label>
          <input ref={validUntilRef} type="date" {...fieldProps('validUntil', true)} />
          {below('validUntil', t('consentsUi.form.validUntilHint'))}
        </div>
        {consent && (
          <div className="cd-field">
            <label htmlFor={fieldId('withdrawnOn')}>{t('consentsUi.form.withdrawnOn')}</label>
            <input ref={withdrawnOnRef} type="date" {...fieldProps('withdrawnOn', true)} />
            {below('withdrawnOn', t('consentsUi.form.withdrawnOnHint'))}
          </div>
        )}
      </div>
      <div className="cd-dialog-actions">
        {consent && (
          <button type="button" onClick={onCancel}>
            {t('consentsUi.form.cancel')}
          </button>
        )}
        <button type="submit" className="cd-primary">
          {t('consentsUi.form.save')}
        </button>
      </div>
    </form>
  );
}
