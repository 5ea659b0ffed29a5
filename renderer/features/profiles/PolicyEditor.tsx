/** One approval policy: 1–3 steps, each with its approvers (a role or named people) and "any" or "all". */
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { ApprovalPolicy, ApprovalStep } from '../../../shared/workflow/policy';
import { ROLES, type Role } from '../../../shared/workflow/roles';
import { translateKey } from '../../i18n/messageKey';
import { canAddStep, NEW_STEP, type PolicyErrors } from './policyDraft';
import { roleLabel } from './roleLabels';

interface PolicyEditorProps {
  /** Prefix of the ids and error paths, e.g. `default` or `category.0`. */
  path: string;
  policy: ApprovalPolicy;
  profiles: readonly StoredProfile[];
  errors: PolicyErrors;
  disabled: boolean;
  onChange: (policy: ApprovalPolicy) => void;
}

export function PolicyEditor({ path, policy, profiles, errors, disabled, onChange }: PolicyEditorProps) {
  const { t } = useTranslation();
  const idOf = (index: number, part: string) => `policy-${path.replace('.', '-')}-${index}-${part}`;
  const setStep = (index: number, step: ApprovalStep) =>
    onChange({ steps: policy.steps.map((entry, at) => (at === index ? step : entry)) });
  const approverIds = (step: ApprovalStep) =>
    step.approvers.kind === 'people' ? step.approvers.profileIds : [];

  return (
    <div className="cd-policy">
      {policy.steps.map((step, index) => {
        const error = errors[`${path}.${index}`];
        return (
          <fieldset key={index} className="cd-policy-step" aria-invalid={error ? true : undefined}>
            <legend>{t('profilesUi.policies.step', { number: index + 1 })}</legend>
            <div className="cd-field">
              <label htmlFor={idOf(index, 'kind')}>{t('profilesUi.policies.approversKind')}</label>
              <select
                id={idOf(index, 'kind')}
                value={step.approvers.kind}
                disabled={disabled}
                onChange={(event) =>
                  setStep(index, {
                    ...step,
                    approvers:
                      event.target.value === 'people'
                        ? { kind: 'people', profileIds: [] }
                        : { kind: 'role', role: 'approver' },
                  })
                }
              >
                <option value="role">{t('profilesUi.policies.kindRole')}</option>
                <option value="people">{t('profilesUi.policies.kindPeople')}</option>
              </select>
            </div>
            {step.approvers.kind === 'role' ? (
              <div className="cd-field">
                <label htmlFor={idOf(index, 'role')}>{t('profilesUi.policies.role')}</label>
                <select
                  id={idOf(index, 'role')}
                  value={step.approvers.role}
                  disabled={disabled}
                  onChange={(event) =>
                    setStep(index, { ...step, approvers: { kind: 'role', role: event.target.value as Role } })
                  }
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(t, role)}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <fieldset className="cd-field">
                <legend>{t('profilesUi.policies.people')}</legend>
                {profiles.map((profile) => (
                  <label key={profile.id}>
                    <input
                      type="checkbox"
                      disabled={disabled}
                      checked={approverIds(step).includes(profile.id)}
                      onChange={(event) => {
                        const ids = approverIds(step).filter((id) => id !== profile.id);
                        setStep(index, {
                          ...step,
                          approvers: {
                            kind: 'people',
                            profileIds: event.target.checked ? [...ids, profile.id] : ids,
                          },
                        });
                      }}
                    />{' '}
                    {profile.name}
                  </label>
                ))}
              </fieldset>
            )}
            <div className="cd-field">
              <label htmlFor={idOf(index, 'mode')}>{t('profilesUi.policies.mode')}</label>
              <select
                id={idOf(index, 'mode')}
                value={step.mode}
                disabled={disabled}
                onChange={(event) =>
                  setStep(index, { ...step, mode: event.target.value === 'all' ? 'all' : 'any' })
                }
              >
                <option value="any">{t('profilesUi.policies.modeAny')}</option>
                <option value="all">{t('profilesUi.policies.modeAll')}</option>
              </select>
            </div>
            {policy.steps.length > 1 && !disabled && (
              <button
                type="button"
                onClick={() => onChange({ steps: policy.steps.filter((_, at) => at !== index) })}
              >
                {t('profilesUi.policies.removeStep', { number: index + 1 })}
              </button>
            )}
            {error && <p className="cd-field-error">{translateKey(t, error)}</p>}
          </fieldset>
        );
      })}
      {errors[`${path}.steps`] && (
        <p className="cd-field-error">{translateKey(t, errors[`${path}.steps`] ?? '')}</p>
      )}
      {canAddStep(policy) && !disabled && (
        <button type="button" onClick={() => onChange({ steps: [...policy.steps, NEW_STEP] })}>
          {t('profilesUi.policies.addStep')}
        </button>
      )}
    </div>
  );
}
