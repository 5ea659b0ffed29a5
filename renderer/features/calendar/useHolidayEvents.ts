/**
 * Public holidays of the range on screen as calendar events. The holiday rules engine (date-holidays-parser with
 * its astronomy) is a chunk of its own, loaded after the first screen: the calendar is usable at once and the
 * holidays appear a moment later.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../../shared/model/settings';
import type { PublicHoliday } from '../../../shared/calendar/holidays';
import { holidaysToEvents, type HolidayEvent } from '../../../shared/calendar/postEvents';
import { isoToZonedParts } from '../../../shared/time/zoned';
import { whenIdle } from '../../data/store/deferredQueries';

type HolidaysModule = typeof import('../../../shared/calendar/holidays');

let loaded: HolidaysModule | null = null;

function useHolidaysModule(): HolidaysModule | null {
  const [module, setModule] = useState<HolidaysModule | null>(loaded);
  useEffect(() => {
    if (module !== null) return;
    let active = true;
    const cancel = whenIdle(() => {
      void import('../../../shared/calendar/holidays').then((value) => {
        loaded = value;
        if (active) setModule(value);
      });
    });
    return () => {
      active = false;
      cancel();
    };
  }, [module]);
  return module;
}

const NONE: HolidayEvent[] = [];

// A year's holidays per region and language: the rules engine takes ~10–30 ms per call, and every month switch
// would otherwise ask again.
const byYear = new Map<string, PublicHoliday[]>();

function holidaysBetween(
  module: HolidaysModule,
  region: Settings['region'],
  from: string,
  to: string,
  language: string,
): PublicHoliday[] {
  const result: PublicHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const key = `${region.country}|${region.subdivision}|${language}|${year}`;
    let holidays = byYear.get(key);
    if (holidays === undefined) {
      holidays = module.publicHolidays(region, `${year}-01-01`, `${year}-12-31`, language);
      byYear.set(key, holidays);
    }
    result.push(...holidays.filter((holiday) => holiday.date >= from && holiday.date <= to));
  }
  return result;
}

export function useHolidayEvents(
  range: { startUtc: string; endUtc: string } | null,
  settings: Pick<Settings, 'region' | 'timeZone' | 'locale'>,
): HolidayEvent[] {
  const holidays = useHolidaysModule();
  const { region, timeZone, locale } = settings;
  return useMemo(() => {
    if (range === null || holidays === null) return NONE;
    const from = isoToZonedParts(range.startUtc, timeZone).date;
    const to = isoToZonedParts(range.endUtc, timeZone).date;
    return holidaysToEvents(holidaysBetween(holidays, region, from, to, locale.slice(0, 2)));
  }, [holidays, range, region, timeZone, locale]);
}
