/** Small shared pieces of the backup section. */
import type { FileFilter } from '../../../shared/ipc/contract';

export interface StatusLine {
  kind: 'info' | 'error';
  text: string;
}

export const BACKUP_FILE_FILTERS: FileFilter[] = [{ name: 'Civic-Desk-Sicherung', extensions: ['json'] }];

/** Date and time in the organisation's zone and the UI's language. */
export function formatBackupTime(iso: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}
