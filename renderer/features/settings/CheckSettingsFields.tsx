/** The organisation's rules for the automatic checks: gender profile, form of address, readability, allow-list. */
import { useTranslation } from 'react-i18next';
import { GENDER_PROFILES, type CheckSettings, type GenderProfile } from '../../../shared/checks/types';
import { CHANNELS, CHANNEL_NAMES, type Channel } from '../../../shared/model/channels';

interface CheckSettingsFieldsProps {
  value: CheckSettings;
  onChange: (value: CheckSettings) => void;
}

export function CheckSettingsFields({ value, onChange }: CheckSettingsFieldsProps) {
  const { t } = useTranslation();
  const numberField = (
    field: 'readingEaseTarget' | 'maxSentenceWords' | 'maxEmoji',
    min: number,
    max: number,
  ) => (
    <div className="cd-field">
      <label htmlFor={`checks-${field}`}>{t(`settings.checks.${field}`)}</label>
      <input
        id={`checks-${field}`}
        type="number"
        min={min}
        max={max}
        value={value[field]}
        onChange={(event) => onChange({ ...value, [field]: Number(event.target.value) })}
      />
    </div>
  );
  /** A network's own reading-ease target; an empty field takes the organisation's target again. */
  const setNetworkTarget = (channel: Channel, input: string) => {
    const { [channel]: _previous, ...others } = value.readingEaseTargets;
    const next = input.trim() === '' ? others : { ...others, [channel]: Number(input) };
    onChange({ ...value, readingEaseTargets: next });
  };
  return (
    <fieldset className="cd-field">
      <legend>{t('settings.checks.heading')}</legend>
      <div className="cd-field">
        <label htmlFor="checks-gender">{t('settings.checks.genderProfile')}</label>
        <select
          id="checks-gender"
          value={value.genderProfile}
          onChange={(event) => onChange({ ...value, genderProfile: event.target.value as GenderProfile })}
        >
          {GENDER_PROFILES.map((profile) => (
            <option key={profile} value={profile}>
              {t(`settings.checks.genderProfiles.${profile}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="cd-field">
        <label htmlFor="checks-address">{t('settings.checks.address')}</label>
        <select
          id="checks-address"
          value={value.address}
          onChange={(event) => onChange({ ...value, address: event.target.value === 'du' ? 'du' : 'sie' })}
        >
          <option value="sie">{t('settings.checks.addressSie')}</option>
          <option value="du">{t('settings.checks.addressDu')}</option>
        </select>
      </div>
      {numberField('readingEaseTarget', 0, 100)}
      {CHANNELS.map((channel) => (
        <div className="cd-field" key={channel}>
          <label htmlFor={`checks-readingEase-${channel}`}>
            {t('settings.checks.readingEaseTargetFor', { network: CHANNEL_NAMES[channel] })}
          </label>
          <input
            id={`checks-readingEase-${channel}`}
            type="number"
            min={0}
            max={100}
            value={value.readingEaseTargets[channel] ?? ''}
            onChange={(event) => setNetworkTarget(channel, event.target.value)}
          />
        </div>
      ))}
      {numberField('maxSentenceWords', 5, 60)}
      {numberField('maxEmoji', 0, 20)}
      <div className="cd-field">
        <label htmlFor="checks-allow">{t('settings.checks.allowList')}</label>
        <textarea
          id="checks-allow"
          rows={3}
          value={value.allowList.join('\n')}
          aria-describedby="checks-allow-hint"
          onChange={(event) =>
            onChange({
              ...value,
              allowList: event.target.value
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            })
          }
        />
        <p id="checks-allow-hint" className="cd-hint">
          {t('settings.checks.allowListHint')}
        </p>
      </div>
    </fieldset>
  );
}
