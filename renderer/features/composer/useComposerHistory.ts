import { useCallback, useState } from 'react';
import { record, redo, startHistory, undo, type History } from '../../../shared/model/composerDraft';

/** Composer state with undo and redo: `change(field, updater)` records one step (keystrokes in a field merge). */
export function useComposerHistory<T>(initial: T) {
  const [history, setHistory] = useState<History<T>>(() => startHistory(initial));
  const change = useCallback((field: string, update: (current: T) => T) => {
    setHistory((current) => record(current, update(current.present), { field, at: Date.now() }));
  }, []);
  return {
    present: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    change,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
  };
}
