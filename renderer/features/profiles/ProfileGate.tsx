/**
 * "Wer arbeitet gerade?": one button per profile (named by the profile's name; initials, roles and whether a PIN
 * guards it are described beside). A profile without a PIN opens at once; one with a PIN asks for it. A profile
 * remembered on this device but still locked (a PIN, new session) is preselected.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import { useUiStore } from '../../state/uiStore';
import { PinForm } from './PinForm';
import { roleList } from './roleLabels';
import './profiles.css';

export function ProfileGate({ profiles }: { profiles: StoredProfile[] }) {
  const { t } = useTranslation();
  const rememberedId = useUiStore((state) => state.currentUser.id);
  const setCurrentUser = useUiStore((state) => state.setCurrentUser);
  const [chosenId, setChosenId] = useState<string | null>(() =>
    profiles.some((profile) => profile.id === rememberedId && profile.pin !== null) ? rememberedId : null,
  );
  const chosen = profiles.find((profile) => profile.id === chosenId);

  const choose = (profile: StoredProfile) => {
    if (profile.pin === null) setCurrentUser(profile.id);
    else setChosenId(profile.id);
  };

  return (
    <main className="cd-gate" id="main">
      <h1>{t('profilesUi.gate.heading')}</h1>
      {chosen ? (
        <section className="cd-panel cd-gate-pin" aria-labelledby="cd-gate-pin-heading">
          <h2 id="cd-gate-pin-heading">{t('profilesUi.gate.pinFor', { name: chosen.name })}</h2>
          <PinForm
            profile={chosen}
            cancelLabel={t('profilesUi.gate.back')}
            onCancel={() => setChosenId(null)}
            onUnlocked={() => setCurrentUser(chosen.id)}
          />
        </section>
      ) : (
        <>
          <p>{t('profilesUi.gate.intro')}</p>
          <ul className="cd-gate-list">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <button
                  type="button"
                  className="cd-gate-profile"
                  aria-describedby={`cd-gate-${profile.id}`}
                  onClick={() => choose(profile)}
                >
                  <span className="cd-avatar" aria-hidden="true">
                    {profile.initials}
                  </span>
                  <span className="cd-gate-name">{profile.name}</span>
                </button>
                <span id={`cd-gate-${profile.id}`} className="cd-hint">
                  {profile.initials} · {t('profilesUi.rolesOf', { roles: roleList(t, profile.roles) })}
                  {profile.pin !== null && ` · ${t('profilesUi.pinProtected')}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
