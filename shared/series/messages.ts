/**
 * Strings of the series feature, for i18next (`{{param}}` interpolation, `_one`/`_other` plurals). The renderer
 * merges them under `series`, so `noOccurrence` here is the key `series.noOccurrence`. Swiss German is derived from
 * the German strings by the renderer (ss for ß).
 */
import type { SeriesExpansion } from './expandSeries';

export const seriesMessagesDe = {
  frequency: { daily: 'Täglich', weekly: 'Wöchentlich', monthly: 'Monatlich' },
  noOccurrence: 'Diese Regel ergibt keinen einzigen Termin. Bitte prüfen Sie Beginn und Ende der Serie.',
  tooMany:
    'Diese Regel ergibt mehr als {{limit}} Termine. Bitte wählen Sie ein früheres Ende oder eine geringere Anzahl.',
  holidaysSkipped_one: '{{count}} Termin fällt auf einen Feiertag und wird ausgelassen.',
  holidaysSkipped_other: '{{count}} Termine fallen auf Feiertage und werden ausgelassen.',
  holidaySkipped: '{{date}}: {{name}}',
  errors: {
    frequencyInvalid: 'Bitte wählen Sie, wie oft sich der Beitrag wiederholt.',
    intervalInvalid: 'Bitte geben Sie eine ganze Zahl von 1 bis 99 an.',
    weekdayInvalid: 'Unbekannter Wochentag.',
    weekdaysRequired: 'Bitte wählen Sie mindestens einen Wochentag.',
    weekdaysOnlyWeekly: 'Wochentage gibt es nur bei wöchentlichen Serien.',
    weekdaysDuplicate: 'Jeder Wochentag darf nur einmal vorkommen.',
    dateInvalid: 'Bitte geben Sie ein gültiges Datum an.',
    timeInvalid: 'Bitte geben Sie eine Uhrzeit zwischen 00:00 und 23:59 an.',
    endInvalid: 'Bitte legen Sie fest, wann die Serie endet.',
    countInvalid: 'Bitte geben Sie eine Anzahl von 1 bis 9999 an.',
  },
};

export type SeriesMessages = typeof seriesMessagesDe;

export const seriesMessagesEn: SeriesMessages = {
  frequency: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' },
  noOccurrence: 'This rule yields no date at all. Please check the start and end of the series.',
  tooMany: 'This rule yields more than {{limit}} dates. Please choose an earlier end or a smaller number.',
  holidaysSkipped_one: '{{count}} date falls on a public holiday and is left out.',
  holidaysSkipped_other: '{{count}} dates fall on public holidays and are left out.',
  holidaySkipped: '{{date}}: {{name}}',
  errors: {
    frequencyInvalid: 'Please choose how often the post repeats.',
    intervalInvalid: 'Please enter a whole number from 1 to 99.',
    weekdayInvalid: 'Unknown day of the week.',
    weekdaysRequired: 'Please choose at least one day of the week.',
    weekdaysOnlyWeekly: 'Days of the week apply to weekly series only.',
    weekdaysDuplicate: 'Each day of the week may appear only once.',
    dateInvalid: 'Please enter a valid date.',
    timeInvalid: 'Please enter a time between 00:00 and 23:59.',
    endInvalid: 'Please set when the series ends.',
    countInvalid: 'Please enter a number from 1 to 9999.',
  },
};

export interface SeriesMessage {
  messageKey: 'series.noOccurrence' | 'series.tooMany' | 'series.holidaysSkipped';
  params?: Record<string, string | number>;
}

/** What to tell the person about an expansion: why it was refused, or how many holidays were left out. */
export function seriesExpansionMessage(result: SeriesExpansion): SeriesMessage | null {
  if (!result.ok) {
    return result.reason === 'tooMany'
      ? { messageKey: 'series.tooMany', params: { limit: result.limit } }
      : { messageKey: 'series.noOccurrence' };
  }
  const count = result.skippedHolidays.length;
  return count === 0 ? null : { messageKey: 'series.holidaysSkipped', params: { count } };
}
