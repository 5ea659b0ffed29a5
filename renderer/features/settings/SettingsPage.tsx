import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import { RegionFields } from './RegionFields';
import { saveSettings } from '../../data/settings/settingsRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { StorageStatusPanel } from './StorageStatusPanel';
import { LimitSettingsFields } from './LimitSettingsFields';
import { CheckSettingsFields } from './CheckSettingsFields';
import { ChecklistEditor } from './ChecklistEditor';
import { BackupSection } from '../backup/BackupSection';
import { ProfilesSection } from '../profiles/ProfilesSection';
import { PolicySection } from '../profiles/PolicySection';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { hasRole } from '../../../shared/workflow/roles';

export function SettingsPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const notify = useUiStore((state) => state.notify);
  const currentId = useUiStore((state) => state.currentUser.id);
  const me = useProfiles()?.find((profile) => profile.id === currentId);
  // Governance is the admins': everyone else sees the settings read-only (the repository refuses them too).
  const readOnly = me === undefined || !hasRole(me, 'admin');
  const [draft, setDraft] = useState<Settings>(settings);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (readOnly) return;
    try {
      // The approval rules have their own section and save; keep what is stored for them.
      const result = await saveSettings(
        { ...draft, workflow: settings.workflow },
        { actorId: currentId, now: new Date() },
      );
      notify(
        result.ok
          ? { kind: 'info', text: t('settings.saved') }
          : result.adminsOnly === true
            ? { kind: 'error', text: t('governanceUi.refused') }
            : { kind: 'error', text: t('settings.invalid', { field: result.field }) },
      );
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <div className="cd-settings">
      <h1>{t('settings.heading')}</h1>
      <form className="cd-panel" onSubmit={(event) => void submit(event)}>
        <h2>{t('settings.organisation')}</h2>
        {readOnly && <p className="cd-hint">{t('governanceUi.adminsOnly')}</p>}
        <fieldset className="cd-governance" disabled={readOnly}>
          <div className="cd-field">
            <label htmlFor="settings-organisation">{t('settings.organisationName')}</label>
            <input
              id="settings-organisation"
              value={draft.organisationName}
              maxLength={120}
              onChange={(event) => setDraft({ ...draft, organisationName: event.target.value })}
            />
          </div>
          <RegionFields idPrefix="settings" value={draft} onChange={setDraft} localeFollowsCountry={false} />
          <div className="cd-field">
            <label htmlFor="settings-default-time">{t('settings.defaultPostTime')}</label>
            <input
              id="settings-default-time"
              type="time"
              value={draft.defaultPostTime}
              onChange={(event) => setDraft({ ...draft, defaultPostTime: event.target.value })}
            />
          </div>
          <LimitSettingsFields value={draft.limits} onChange={(limits) => setDraft({ ...draft, limits })} />
          <CheckSettingsFields value={draft.checks} onChange={(checks) => setDraft({ ...draft, checks })} />
          <ChecklistEditor
            value={draft.checklist}
            onChange={(checklist) => setDraft({ ...draft, checklist })}
          />
        </fieldset>
        {!readOnly && (
          <button type="submit" className="cd-primary">
            {t('settings.save')}
          </button>
        )}
      </form>
      <ProfilesSection />
      <PolicySection settings={settings} />
      <StorageStatusPanel locale={settings.locale} />
      <BackupSection settings={settings} />
    </div>
  );
}
