import { describe, expect, it } from 'vitest';
import { markerTimeText, moveDateText } from './zonedText';

describe('moveDateText', () => {
  it('names weekday, day, month and time in the organisation zone, not the laptop zone', () => {
    expect(moveDateText('2026-11-26T10:00:00+01:00', 'de-DE', 'Europe/Berlin')).toBe('Do., 26. Nov., 10:00');
    // The same instant seen from Berlin and from New York.
    expect(moveDateText('2026-11-26T09:00:00.000Z', 'de-DE', 'Europe/Berlin')).toContain('10:00');
    expect(moveDateText('2026-11-26T09:00:00.000Z', 'de-DE', 'America/New_York')).toContain('04:00');
  });

  it('speaks English for an English desk, with a 24-hour clock', () => {
    const text = moveDateText('2026-11-26T15:30:00+01:00', 'en-GB', 'Europe/Berlin');
    expect(text).toContain('Thu');
    expect(text).toContain('26');
    expect(text).toContain('15:30');
  });
});

describe('markerTimeText', () => {
  it("is the 24-hour time of a FullCalendar marker's UTC fields (the wall-clock time in the calendar's zone)", () => {
    expect(markerTimeText(new Date(Date.UTC(2026, 10, 26, 10, 0)))).toBe('10:00');
    expect(markerTimeText(new Date(Date.UTC(2026, 6, 1, 9, 5)))).toBe('09:05');
    expect(markerTimeText(new Date(Date.UTC(2026, 10, 26, 23, 59)))).toBe('23:59');
    expect(markerTimeText(new Date(Date.UTC(2026, 10, 27, 0, 30)))).toBe('00:30');
  });
});
