/**
 * The first start: the organisation (name, region, time zone, language, gender-language profile; the default
 * checklist) and the first admin (name, initials, optional PIN), saved together by completeSetup. Each problem is
 * named beside its field and the first one gets the focus. Set-up also makes the organisation's root key: on
 * success the screen shows its fingerprint (to read aloud and file away), and continuing makes the new admin the
 * active profile.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import { initialsOf } from '../../../shared/model/profile';
import { validateProfileInput } from '../../../shared/profiles/profileInput';
import type { PublicKeyInfo } from '../../../shared/model/profile';
import { completeSetup } from '../../data/settings/profilesRepository';
import { loadRootKey } from '../../data/trust/trustRepository';
import { FingerprintPanel } from '../trust/FingerprintPanel';
import { useSetupFlow } from '../trust/setupFlow';
import { toDataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';
import { FirstStartRestore } from '../backup/FirstStartRestore';
import { SetupFields } from './SetupFields';
import './profiles.css';

type Field = 'organisation' | 'name' | 'initials' | 'pin' | 'form' | 'settings';
type Errors = Partial<Record<Field, string>>;

const FOCUS_ORDER = ['organisation', 'name', 'initials', 'pin'] as const;

export function SetupScreen() {
  const { t } = useTranslation();
  const setCurrentUser = useUiStore((state) => state.setCurrentUser);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const setFinishing = useSetupFlow((state) => state.setFinishing);
  const [done, setDone] = useState<{ profileId: string; root: PublicKeyInfo | null } | null>(null);
  const organisationRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const initialsRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);

  const show = (found: Errors) => {
    setErrors(found);
    const first = FOCUS_ORDER.find((field) => found[field]);
    const refs = { organisation: organisationRef, name: nameRef, initials: initialsRef, pin: pinRef };
    if (first) refs[first].current?.focus();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const organisationName = settings.organisationName.trim();
    const found: Errors = {};
    if (organisationName === '') found.organisation = 'profilesUi.setup.errors.organisationRequired';
    else if (organisationName.length > 120)
      found.organisation = 'profilesUi.setup.errors.organisationTooLong';
    setBusy(true);
    try {
      if (found.organisation) {
        // Report the profile's problems together with the organisation's.
        const check = validateProfileInput({ name, initials, roles: ['admin'], pin });
        show(check.ok ? found : { ...found, ...check.errors });
        return;
      }
      // The screen stays while the fingerprint is shown, though the first profile exists from here on.
      setFinishing(true);
      const result = await completeSetup(
        { ...settings, organisationName },
        { name, initials, pin: pin === '' ? null : pin },
        new Date(),
      );
      if (!result.ok) {
        setFinishing(false);
        show(result.errors);
        return;
      }
      const root = await loadRootKey();
      setDone({ profileId: result.profile.id, root: root?.publicKey ?? null });
    } catch (error) {
      setFinishing(false);
      setErrors({ form: toDataError(error).messageKey });
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: Field, hint: boolean) =>
    [errors[field] ? `setup-${field}-error` : null, hint ? `setup-${field}-hint` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const errorOf = (field: Field) =>
    errors[field] ? (
      <p id={`setup-${field}-error`} className="cd-field-error">
        {translateKey(t, errors[field])}
      </p>
    ) : null;
  const derived = initialsOf(name);
  const formError = errors.form ?? errors.settings;
  const hasFieldErrors = FOCUS_ORDER.some((field) => errors[field]);

  if (done !== null) {
    const enter = () => {
      setCurrentUser(done.profileId);
      setFinishing(false);
    };
    return (
      <main className="cd-setup" id="main">
        <h1>{t('trustUi.setup.heading')}</h1>
        <p>{t('trustUi.setup.intro')}</p>
        {done.root && <FingerprintPanel root={done.root} />}
        <button type="button" className="cd-primary" onClick={enter}>
          {t('trustUi.setup.continue')}
        </button>
      </main>
    );
  }

  return (
    <main className="cd-setup" id="main">
      <h1>{t('profilesUi.setup.heading')}</h1>
      <p>{t('profilesUi.setup.intro')}</p>
      <form className="cd-panel" noValidate onSubmit={(event) => void submit(event)}>
        <div aria-live="polite">
          {(hasFieldErrors || formError) && (
            <p className="cd-form-error">
              {formError ? translateKey(t, formError) : t('profilesUi.setup.summary')}
            </p>
          )}
        </div>
        <fieldset className="cd-field">
          <legend>{t('profilesUi.setup.organisation')}</legend>
          <div className="cd-field">
            <label htmlFor="setup-organisation">{t('profilesUi.setup.organisationName')}</label>
            <input
              ref={organisationRef}
              id="setup-organisation"
              value={settings.organisationName}
              maxLength={120}
              autoComplete="organization"
              aria-invalid={errors.organisation ? true : undefined}
              aria-describedby={describedBy('organisation', false)}
              onChange={(event) => setSettings({ ...settings, organisationName: event.target.value })}
            />
            {errorOf('organisation')}
          </div>
          <SetupFields value={settings} onChange={setSettings} />
          <p className="cd-hint">
            <strong>{t('profilesUi.setup.checklist')}: </strong>
            {t('profilesUi.setup.checklistNote', { count: settings.checklist.length })}
          </p>
        </fieldset>
        <fieldset className="cd-field">
          <legend>{t('profilesUi.setup.admin')}</legend>
          <p className="cd-hint">{t('profilesUi.setup.adminHint')}</p>
          <div className="cd-field">
            <label htmlFor="setup-name">{t('profilesUi.setup.name')}</label>
            <input
              ref={nameRef}
              id="setup-name"
              value={name}
              maxLength={80}
              autoComplete="name"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('name', false)}
              onChange={(event) => setName(event.target.value)}
            />
            {errorOf('name')}
          </div>
          <div className="cd-field">
            <label htmlFor="setup-initials">{t('profilesUi.setup.initials')}</label>
            <input
              ref={initialsRef}
              id="setup-initials"
              value={initials}
              maxLength={3}
              placeholder={derived}
              aria-invalid={errors.initials ? true : undefined}
              aria-describedby={describedBy('initials', true)}
              onChange={(event) => setInitials(event.target.value)}
            />
            <p id="setup-initials-hint" className="cd-hint">
              {derived === ''
                ? t('profilesUi.setup.initialsHintEmpty')
                : t('profilesUi.setup.initialsHint', { initials: derived })}
            </p>
            {errorOf('initials')}
          </div>
          <div className="cd-field">
            <label htmlFor="setup-pin">{t('profilesUi.setup.pin')}</label>
            <input
              ref={pinRef}
              id="setup-pin"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={12}
              value={pin}
              aria-invalid={errors.pin ? true : undefined}
              aria-describedby={describedBy('pin', true)}
              onChange={(event) => setPin(event.target.value)}
            />
            <p id="setup-pin-hint" className="cd-hint">
              {t('profilesUi.setup.pinHint')}
            </p>
            {errorOf('pin')}
          </div>
        </fieldset>
        <button type="submit" className="cd-primary" disabled={busy} aria-busy={busy}>
          {t('profilesUi.setup.submit')}
        </button>
      </form>
      <FirstStartRestore />
    </main>
  );
}
