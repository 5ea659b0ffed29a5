/** Creates or edits a campaign in a dialog; every invalid field shows its message beside it and nothing is saved. */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/model/campaign';
import type { UiLocale } from '../../../shared/model/settings';
import { saveCampaign } from '../../data/posts/campaignsRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import {
  draftFromCampaign,
  EMPTY_DRAFT,
  validateCampaignDraft,
  type CampaignDraft,
  type CampaignErrors,
  type CampaignField,
} from './campaignForm';
import { exampleAmount } from './format';
import { FormField } from './FormField';
import './campaigns.css';

interface CampaignFormDialogProps {
  /** `null` creates a new campaign. */
  campaign: Campaign | null;
  locale: UiLocale;
  onClose: () => void;
}

const SINGLE_LINE: { field: CampaignField; maxLength: number }[] = [
  { field: 'targetGroup', maxLength: 500 },
  { field: 'responsible', maxLength: 120 },
];

export function CampaignFormDialog({ campaign, locale, onClose }: CampaignFormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const notify = useUiStore((state) => state.notify);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    campaign ? draftFromCampaign(campaign, locale) : EMPTY_DRAFT,
  );
  const [errors, setErrors] = useState<CampaignErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const example = exampleAmount(locale);

  // After a rejected save, focus goes to the first field with a message.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = (field: CampaignField) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errorText = (field: CampaignField): string | undefined => {
    const key = errors[field];
    return key ? t(`campaignsUi.form.errors.${key}`, { example }) : undefined;
  };
  const fieldId = (field: CampaignField) => `${id}-${field}`;
  const label = (field: CampaignField) => t(`campaignsUi.form.fields.${field}`);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const validation = validateCampaignDraft(draft, locale);
    if (!validation.ok) {
      setErrors(validation.errors);
      setAttempt((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      const result = await saveCampaign({ ...validation.value, ...(campaign ? { id: campaign.id } : {}) });
      if (!result.ok) {
        // The repository names the stored field ("budgetPlannedCents"); the form names what was typed.
        const stored = (result.field.split('.')[0] ?? '').replace(/Cents$/, '');
        const field: CampaignField = stored in EMPTY_DRAFT ? (stored as CampaignField) : 'name';
        setErrors({ [field]: 'invalid' });
        setAttempt((count) => count + 1);
        return;
      }
      notify({ kind: 'info', text: t('campaignsUi.form.saved', { name: result.campaign.name }) });
      onClose();
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    } finally {
      setSaving(false);
    }
  };

  const hasErrors = Object.keys(errors).length > 0;

  return (
    <Modal
      title={t(campaign ? 'campaignsUi.form.editTitle' : 'campaignsUi.form.createTitle')}
      onClose={onClose}
      initialFocus={nameRef}
    >
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        {hasErrors && (
          <p className="cd-form-error" role="alert">
            {t('campaignsUi.form.summary')}
          </p>
        )}
        <FormField id={fieldId('name')} label={label('name')} error={errorText('name')}>
          {(control) => (
            <input
              {...control}
              ref={nameRef}
              value={draft.name}
              maxLength={120}
              required
              onChange={(event) => set('name')(event.target.value)}
            />
          )}
        </FormField>
        <FormField id={fieldId('goal')} label={label('goal')} error={errorText('goal')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft.goal}
              maxLength={2000}
              onChange={(event) => set('goal')(event.target.value)}
            />
          )}
        </FormField>
        {SINGLE_LINE.map(({ field, maxLength }) => (
          <FormField key={field} id={fieldId(field)} label={label(field)} error={errorText(field)}>
            {(control) => (
              <input
                {...control}
                value={draft[field]}
                maxLength={maxLength}
                onChange={(event) => set(field)(event.target.value)}
              />
            )}
          </FormField>
        ))}
        <FormField
          id={fieldId('categories')}
          label={label('categories')}
          hint={t('campaignsUi.form.categoriesHint')}
          error={errorText('categories')}
        >
          {(control) => (
            <input
              {...control}
              value={draft.categories}
              onChange={(event) => set('categories')(event.target.value)}
            />
          )}
        </FormField>
        <div className="cd-field-row">
          {(['budgetPlanned', 'budgetSpent'] as const).map((field) => (
            <FormField
              key={field}
              id={fieldId(field)}
              label={label(field)}
              hint={t('campaignsUi.form.budgetHint', { example })}
              error={errorText(field)}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft[field]}
                  onChange={(event) => set(field)(event.target.value)}
                />
              )}
            </FormField>
          ))}
        </div>
        <div className="cd-field-row">
          {(['startDate', 'endDate'] as const).map((field) => (
            <FormField key={field} id={fieldId(field)} label={label(field)} error={errorText(field)}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  required
                  value={draft[field]}
                  onChange={(event) => set(field)(event.target.value)}
                />
              )}
            </FormField>
          ))}
        </div>
        <div className="cd-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('campaignsUi.form.cancel')}
          </button>
          <button type="submit" className="cd-primary" disabled={saving}>
            {t('campaignsUi.form.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
