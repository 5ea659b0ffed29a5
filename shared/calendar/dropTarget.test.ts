import { describe, expect, it } from 'vitest';
import { formPresetForTarget, scheduledAtForDrop } from './dropTarget';

describe('scheduledAtForDrop', () => {
  it('takes the exact instant of a time slot, in the organisation zone', () => {
    const slot = { dateStr: '2026-12-03T08:30:00-05:00', allDay: false };
    expect(scheduledAtForDrop(slot, null, '10:00', 'Europe/Berlin')).toBe('2026-12-03T14:30:00+01:00');
  });

  it('gives a day cell the default time for a new date, and keeps the time of a moved post', () => {
    const dayCell = { dateStr: '2026-12-03', allDay: true };
    expect(scheduledAtForDrop(dayCell, null, '09:15', 'Europe/Berlin')).toBe('2026-12-03T09:15:00+01:00');
    expect(scheduledAtForDrop(dayCell, '2026-07-20T16:45:00+02:00', '09:15', 'Europe/Berlin')).toBe(
      '2026-12-03T16:45:00+01:00',
    );
  });
});

describe('formPresetForTarget', () => {
  it('presets the clicked day with the default time, or the clicked slot in the organisation zone', () => {
    expect(formPresetForTarget({ dateStr: '2026-11-26', allDay: true }, '10:00', 'Europe/Vienna')).toEqual({
      date: '2026-11-26',
      time: '10:00',
    });
    expect(
      formPresetForTarget({ dateStr: '2026-11-26T14:30:00+01:00', allDay: false }, '10:00', 'Europe/Vienna'),
    ).toEqual({ date: '2026-11-26', time: '14:30' });
  });
});
