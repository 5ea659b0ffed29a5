/** The organisation part of the first-start set-up: name, region, time zone, language, gender-language profile. */
import { useTranslation } from 'react-i18next';
import { GENDER_PROFILES, type GenderProfile } from '../../../shared/checks/types';
import type { Settings } from '../../../shared/model/settings';
import { RegionFields } from '../settings/RegionFields';

interface SetupFieldsProps {
  value: Settings;
  onChange: (value: Settings) => void;
}

export function SetupFields({ value, onChange }: SetupFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RegionFields idPrefix="setup" value={value} onChange={onChange} localeFollowsCountry />
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
