import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToDelete,
  backupsToKeep,
  parseBackupFileName,
  ROTATION,
} from './backupRotation';

const now = new Date('2026-11-25T15:30:00.000Z');

function hoursAgo(hours: number, reason: 'interval' | 'beforeRestore' = 'interval'): string {
  return backupFileName(new Date(now.getTime() - hours * 3_600_000), reason);
}

describe('backup file names', () => {
  it('carry the time to the millisecond and the reason, and read back', () => {
    const at = new Date('2026-11-25T15:45:12.345Z');
    expect(backupFileName(at, 'quit')).toBe('civic-desk-sicherung-20261125-154512345Z-quit.json');
    expect(parseBackupFileName(backupFileName(at, 'quit'))).toEqual({
      name: 'civic-desk-sicherung-20261125-154512345Z-quit.json',
      at,
      reason: 'quit',
    });
  });

  it('ignore other files', () => {
    for (const name of [
      'notes.txt',
      'civic-desk-sicherung-2026-quit.json',
      'civic-desk-sicherung-20261125-154512345Z-other.json',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('rotation', () => {
  it('keeps one backup per hour for the last 24 hours', () => {
    const names = Array.from({ length: 48 }, (_, index) => hoursAgo(index / 2)); // every 30 minutes for a day
    const keep = backupsToKeep(names, now);
    // The newest of each hour (24 of them), plus older daily/weekly ones do not exist here.
    expect(keep.size).toBe(ROTATION.hourly);
    expect(keep.has(hoursAgo(0))).toBe(true);
    expect(keep.has(hoursAgo(0.5))).toBe(false);
  });

  it('keeps 14 daily and 8 weekly backups beyond the hourly ones', () => {
    const names = Array.from({ length: 24 * 90 }, (_, index) => hoursAgo(index)); // hourly for 90 days
    const keep = backupsToKeep(names, now);
    const days = new Set([...keep].map((name) => parseBackupFileName(name)?.at.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(ROTATION.daily);
    expect(keep.size).toBeLessThanOrEqual(ROTATION.hourly + ROTATION.daily + ROTATION.weekly);
    const oldest = Math.min(...[...keep].map((name) => parseBackupFileName(name)?.at.getTime() ?? Infinity));
    expect(now.getTime() - oldest).toBeGreaterThan(6 * 7 * 86_400_000); // weeks back
    expect(now.getTime() - oldest).toBeLessThan(9 * 7 * 86_400_000);
  });

  it('keeps the newest backup taken before a restore, future backups and foreign files', () => {
    const names = [
      ...Array.from({ length: 24 * 20 }, (_, index) => hoursAgo(index)),
      hoursAgo(24 * 60 + 0.25, 'beforeRestore'),
      hoursAgo(24 * 70, 'beforeRestore'),
      hoursAgo(-5),
      'meine-notizen.txt',
    ];
    const remove = backupsToDelete(names, now);
    expect(remove).not.toContain(hoursAgo(24 * 60 + 0.25, 'beforeRestore'));
    expect(remove).not.toContain(hoursAgo(-5));
    expect(remove).not.toContain('meine-notizen.txt');
    expect(remove.length).toBeGreaterThan(0);
  });

  it('always keeps the newest backup and never more than the limits allow', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 24 * 400 }), { minLength: 1, maxLength: 300 }),
        (ages) => {
          const names = ages.map((age) => hoursAgo(age));
          const keep = backupsToKeep(names, now);
          expect(keep.has(hoursAgo(Math.min(...ages)))).toBe(true);
          expect(keep.size).toBeLessThanOrEqual(ROTATION.hourly + ROTATION.daily + ROTATION.weekly);
          expect(backupsToDelete(names, now).length + keep.size).toBe(names.length);
        },
      ),
    );
  });
});
