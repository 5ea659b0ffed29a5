import { describe, expect, it } from 'vitest';
import {
  diffEvents,
  isWholesale,
  shownAfter,
  shownAfterMove,
  shownKey,
  type CalendarEventInput,
} from './eventDiff';

function event(id: string, overrides: Partial<CalendarEventInput> = {}): CalendarEventInput {
  return {
    id,
    title: `Beitrag ${id}`,
    start: '2026-11-26T10:00:00+01:00',
    allDay: false,
    className: 'cd-post cd-status-draft',
    extendedProps: { kind: 'post', status: 'draft', badges: 'in · IG', findings: { block: 0, warn: 0 } },
    ...overrides,
  };
}

describe('diffEvents', () => {
  it('finds nothing to do for equal events in new objects (a live query reads new objects)', () => {
    const shown = shownAfter([event('a'), event('b')]);
    const changes = diffEvents(shown, [event('b'), event('a')]);
    expect(changes).toEqual({ removed: [], added: [], changed: [], unchanged: 2 });
  });

  it('tells removed, added and changed events apart', () => {
    const shown = shownAfter([event('a'), event('b'), event('c')]);
    const changedTitle = event('b', { title: 'Neu' });
    const added = event('d');
    const changes = diffEvents(shown, [event('a'), changedTitle, added]);
    expect(changes.removed).toEqual(['c']);
    expect(changes.added).toEqual([added]);
    expect(changes.changed).toEqual([changedTitle]);
    expect(changes.unchanged).toBe(1);
  });

  it('sees a new start, status, finding count or class as a change', () => {
    const shown = shownAfter([event('a')]);
    const variants = [
      event('a', { start: '2026-11-27T10:00:00+01:00' }),
      event('a', { className: 'cd-post cd-status-approved' }),
      event('a', { extendedProps: { kind: 'post', status: 'draft', findings: { block: 1, warn: 0 } } }),
      event('a', { allDay: true, start: '2026-11-26' }),
    ];
    for (const variant of variants) expect(diffEvents(shown, [variant]).changed).toEqual([variant]);
  });

  it('compares starts as instants, not as text', () => {
    const shown = shownAfter([event('a', { start: '2026-11-26T09:00:00.000Z' })]);
    expect(diffEvents(shown, [event('a', { start: '2026-11-26T10:00:00+01:00' })]).unchanged).toBe(1);
  });

  it('skips the event FullCalendar already moved on a drop when the stored move arrives', () => {
    const before = shownAfter([event('a'), event('b')]);
    const moved = shownAfterMove(before, 'a', {
      startMs: Date.parse('2026-11-27T10:00:00+01:00'),
      allDay: false,
    });
    const stored = [event('a', { start: '2026-11-27T10:00:00+01:00' }), event('b')];
    expect(diffEvents(moved, stored)).toEqual({ removed: [], added: [], changed: [], unchanged: 2 });
    // Without the drop the same data is a change (FullCalendar still shows the old start).
    expect(diffEvents(before, stored).changed.map((changed) => changed.id)).toEqual(['a']);
  });

  it('replaces an event dropped into the all-day row, and one put back after a failed save', () => {
    const before = shownAfter([event('a')]);
    const intoAllDay = shownAfterMove(before, 'a', { startMs: Date.parse('2026-11-27'), allDay: true });
    expect(diffEvents(intoAllDay, [event('a', { start: '2026-11-27T10:00:00+01:00' })]).changed).toHaveLength(
      1,
    );
    const movedNotSaved = shownAfterMove(before, 'a', {
      startMs: Date.parse('2026-11-27T10:00:00+01:00'),
      allDay: false,
    });
    // The stored post still has the old start: FullCalendar's moved event must be put back.
    expect(diffEvents(movedNotSaved, [event('a')]).changed).toHaveLength(1);
  });

  it('leaves the shown events of other ids alone on a move of an unknown id', () => {
    const before = shownAfter([event('a')]);
    expect(shownAfterMove(before, 'x', { startMs: 0, allDay: false })).toEqual(before);
  });
});

describe('isWholesale', () => {
  it('adds and removes a few events singly, many as a new array', () => {
    const few = { removed: ['a'], added: [event('b')], changed: [], unchanged: 100 };
    expect(isWholesale(few)).toBe(false);
    const many = {
      removed: [],
      added: Array.from({ length: 13 }, (_, i) => event(String(i))),
      changed: [],
      unchanged: 0,
    };
    expect(isWholesale(many)).toBe(true);
  });

  it('hands over a changed event with the whole array, so FullCalendar keeps its element and focus', () => {
    expect(isWholesale({ removed: [], added: [], changed: [event('a')], unchanged: 100 })).toBe(true);
  });
});

describe('shownKey', () => {
  it('is the same for equal events and differs for a different title', () => {
    expect(shownKey(event('a'))).toBe(shownKey(event('a')));
    expect(shownKey(event('a'))).not.toBe(shownKey(event('a', { title: 'Anders' })));
  });
});
