import { describe, expect, it } from 'vitest';
import {
  instantToZonedIso,
  isPlainDate,
  isPlainTime,
  isoToUtc,
  isoToZonedParts,
  moveToDay,
  todayInZone,
  zonedDateTimeToIso,
} from './zoned';

describe('zoned time', () => {
  it('writes wall-clock time with the offset valid on that day (winter and summer)', () => {
    expect(zonedDateTimeToIso('2026-11-26', '10:00', 'Europe/Berlin')).toBe('2026-11-26T10:00:00+01:00');
    expect(zonedDateTimeToIso('2026-07-02', '10:00', 'Europe/Zurich')).toBe('2026-07-02T10:00:00+02:00');
    expect(zonedDateTimeToIso('2026-01-15', '08:30', 'Europe/Vienna')).toBe('2026-01-15T08:30:00+01:00');
  });

  it('moves a time in the spring gap forward, as clocks do', () => {
    expect(zonedDateTimeToIso('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('rejects days and times that do not exist', () => {
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('26.11.2026')).toBe(false);
    expect(isPlainTime('24:00')).toBe(false);
    expect(isPlainTime('9:00')).toBe(false);
    expect(() => zonedDateTimeToIso('2026-13-01', '10:00', 'Europe/Berlin')).toThrow(/calendar day/);
  });

  it('converts to UTC for the index and back to the parts a form shows', () => {
    expect(isoToUtc('2026-11-26T10:00:00+01:00')).toBe('2026-11-26T09:00:00.000Z');
    expect(isoToZonedParts('2026-11-26T09:00:00.000Z', 'Europe/Berlin')).toEqual({
      date: '2026-11-26',
      time: '10:00',
    });
    expect(() => isoToUtc('morgen')).toThrow(/ISO/);
  });

  it('expresses an instant in the organisation zone regardless of where the laptop is', () => {
    const instant = new Date('2026-06-30T22:30:00Z');
    expect(instantToZonedIso(instant, 'Europe/Berlin')).toBe('2026-07-01T00:30:00+02:00');
    expect(todayInZone(instant, 'Europe/Vienna')).toBe('2026-07-01');
  });

  it('keeps the wall-clock time when moving across a DST change', () => {
    expect(moveToDay('2026-10-23T10:00:00+02:00', '2026-10-26', 'Europe/Berlin')).toBe(
      '2026-10-26T10:00:00+01:00',
    );
  });
});
