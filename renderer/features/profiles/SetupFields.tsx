/** The organisation part of the first-start set-up: name, region, time zone, language, gender-language profile. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDER_PROFILES, type GenderProfile } from '../../../shared/checks/types';
import { listSubdivisions } from '../../../shared/calendar/holidays';
import {
  COUNTRIES,
  COUNTRY_DEFAULTS,
  UI_LOCALES,
  type Country,
  type Settings,
  type UiLocale,
} from '../../../shared/model/settings';
import { SUPPORTED_TIME_ZONES, type SupportedTimeZone } from '../../../shared/time/zoned';

interface SetupFieldsProps {
  value: Settings;
  onChange: (value: Settings) => void;
}

export function SetupFields({ value, onChange }: SetupFieldsProps) {
  const { t } = useTranslation();
  const language = value.locale.slice(0, 2);
  const subdivisions = useMemo(
    () => listSubdivisions(value.region.country, language),
    [value.region.country, language],
  );

  const changeCountry = (country: Country) => {
    const first = listSubdivisions(country, language)[0]?.code ?? '';
    onChange({
      ...value,
      region: { country, subdivision: first },
      timeZone: COUNTRY_DEFAULTS[country].timeZone,
      locale: COUNTRY_DEFAULTS[country].locale,
    });
  };

  return (
    <>
      <div className="cd-field">
        <label htmlFor="setup-country">{t('profilesUi.setup.country')}</label>
        <select
          id="setup-country"
          value={value.region.country}
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
        <label htmlFor="setup-subdivision">{t('profilesUi.setup.subdivision')}</label>
        <select
          id="setup-subdivision"
          value={value.region.subdivision}
          onChange={(event) =>
            onChange({ ...value, region: { ...value.region, subdivision: event.target.value } })
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
        <label htmlFor="setup-time-zone">{t('profilesUi.setup.timeZone')}</label>
        <select
          id="setup-time-zone"
          value={value.timeZone}
          onChange={(event) => onChange({ ...value, timeZone: event.target.value as SupportedTimeZone })}
        >
          {SUPPORTED_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {t(`settings.timeZones.${zone}`)} ({zone})
            </option>
          ))}
        </select>
      </div>
      <div className="cd-field">
        <label htmlFor="setup-language">{t('profilesUi.setup.language')}</label>
        <select
          id="setup-language"
          value={value.locale}
          onChange={(event) => onChange({ ...value, locale: event.target.value as UiLocale })}
        >
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`settings.languages.${locale}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="cd-field">
        <label htmlFor="setup-gender">{t('profilesUi.setup.genderProfile')}</label>
        <select
          id="setup-gender"
          value={value.checks.genderProfile}
          onChange={(event) =>
            onChange({
              ...value,
              checks: { ...value.checks, genderProfile: event.target.value as GenderProfile },
            })
          }
        >
          {GENDER_PROFILES.map((profile) => (
            <option key={profile} value={profile}>
              {t(`settings.checks.genderProfiles.${profile}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
