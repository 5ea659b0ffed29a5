/**
 * Public holidays of the organisation's region, computed offline by the `date-holidays` rules engine
 * (`date-holidays-parser`) over the rules of Germany, Austria and Switzerland only (holidayData.json, extracted
 * from the `date-holidays` package by scripts/extract-holiday-data.mjs; a test keeps the two equal).
 */
import HolidaysParser from 'date-holidays-parser';
import type { Country } from '../model/settings';
import holidayData from './holidayData.json';

class Holidays extends HolidaysParser {
  constructor(...args: [] | [country: string, state: string, options: { languages: string[] }]) {
    if (args.length === 0) super(holidayData);
    else super(holidayData, args[0], args[1], args[2]);
  }
}

export interface Region {
  country: Country;
  subdivision: string;
}

export interface PublicHoliday {
  /** `YYYY-MM-DD`, the day in the region. */
  date: string;
  name: string;
}

/** Subdivisions (states, cantons) of a country with their names, sorted by name. */
export function listSubdivisions(country: Country, language: string): { code: string; name: string }[] {
  const states = new Holidays().getStates(country, language);
  return Object.entries(states)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** Public holidays (days off, `type === 'public'`) whose day lies in [fromDate, toDate], both `YYYY-MM-DD`. */
export function publicHolidays(
  region: Region,
  fromDate: string,
  toDate: string,
  language: string,
): PublicHoliday[] {
  const holidays = new Holidays(region.country, region.subdivision, { languages: [language, 'de', 'en'] });
  const firstYear = Number(fromDate.slice(0, 4));
  const lastYear = Number(toDate.slice(0, 4));
  const result: PublicHoliday[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of holidays.getHolidays(year, language)) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && date >= fromDate && date <= toDate) {
        result.push({ date, name: holiday.name });
      }
    }
  }
  return result;
}
