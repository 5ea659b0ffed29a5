import { describe, expect, it } from 'vitest';
import { listSubdivisions, publicHolidays } from './holidays';

describe('public holidays by region', () => {
  it('knows regional days off: Epiphany in Bavaria, not in Berlin', () => {
    const bavaria = publicHolidays({ country: 'DE', subdivision: 'BY' }, '2026-01-01', '2026-01-31', 'de');
    const berlin = publicHolidays({ country: 'DE', subdivision: 'BE' }, '2026-01-01', '2026-01-31', 'de');
    expect(bavaria.map((h) => h.date)).toEqual(['2026-01-01', '2026-01-06']);
    expect(berlin.map((h) => h.date)).toEqual(['2026-01-01']);
  });

  it('covers Swiss cantons and Austrian states, and ranges across a year end', () => {
    const zurich = publicHolidays({ country: 'CH', subdivision: 'ZH' }, '2026-08-01', '2026-08-01', 'de');
    expect(zurich).toEqual([{ date: '2026-08-01', name: 'Bundesfeiertag' }]);
    const vienna = publicHolidays({ country: 'AT', subdivision: '9' }, '2026-12-20', '2027-01-07', 'de');
    expect(vienna.map((h) => h.date)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06']);
  });

  it('lists subdivisions with names for the settings', () => {
    const states = listSubdivisions('DE', 'de');
    expect(states).toHaveLength(16);
    expect(states).toContainEqual({ code: 'BY', name: 'Bayern' });
    expect(listSubdivisions('CH', 'de')).toHaveLength(26);
  });
});

describe('bundled holiday rules', () => {
  it('are exactly the DE, AT and CH rules of the installed date-holidays package', async () => {
    // @ts-expect-error: a plain .mjs build script without type declarations
    const { extractHolidayData } = (await import('../../scripts/extract-holiday-data.mjs')) as {
      extractHolidayData: () => unknown;
    };
    const bundled: unknown = (await import('./holidayData.json')).default;
    expect(bundled).toEqual(extractHolidayData());
  });

  it('carry the time zones of those rules only, from the installed moment-timezone', async () => {
    // @ts-expect-error: a plain .mjs build script without type declarations
    const { extractHolidayZones } = (await import('../../scripts/extract-holiday-data.mjs')) as {
      extractHolidayZones: () => { zones: string[]; links: string[] };
    };
    const bundled = (await import('./holidayZones.json')).default;
    expect(bundled).toEqual(extractHolidayZones());
    const names = bundled.zones.map((zone) => zone.slice(0, zone.indexOf('|')));
    expect(names.sort()).toEqual(['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich']);
  });

  it("give the same holidays with only those zones loaded (the renderer's moment-timezone)", async () => {
    const { default: trimmed } = await import('./momentTimezoneDach');
    for (const zone of ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'])
      expect(trimmed.tz('2026-03-29T12:00:00Z', zone).format()).toBe(
        new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' })
          .format(new Date('2026-03-29T12:00:00Z'))
          .replace(' ', 'T') + '+02:00',
      );
  });
});
