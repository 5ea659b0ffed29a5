/**
 * The fields of a series rule and the live summary of what it creates ("13 Termine von Do., 03.12.2026 bis …"),
 * or why it creates nothing (role="alert"). Controlled: the parent keeps the RuleFormState. Used to create a
 * series and to change the rule of an existing one.
 */
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/model/settings';
import { SERIES_FREQUENCIES, SERIES_WEEKDAYS, type SeriesWeekday } from '../../../shared/series/seriesRule';
import { formatSeriesDay, type RuleFormState, type RulePreview } from './ruleForm';
import './series.css';

interface SeriesRuleFormProps {
  value: RuleFormState;
  preview: RulePreview;
  locale: UiLocale;
  onChange: (next: RuleFormState) => void;
}

/** Enter in a field must not submit the composer's form around this one (that would save and close the post). */
function keepEnterInside(event: KeyboardEvent) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

export function SeriesRuleForm({ value, preview, locale, onChange }: SeriesRuleFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof RuleFormState>(field: K, next: RuleFormState[K]) =>
    onChange({ ...value, [field]: next });
  const invalidField = preview.kind === 'invalid' ? preview.field : null;
  const invalid = (field: keyof RuleFormState) => (invalidField === field ? true : undefined);
  const describedBy = (field: keyof RuleFormState) => (invalidField === field ? `${id}-summary` : undefined);
  const toggleWeekday = (day: SeriesWeekday, checked: boolean) =>
    set('weekdays', checked ? [...value.weekdays, day] : value.weekdays.filter((entry) => entry !== day));

  return (
    <div className="cd-series-rule" onKeyDown={keepEnterInside}>
      <div className="cd-field-row">
        <div className="cd-field">
          <label htmlFor={`${id}-frequency`}>{t('seriesUi.fields.frequency')}</label>
          <select
            id={`${id}-frequency`}
            value={value.frequency}
            onChange={(event) => {
              const frequency = SERIES_FREQUENCIES.find((entry) => entry === event.target.value);
              if (frequency) set('frequency', frequency);
            }}
          >
            {SERIES_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`series.frequency.${frequency}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="cd-field">
          <label htmlFor={`${id}-interval`}>{t(`seriesUi.fields.interval.${value.frequency}`)}</label>
          <input
            id={`${id}-interval`}
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            className="cd-series-number"
            value={value.interval}
            aria-invalid={invalid('interval')}
            aria-describedby={[`${id}-interval-hint`, describedBy('interval')].filter(Boolean).join(' ')}
            onChange={(event) => set('interval', event.target.value)}
          />
          <p id={`${id}-interval-hint`} className="cd-hint">
            {t('seriesUi.fields.intervalHint')}
          </p>
        </div>
      </div>
      {value.frequency === 'weekly' && (
        <fieldset className="cd-field" aria-describedby={describedBy('weekdays')}>
          <legend>{t('seriesUi.fields.weekdays')}</legend>
          <div className="cd-series-weekdays">
            {SERIES_WEEKDAYS.map((day) => (
              <label key={day} className="cd-check">
                <input
                  type="checkbox"
                  checked={value.weekdays.includes(day)}
                  aria-invalid={invalid('weekdays')}
                  onChange={(event) => toggleWeekday(day, event.target.checked)}
                />
                <span aria-hidden="true">{t(`seriesUi.weekdaysShort.${day}`)}</span>
                <span className="cd-visually-hidden">{t(`seriesUi.weekdays.${day}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {value.frequency === 'monthly' && <p className="cd-hint">{t('seriesUi.fields.monthlyHint')}</p>}
      <div className="cd-field-row">
        <div className="cd-field">
          <label htmlFor={`${id}-start`}>{t('seriesUi.fields.startDate')}</label>
          <input
            id={`${id}-start`}
            type="date"
            value={value.startDate}
            aria-invalid={invalid('startDate')}
            aria-describedby={describedBy('startDate')}
            onChange={(event) => set('startDate', event.target.value)}
          />
        </div>
        <div className="cd-field">
          <label htmlFor={`${id}-time`}>{t('seriesUi.fields.time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={value.time}
            aria-invalid={invalid('time')}
            aria-describedby={describedBy('time')}
            onChange={(event) => set('time', event.target.value)}
          />
        </div>
      </div>
      <fieldset className="cd-field">
        <legend>{t('seriesUi.fields.end')}</legend>
        <div className="cd-series-end">
          <label className="cd-check">
            <input
              type="radio"
              name={`${id}-end`}
              checked={value.endKind === 'until'}
              onChange={() => set('endKind', 'until')}
            />
            {t('seriesUi.fields.endUntil')}
          </label>
          <label className="cd-check">
            <input
              type="radio"
              name={`${id}-end`}
              checked={value.endKind === 'count'}
              onChange={() => set('endKind', 'count')}
            />
            {t('seriesUi.fields.endCount')}
          </label>
        </div>
        {value.endKind === 'until' ? (
          <div className="cd-field">
            <label htmlFor={`${id}-until`}>{t('seriesUi.fields.untilDate')}</label>
            <input
              id={`${id}-until`}
              type="date"
              value={value.untilDate}
              aria-invalid={invalid('untilDate')}
              aria-describedby={describedBy('untilDate')}
              onChange={(event) => set('untilDate', event.target.value)}
            />
          </div>
        ) : (
          <div className="cd-field">
            <label htmlFor={`${id}-count`}>{t('seriesUi.fields.count')}</label>
            <input
              id={`${id}-count`}
              type="number"
              inputMode="numeric"
              min={1}
              className="cd-series-number"
              value={value.count}
              aria-invalid={invalid('count')}
              aria-describedby={describedBy('count')}
              onChange={(event) => set('count', event.target.value)}
            />
          </div>
        )}
      </fieldset>
      <label className="cd-check">
        <input
          type="checkbox"
          checked={value.skipPublicHolidays}
          aria-describedby={`${id}-holidays-hint`}
          onChange={(event) => set('skipPublicHolidays', event.target.checked)}
        />
        {t('seriesUi.fields.skipHolidays')}
      </label>
      <p id={`${id}-holidays-hint`} className="cd-hint">
        {t('seriesUi.fields.skipHolidaysHint')}
      </p>
      <SeriesSummary id={`${id}-summary`} preview={preview} locale={locale} />
    </div>
  );
}

/**
 * What the rule creates, in a status region that is always there (so changes are announced), or why it creates
 * nothing, as an alert.
 */
function SeriesSummary({ id, preview, locale }: { id: string; preview: RulePreview; locale: UiLocale }) {
  const { t } = useTranslation();
  let problem: string | null = null;
  let summary = '';
  if (preview.kind === 'invalid') {
    // The keys come from the shared rule schema and are all present in the catalogue.
    problem = t(preview.messageKey as 'series.errors.endInvalid');
  } else if (preview.kind === 'refused') {
    problem = t(preview.messageKey, { limit: preview.params.limit ?? 0 });
  } else {
    summary = t('seriesUi.summary', {
      count: preview.count,
      first: formatSeriesDay(preview.first, locale),
      last: formatSeriesDay(preview.last, locale),
    });
    if (preview.skipped.length > 0) {
      const list = preview.skipped
        .map(({ date, name }) => t('series.holidaySkipped', { date: formatSeriesDay(date, locale), name }))
        .join(', ');
      summary += `; ${t('seriesUi.skipped', { count: preview.skipped.length, list })}`;
    }
  }
  return (
    <div className="cd-series-summary">
      <p role="status" className="cd-series-summary-text">
        {summary}
      </p>
      {problem !== null && (
        <p id={id} role="alert" className="cd-field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
