/** The organisation's rules for the automatic checks: gender profile, form of address, readability, allow-list. */
import { useState } from 'react';
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
      <AllowListField value={value.allowList} onChange={(allowList) => onChange({ ...value, allowList })} />
    </fieldset>
  );
}

/** One entry per line, each trimmed; empty lines dropped. */
export function parseAllowList(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((entry, index) => entry === b[index]);

/**
 * The organisation's own contact data, one entry per line. The text stays as typed while the person edits it
 * (spaces inside a phone number, a new line for the next entry); the parsed list goes to the settings at once, and
 * the text is tidied when the field loses focus.
 */
function AllowListField({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (list: string[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => value.join('\n'));
  // A list changed from outside (a restore, another window) replaces the text; the person's own typing does not.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (!sameList(parseAllowList(text), value)) setText(value.join('\n'));
  }
  return (
    <div className="cd-field">
      <label htmlFor="checks-allow">{t('settings.checks.allowList')}</label>
      <textarea
        id="checks-allow"
        rows={3}
        value={text}
        aria-describedby="checks-allow-hint"
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseAllowList(event.target.value);
          if (!sameList(parsed, value)) onChange(parsed);
        }}
        onBlur={() => setText(parseAllowList(text).join('\n'))}
      />
      <p id="checks-allow-hint" className="cd-hint">
        {t('settings.checks.allowListHint')}
      </p>
    </div>
  );
}
