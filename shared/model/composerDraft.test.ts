import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './composerDraft';

describe('composer history', () => {
  it('undoes and redoes changes in order; a new change clears the redo list', () => {
    let history = startHistory('a');
    history = record(history, 'ab', { field: 'title', at: 0 });
    history = record(history, 'ab!', { field: 'text', at: 10 });
    history = undo(history);
    expect(history.present).toBe('ab');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe('ab');
    history = record(history, 'abc', { field: 'title', at: 5000 });
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });

  it('merges keystrokes in one field within a second into one step', () => {
    let history = startHistory('');
    history = record(history, 'H', { field: 'text', at: 0 });
    history = record(history, 'Ha', { field: 'text', at: 300 });
    history = record(history, 'Hal', { field: 'text', at: 900 });
    history = record(history, 'Hall', { field: 'text', at: 2500 });
    expect(undo(history).present).toBe('Hal');
    expect(undo(undo(history)).present).toBe('');
  });
});
