/**
 * Country, state or canton (for public holidays), time zone and language: the same fields in the first-start
 * set-up and in the settings. A new country brings its usual time zone and, where asked, its language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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

type RegionSettings = Pick<Settings, 'region' | 'timeZone' | 'locale'>;

interface RegionFieldsProps<T extends RegionSettings> {
  /** Makes the fields' ids unique on the page, e.g. `setup` or `settings`. */
  idPrefix: string;
  value: T;
  onChange: (value: T) => void;
  /** Whether choosing a country also chooses its language (at set-up) or leaves the language alone. */
  localeFollowsCountry: boolean;
}

export function RegionFields<T extends RegionSettings>(props: RegionFieldsProps<T>) {
  const { idPrefix, value, onChange, localeFollowsCountry } = props;
  const { t } = useTranslation();
  const language = value.locale.slice(0, 2);
  const subdivisions = useMemo(
    () => listSubdivisions(value.region.country, language),
    [value.region.country, language],
  );

  const changeCountry = (country: Country) => {
    const first = listSubdivisions(country, language)[0]?.code ?? '';
    const defaults = COUNTRY_DEFAULTS[country];
    onChange({
      ...value,
      region: { country, subdivision: first },
      timeZone: defaults.timeZone,
      locale: localeFollowsCountry ? defaults.locale : value.locale,
    });
  };

  return (
    <>
      <div className="cd-field">
        <label htmlFor={`${idPrefix}-country`}>{t('settings.country')}</label>
        <select
          id={`${idPrefix}-country`}
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
        <label htmlFor={`${idPrefix}-subdivision`}>{t('settings.subdivision')}</label>
        <select
          id={`${idPrefix}-subdivision`}
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
        <label htmlFor={`${idPrefix}-time-zone`}>{t('settings.timeZone')}</label>
        <select
          id={`${idPrefix}-time-zone`}
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
        <label htmlFor={`${idPrefix}-language`}>{t('settings.language')}</label>
        <select
          id={`${idPrefix}-language`}
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
    </>
  );
}
