/**
 * Names and rotation of automatic backups. Pure: which files of the backup folder to keep, given their names
 * (which carry the time of the backup) and the current time.
 *
 * Kept: the newest backup of each of the last 24 hours that have one, of each of the last 14 days, of each of the
 * last 8 ISO weeks (all in UTC), and the newest backup taken before a restore. Files whose names do not follow
 * the pattern are never touched, nor are backups from the future (a clock set back keeps them).
 */
import type { BackupReason } from '../shared/ipc/contract';
import { BACKUP_REASONS } from '../shared/ipc/contract';

export const ROTATION = { hourly: 24, daily: 14, weekly: 8 } as const;

const NAME_PATTERN =
  /^civic-desk-sicherung-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-zA-Z]+)\.json$/;

/** `civic-desk-sicherung-20261125-154512345Z-interval.json`: sortable, unique to the millisecond, and says why. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString(); // 2026-11-25T15:45:12.345Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 23).replaceAll(':', '').replace('.', '')}Z`;
  return `civic-desk-sicherung-${stamp}-${reason}.json`;
}

export interface BackupFileInfo {
  name: string;
  at: Date;
  reason: BackupReason;
}

/** The time and reason in a backup file's name, or null for any other file. */
export function parseBackupFileName(name: string): BackupFileInfo | null {
  const match = NAME_PATTERN.exec(name);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, millis, reason] = match;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return null;
  const at = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`);
  if (Number.isNaN(at.getTime())) return null;
  return { name, at, reason: reason as BackupReason };
}

function isoWeekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this ISO week decides the year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${week}`;
}

/** The file names to keep; every other backup file may be deleted. */
export function backupsToKeep(names: readonly string[], now: Date): Set<string> {
  const backups = names
    .map(parseBackupFileName)
    .filter((info): info is BackupFileInfo => info !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  const buckets = {
    hourly: new Set<string>(),
    daily: new Set<string>(),
    weekly: new Set<string>(),
  };
  let keptBeforeRestore = false;
  for (const backup of backups) {
    if (backup.at.getTime() > now.getTime()) {
      keep.add(backup.name);
      continue;
    }
    const iso = backup.at.toISOString();
    const keys = { hourly: iso.slice(0, 13), daily: iso.slice(0, 10), weekly: isoWeekKey(backup.at) };
    for (const period of ['hourly', 'daily', 'weekly'] as const) {
      const seen = buckets[period];
      if (!seen.has(keys[period]) && seen.size < ROTATION[period]) {
        seen.add(keys[period]);
        keep.add(backup.name);
      }
    }
    if (backup.reason === 'beforeRestore' && !keptBeforeRestore) {
      keptBeforeRestore = true;
      keep.add(backup.name);
    }
  }
  return keep;
}

/** The backup files of `names` that rotation removes. */
export function backupsToDelete(names: readonly string[], now: Date): string[] {
  const keep = backupsToKeep(names, now);
  return names.filter((name) => parseBackupFileName(name) !== null && !keep.has(name));
}
