/**
 * The network limits on which sources disagree: the organisation picks which reading its checks use. Each option
 * names its source; the default is the stricter value.
 */
import { useTranslation } from 'react-i18next';
import { contestedLimitChoices } from '../../../shared/channels/contested';
import type { LimitSettings } from '../../../shared/channels/limitSettings';

const CHOICES = contestedLimitChoices();

interface LimitSettingsFieldsProps {
  value: LimitSettings;
  onChange: (value: LimitSettings) => void;
}

export function LimitSettingsFields({ value, onChange }: LimitSettingsFieldsProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <fieldset className="cd-field">
      <legend>{t('settings.limits.heading')}</legend>
      <p className="cd-hint">{t('settings.limits.hint')}</p>
      {CHOICES.map((choice) => (
        <div key={choice.setting} className="cd-field">
          <label htmlFor={`limit-${choice.setting}`}>{t(`settings.limits.${choice.setting}`)}</label>
          <select
            id={`limit-${choice.setting}`}
            value={String(value[choice.setting])}
            onChange={(event) => onChange({ ...value, [choice.setting]: Number(event.target.value) })}
          >
            {choice.options.map((option) => (
              <option key={option.value} value={String(option.value)} title={option.source}>
                {number.format(option.value)} –{' '}
                {t(`settings.limits.options.${choice.setting}_${option.value}`, {
                  defaultValue: option.source,
                })}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
