// Writes the holiday rules of Germany, Austria and Switzerland from the `date-holidays` package into
// shared/calendar/holidayData.json, so the renderer bundles 3 countries instead of 200, and the time zones those
// rules name from moment-timezone's packed database into shared/calendar/holidayZones.json (date-holidays-parser
// imports moment-timezone, whose default build carries every zone of the world, about 1 MB; the renderer's vite
// config points `moment-timezone` at shared/calendar/momentTimezoneDach.ts, which loads only these).
// Run after upgrading date-holidays: `node scripts/extract-holiday-data.mjs`; a unit test fails when they differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { data } from 'date-holidays/data';

export const HOLIDAY_COUNTRIES = ['DE', 'AT', 'CH'];

export function extractHolidayData() {
  const holidays = Object.fromEntries(HOLIDAY_COUNTRIES.map((country) => [country, data.holidays[country]]));
  return { version: data.version, license: data.license, holidays, names: data.names };
}

/** moment-timezone's packed data with only the zones of the three countries' rules (and their links). */
export function extractHolidayZones() {
  const require = createRequire(import.meta.url);
  const packed = JSON.parse(readFileSync(require.resolve('moment-timezone/data/packed/latest.json'), 'utf8'));
  const wanted = new Set(HOLIDAY_COUNTRIES.flatMap((country) => data.holidays[country].zones ?? []));
  const zones = packed.zones.filter((zone) => wanted.has(zone.slice(0, zone.indexOf('|'))));
  const links = packed.links.filter((link) => wanted.has(link.slice(0, link.indexOf('|'))));
  return { version: packed.version, zones, links };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../shared/calendar/holidayData.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(extractHolidayData())}\n`);
  console.log(`wrote ${fileURLToPath(target)}`);
  const zonesTarget = new URL('../shared/calendar/holidayZones.json', import.meta.url);
  writeFileSync(zonesTarget, `${JSON.stringify(extractHolidayZones())}\n`);
  console.log(`wrote ${fileURLToPath(zonesTarget)}`);
}
