// Writes the holiday rules of Germany, Austria and Switzerland from the `date-holidays` package into
// shared/calendar/holidayData.json, so the renderer bundles 3 countries instead of 200.
// Run after upgrading date-holidays: `node scripts/extract-holiday-data.mjs`; a unit test fails when they differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { data } from 'date-holidays/data';

export const HOLIDAY_COUNTRIES = ['DE', 'AT', 'CH'];

export function extractHolidayData() {
  const holidays = Object.fromEntries(HOLIDAY_COUNTRIES.map((country) => [country, data.holidays[country]]));
  return { version: data.version, license: data.license, holidays, names: data.names };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../shared/calendar/holidayData.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(extractHolidayData())}\n`);
  console.log(`wrote ${fileURLToPath(target)}`);
}
