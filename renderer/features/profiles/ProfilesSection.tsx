/**
 * The "Profile" section of the settings: everyone sees the desk's profiles; admins add and edit them (the last
 * admin keeps the admin role: the repository refuses, and the form says so beside the roles).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import { hasRole } from '../../../shared/workflow/roles';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { useUiStore } from '../../state/uiStore';
import { ProfileForm } from './ProfileForm';
import { roleList } from './roleLabels';
import './profiles.css';

type Editing = { mode: 'none' } | { mode: 'new' } | { mode: 'edit'; profile: StoredProfile };

export function ProfilesSection() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const currentId = useUiStore((state) => state.currentUser.id);
  const notify = useUiStore((state) => state.notify);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const me = profiles?.find((profile) => profile.id === currentId);
  const isAdmin = me !== undefined && hasRole(me, 'admin');

  const saved = (profile: StoredProfile) => {
    setEditing({ mode: 'none' });
    notify({ kind: 'info', text: t('profilesUi.settings.saved', { name: profile.name }) });
  };

  return (
    <section className="cd-panel" aria-labelledby="cd-profiles-heading">
      <h2 id="cd-profiles-heading">{t('profilesUi.settings.heading')}</h2>
      <p className="cd-hint">
        {t('profilesUi.settings.intro')} {!isAdmin && t('profilesUi.settings.adminsOnly')}
      </p>
      <table className="cd-profiles-table">
        <thead>
          <tr>
            <th scope="col">{t('profilesUi.settings.columns.name')}</th>
            <th scope="col">{t('profilesUi.settings.columns.initials')}</th>
            <th scope="col">{t('profilesUi.settings.columns.roles')}</th>
            <th scope="col">{t('profilesUi.settings.columns.pin')}</th>
            {isAdmin && <th scope="col">{t('profilesUi.settings.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {(profiles ?? []).map((profile) => (
            <tr key={profile.id}>
              <td>
                {profile.name} {profile.id === currentId && t('profilesUi.settings.you')}
              </td>
              <td>{profile.initials}</td>
              <td>{roleList(t, profile.roles)}</td>
              <td>{profile.pin ? t('profilesUi.settings.pinYes') : t('profilesUi.settings.pinNo')}</td>
              {isAdmin && (
                <td>
                  <button
                    type="button"
                    aria-label={t('profilesUi.settings.editLabel', { name: profile.name })}
                    onClick={() => setEditing({ mode: 'edit', profile })}
                  >
                    {t('profilesUi.settings.edit')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && editing.mode === 'none' && (
        <button type="button" onClick={() => setEditing({ mode: 'new' })}>
          {t('profilesUi.settings.add')}
        </button>
      )}
      {isAdmin && editing.mode !== 'none' && (
        <ProfileForm
          key={editing.mode === 'edit' ? editing.profile.id : 'new'}
          profile={editing.mode === 'edit' ? editing.profile : null}
          actorId={currentId}
          onSaved={saved}
          onCancel={() => setEditing({ mode: 'none' })}
        />
      )}
    </section>
  );
}
