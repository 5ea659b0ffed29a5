/**
 * The fields of a series rule and the live summary of what it creates ("13 Termine von Do., 03.12.2026 bis …"),
 * or why it creates nothing (role="alert"). Controlled: the parent keeps the RuleFormState. Used to create a
 * series and to change the rule of an existing one.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/model/settings';
import { SERIES_FREQUENCIES, SERIES_WEEKDAYS, type SeriesWeekday } from '../../../shared/series/seriesRule';
import { formatSeriesDay, isPlausibleDay, type RuleFormState, type RulePreview } from './ruleForm';
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
          <DayInput
            id={`${id}-start`}
            value={value.startDate}
            invalid={invalid('startDate')}
            describedBy={describedBy('startDate')}
            onChange={(day) => set('startDate', day)}
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
            <DayInput
              id={`${id}-until`}
              value={value.untilDate}
              invalid={invalid('untilDate')}
              describedBy={describedBy('untilDate')}
              onChange={(day) => set('untilDate', day)}
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

interface DayInputProps {
  id: string;
  value: string;
  invalid: true | undefined;
  describedBy: string | undefined;
  onChange: (day: string) => void;
}

/**
 * A date field that passes on only days that exist in a plausible year. While the text is not such a day the rule
 * gets no day (so nothing can be created from it) and a message says why; leaving the field puts the last valid
 * day back, so an impossible date such as 12/07/92026 is never kept.
 */
function DayInput({ id, value, invalid, describedBy, onChange }: DayInputProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const [lastValid, setLastValid] = useState(value);
  const [refused, setRefused] = useState(false);
  if (value !== '' && value !== lastValid && isPlausibleDay(value)) setLastValid(value);
  const shown = typed ?? value;
  const errorId = `${id}-refused`;
  return (
    <>
      <input
        id={id}
        type="date"
        min="1970-01-01"
        max="2999-12-31"
        value={shown}
        aria-invalid={refused || invalid}
        aria-describedby={[refused ? errorId : undefined, describedBy].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (isPlausibleDay(next)) {
            setTyped(null);
            setRefused(false);
            setLastValid(next);
            onChange(next);
          } else {
            setTyped(next);
            setRefused(true);
            if (value !== '') onChange('');
          }
        }}
        onBlur={() => {
          if (typed === null) return;
          setTyped(null);
          if (lastValid !== '') onChange(lastValid);
        }}
      />
      {refused && (
        <p id={errorId} role="alert" className="cd-field-error">
          {t('seriesUi.dateRefused')}
        </p>
      )}
    </>
  );
}
