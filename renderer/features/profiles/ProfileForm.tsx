/**
 * Adds or edits one profile: name, initials, roles, PIN (set a new one, keep, or remove). The repository validates
 * (shared/profiles/profileInput.ts) and refuses to take the admin role from the last admin; each message appears
 * beside its field.
 */
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { ProfileField } from '../../../shared/profiles/profileInput';
import { ROLES, type Role } from '../../../shared/workflow/roles';
import { saveProfile } from '../../data/settings/profilesRepository';
import { toDataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { roleLabel } from './roleLabels';

interface ProfileFormProps {
  /** The profile being edited, or null for a new one. */
  profile: StoredProfile | null;
  actorId: string;
  onSaved: (profile: StoredProfile) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<ProfileField | 'form', string>>;

export function ProfileForm({ profile, actorId, onSaved, onCancel }: ProfileFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [initials, setInitials] = useState(profile?.initials ?? '');
  const [roles, setRoles] = useState<Role[]>(profile?.roles ?? ['editor']);
  const [pin, setPin] = useState('');
  const [removePin, setRemovePin] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const initialsRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const rolesRef = useRef<HTMLFieldSetElement>(null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await saveProfile(
        { name, initials, roles, pin: removePin ? null : pin },
        profile?.id ?? null,
        { actorId, now: new Date(), removePin },
      );
      if (result.ok) {
        setErrors({});
        onSaved(result.profile);
        return;
      }
      setErrors(result.errors);
      if (result.errors.name) nameRef.current?.focus();
      else if (result.errors.initials) initialsRef.current?.focus();
      else if (result.errors.roles) rolesRef.current?.querySelector('input')?.focus();
      else if (result.errors.pin) pinRef.current?.focus();
    } catch (error) {
      setErrors({ form: toDataError(error).messageKey });
    } finally {
      setBusy(false);
    }
  };

  const fieldId = (field: ProfileField) => `${id}-${field}`;
  const errorOf = (field: ProfileField) =>
    errors[field] ? (
      <p id={`${fieldId(field)}-error`} className="cd-field-error">
        {translateKey(t, errors[field])}
      </p>
    ) : null;
  const describedBy = (field: ProfileField, hint?: boolean) =>
    [errors[field] ? `${fieldId(field)}-error` : null, hint ? `${fieldId(field)}-hint` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const toggleRole = (role: Role, on: boolean) =>
    setRoles(on ? [...roles, role] : roles.filter((entry) => entry !== role));

  return (
    <form className="cd-panel" noValidate onSubmit={(event) => void submit(event)}>
      <h3>
        {profile
          ? t('profilesUi.settings.editTitle', { name: profile.name })
          : t('profilesUi.settings.newTitle')}
      </h3>
      <div aria-live="polite">
        {Object.keys(errors).length > 0 && (
          <p className="cd-form-error">
            {errors.form ? translateKey(t, errors.form) : t('profilesUi.settings.summary')}
          </p>
        )}
      </div>
      <div className="cd-field">
        <label htmlFor={fieldId('name')}>{t('profilesUi.settings.name')}</label>
        <input
          ref={nameRef}
          id={fieldId('name')}
          value={name}
          maxLength={80}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
          onChange={(event) => setName(event.target.value)}
        />
        {errorOf('name')}
      </div>
      <div className="cd-field">
        <label htmlFor={fieldId('initials')}>{t('profilesUi.settings.initials')}</label>
        <input
          ref={initialsRef}
          id={fieldId('initials')}
          value={initials}
          maxLength={3}
          autoComplete="off"
          aria-invalid={errors.initials ? true : undefined}
          aria-describedby={describedBy('initials', true)}
          onChange={(event) => setInitials(event.target.value)}
        />
        <p id={`${fieldId('initials')}-hint`} className="cd-hint">
          {t('profilesUi.settings.initialsHint')}
        </p>
        {errorOf('initials')}
      </div>
      <fieldset
        ref={rolesRef}
        className="cd-field"
        aria-invalid={errors.roles ? true : undefined}
        aria-describedby={describedBy('roles')}
      >
        <legend>{t('profilesUi.settings.roles')}</legend>
        <div className="cd-role-options">
          {ROLES.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) => toggleRole(role, event.target.checked)}
              />{' '}
              {roleLabel(t, role)}
            </label>
          ))}
        </div>
        {errorOf('roles')}
      </fieldset>
      <div className="cd-field">
        <label htmlFor={fieldId('pin')}>
          {profile?.pin ? t('profilesUi.settings.pinNew') : t('profilesUi.setup.pin')}
        </label>
        <input
          ref={pinRef}
          id={fieldId('pin')}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={12}
          value={pin}
          disabled={removePin}
          aria-invalid={errors.pin ? true : undefined}
          aria-describedby={describedBy('pin', true)}
          onChange={(event) => setPin(event.target.value)}
        />
        <p id={`${fieldId('pin')}-hint`} className="cd-hint">
          {profile?.pin ? t('profilesUi.settings.pinKeep') : t('profilesUi.settings.pinHintOther')}
        </p>
        {errorOf('pin')}
        {profile?.pin && (
          <label>
            <input
              type="checkbox"
              checked={removePin}
              onChange={(event) => setRemovePin(event.target.checked)}
            />{' '}
            {t('profilesUi.settings.pinRemove')}
          </label>
        )}
      </div>
      <div className="cd-pin-actions">
        <button type="submit" className="cd-primary" disabled={busy} aria-busy={busy}>
          {t('profilesUi.settings.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('profilesUi.settings.cancel')}
        </button>
      </div>
    </form>
  );
}
