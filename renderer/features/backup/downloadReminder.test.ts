import { describe, expect, it } from 'vitest';
import { LAST_DOWNLOAD_KEY, readLastDownload, rememberDownload, reminderState } from './downloadReminder';

const now = new Date('2026-11-25T15:00:00Z');

describe('download reminder', () => {
  it('is due without any download and after more than 7 days', () => {
    expect(reminderState(null, now)).toEqual({ kind: 'never' });
    const eightDays = new Date(now.getTime() - 8 * 86_400_000);
    expect(reminderState(eightDays, now)).toEqual({ kind: 'due', at: eightDays });
    const sixDays = new Date(now.getTime() - 6 * 86_400_000);
    expect(reminderState(sixDays, now)).toEqual({ kind: 'recent', at: sixDays });
  });

  it('remembers the time in storage and ignores garbage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    expect(readLastDownload(storage)).toBeNull();
    rememberDownload(storage, now);
    expect(readLastDownload(storage)).toEqual(now);
    store.set(LAST_DOWNLOAD_KEY, 'gestern');
    expect(readLastDownload(storage)).toBeNull();
  });
});
