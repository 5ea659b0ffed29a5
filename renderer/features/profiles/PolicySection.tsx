/**
 * The "Freigaberegeln" section of the settings: the default approval policy, stricter policies per category, the
 * expiry warning lead time, the hold limit after which a released post needs approval again, and the crisis
 * window. Everyone sees them; only admins change them (saved with the organisation's settings).
 */
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import { hasRole } from '../../../shared/workflow/roles';
import { saveSettings } from '../../data/settings/settingsRepository';
import { signApprovalPolicies } from '../../data/trust/trustRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';
import { PolicyEditor } from './PolicyEditor';
import { fromDraft, NUMBER_LIMITS, toDraft, type NumberField, type PolicyErrors } from './policyDraft';
import './profiles.css';

export function PolicySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const profiles = useProfiles() ?? [];
  const currentId = useUiStore((state) => state.currentUser.id);
  const notify = useUiStore((state) => state.notify);
  const me = profiles.find((profile) => profile.id === currentId);
  const disabled = me === undefined || !hasRole(me, 'admin');
  const [draft, setDraft] = useState(() => toDraft(settings.workflow));
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const result = fromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    try {
      const saved = await saveSettings(
        { ...settings, workflow: result.value },
        { actorId: currentId, now: new Date() },
      );
      if (saved.ok) {
        // Governance lives in the roster: the policies are signed by this admin (the settings keep a copy).
        const signed = await signApprovalPolicies(result.value.policies, {
          actorId: currentId,
          now: new Date(),
        });
        // Without an organisation root yet, the settings' copy is the policy until the root signs it.
        if (signed.ok || signed.reason === 'trustUi.errors.noRoot')
          notify({ kind: 'info', text: t('profilesUi.policies.saved') });
        else setFailure(translateKey(t, signed.reason));
      } else if (saved.adminsOnly === true) setFailure(t('governanceUi.refused'));
      else setFailure(t('profilesUi.policies.errors.invalid', { field: saved.field }));
    } catch (error) {
      setFailure(t(toDataError(error).messageKey));
    }
  };

  const numberField = (field: NumberField) => {
    const { min, max } = NUMBER_LIMITS[field];
    const error = errors[field];
    return (
      <div className="cd-field">
        <label htmlFor={`policy-${field}`}>{t(`profilesUi.policies.${field}`)}</label>
        <input
          id={`policy-${field}`}
          type="number"
          min={min}
          max={max}
          step={1}
          disabled={disabled}
          value={Number.isNaN(draft[field]) ? '' : draft[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `policy-${field}-error` : undefined}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.valueAsNumber })}
        />
        {error && (
          <p id={`policy-${field}-error`} className="cd-field-error">
            {translateKey(t, error, { min, max })}
          </p>
        )}
      </div>
    );
  };

  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form
      className="cd-panel"
      aria-labelledby="cd-policies-heading"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="cd-policies-heading">{t('profilesUi.policies.heading')}</h2>
      <p className="cd-hint">
        {t('profilesUi.policies.intro')} {disabled && t('profilesUi.policies.adminsOnly')}
      </p>
      <div aria-live="polite">
        {(hasErrors || failure) && (
          <p className="cd-form-error">{failure ?? t('profilesUi.policies.summary')}</p>
        )}
      </div>
      <fieldset className="cd-field">
        <legend>{t('profilesUi.policies.default')}</legend>
        <PolicyEditor
          path="default"
          policy={draft.default}
          profiles={profiles}
          errors={errors}
          disabled={disabled}
          onChange={(policy) => setDraft({ ...draft, default: policy })}
        />
      </fieldset>
      {draft.categories.map((category, index) => {
        const nameError = errors[`category.${index}.name`];
        const replace = (next: typeof category) =>
          setDraft({
            ...draft,
            categories: draft.categories.map((entry, at) => (at === index ? next : entry)),
          });
        const label = category.name.trim() || t('profilesUi.policies.newCategory');
        return (
          <fieldset key={index} className="cd-field">
            <legend>{t('profilesUi.policies.category', { category: label })}</legend>
            <div className="cd-field">
              <label htmlFor={`policy-category-${index}`}>{t('profilesUi.policies.categoryName')}</label>
              <input
                id={`policy-category-${index}`}
                value={category.name}
                maxLength={60}
                disabled={disabled}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `policy-category-${index}-error` : undefined}
                onChange={(event) => replace({ ...category, name: event.target.value })}
              />
              {nameError && (
                <p id={`policy-category-${index}-error`} className="cd-field-error">
                  {translateKey(t, nameError)}
                </p>
              )}
            </div>
            <PolicyEditor
              path={`category.${index}`}
              policy={category.policy}
              profiles={profiles}
              errors={errors}
              disabled={disabled}
              onChange={(policy) => replace({ ...category, policy })}
            />
            {!disabled && (
              <button
                type="button"
                onClick={() =>
                  setDraft({ ...draft, categories: draft.categories.filter((_, at) => at !== index) })
                }
              >
                {t('profilesUi.policies.removeCategory', { category: label })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!disabled && (
        <button
          type="button"
          onClick={() =>
            setDraft({ ...draft, categories: [...draft.categories, { name: '', policy: draft.default }] })
          }
        >
          {t('profilesUi.policies.addCategory')}
        </button>
      )}
      {numberField('expiryLeadHours')}
      {numberField('holdReviewAfterHours')}
      {numberField('crisisWindowDays')}
      {!disabled && (
        <button type="submit" className="cd-primary">
          {t('profilesUi.policies.save')}
        </button>
      )}
    </form>
  );
}
