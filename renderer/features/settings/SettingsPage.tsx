import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COUNTRIES,
  COUNTRY_DEFAULTS,
  UI_LOCALES,
  type Country,
  type Settings,
  type UiLocale,
} from '../../../shared/model/settings';
import { SUPPORTED_TIME_ZONES, type SupportedTimeZone } from '../../../shared/time/zoned';
import { listSubdivisions } from '../../../shared/calendar/holidays';
import { saveSettings } from '../../data/settingsRepository';
import { toDataError } from '../../data/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { StorageStatusPanel } from './StorageStatusPanel';
import { LimitSettingsFields } from './LimitSettingsFields';
import { CheckSettingsFields } from './CheckSettingsFields';
import { ChecklistEditor } from './ChecklistEditor';
import { BackupSection } from '../backup/BackupSection';
import { ProfilesSection } from '../profiles/ProfilesSection';
import { PolicySection } from '../profiles/PolicySection';

export function SettingsPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const notify = useUiStore((state) => state.notify);
  const [draft, setDraft] = useState<Settings>(settings);
  const subdivisions = useMemo(
    () => listSubdivisions(draft.region.country, draft.locale.slice(0, 2)),
    [draft.region.country, draft.locale],
  );

  const changeCountry = (country: Country) => {
    const first = listSubdivisions(country, draft.locale.slice(0, 2))[0]?.code ?? '';
    setDraft({
      ...draft,
      region: { country, subdivision: first },
      timeZone: COUNTRY_DEFAULTS[country].timeZone,
    });
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      // The approval rules have their own section and save; keep what is stored for them.
      const result = await saveSettings({ ...draft, workflow: settings.workflow });
      notify(
        result.ok
          ? { kind: 'info', text: t('settings.saved') }
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
        <div className="cd-field">
          <label htmlFor="settings-organisation">{t('settings.organisationName')}</label>
          <input
            id="settings-organisation"
            value={draft.organisationName}
            maxLength={120}
            onChange={(event) => setDraft({ ...draft, organisationName: event.target.value })}
          />
        </div>
        <div className="cd-field">
          <label htmlFor="settings-country">{t('settings.country')}</label>
          <select
            id="settings-country"
            value={draft.region.country}
            onChange={(event) => changeCountry(event.target.value as Country)}
          >
            {COUNTRIES.map((country) => (
              <option key={country} value={country}>
                {t(`settings.countries.${country}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="cd-field">
          <label htmlFor="settings-subdivision">{t('settings.subdivision')}</label>
          <select
            id="settings-subdivision"
            value={draft.region.subdivision}
            onChange={(event) =>
              setDraft({ ...draft, region: { ...draft.region, subdivision: event.target.value } })
            }
          >
            {subdivisions.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="cd-field">
          <label htmlFor="settings-time-zone">{t('settings.timeZone')}</label>
          <select
            id="settings-time-zone"
            value={draft.timeZone}
            onChange={(event) => setDraft({ ...draft, timeZone: event.target.value as SupportedTimeZone })}
          >
            {SUPPORTED_TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {t(`settings.timeZones.${zone}`)} ({zone})
              </option>
            ))}
          </select>
        </div>
        <div className="cd-field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select
            id="settings-language"
            value={draft.locale}
            onChange={(event) => setDraft({ ...draft, locale: event.target.value as UiLocale })}
          >
            {UI_LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`settings.languages.${locale}`)}
              </option>
            ))}
          </select>
        </div>
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
        <button type="submit" className="cd-primary">
          {t('settings.save')}
        </button>
      </form>
      <ProfilesSection />
      <PolicySection settings={settings} />
      <StorageStatusPanel locale={settings.locale} />
      <BackupSection settings={settings} />
    </div>
  );
}
