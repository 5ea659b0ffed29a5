/**
 * The browser build's weekly backup reminder: the time of the last download is UI state of this device, kept in
 * localStorage; the reminder shows when there was none or it is older than 7 days.
 */
export const LAST_DOWNLOAD_KEY = 'civic-desk.lastBackupDownload';
export const REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export type ReminderState = { kind: 'never' } | { kind: 'due'; at: Date } | { kind: 'recent'; at: Date };

export function readLastDownload(storage: Pick<Storage, 'getItem'>): Date | null {
  const text = storage.getItem(LAST_DOWNLOAD_KEY);
  if (text === null) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

export function rememberDownload(storage: Pick<Storage, 'setItem'>, at: Date): void {
  storage.setItem(LAST_DOWNLOAD_KEY, at.toISOString());
}

export function reminderState(lastDownload: Date | null, now: Date): ReminderState {
  if (lastDownload === null) return { kind: 'never' };
  return now.getTime() - lastDownload.getTime() > REMINDER_AFTER_MS
    ? { kind: 'due', at: lastDownload }
    : { kind: 'recent', at: lastDownload };
}
