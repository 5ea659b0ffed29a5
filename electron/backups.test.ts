import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from './backupRotation';
import { createBackupService, defaultBackupFolder, LOW_DISK_RESERVE_BYTES, type BackupDeps } from './backups';

let dir: string;
const now = new Date('2026-11-25T15:30:00.000Z');
const json = JSON.stringify({ format: 'civic-desk-workspace', version: 2, posts: [] });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civic-desk-backups-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(overrides: Partial<BackupDeps> = {}) {
  return createBackupService({
    documentsDir: dir,
    stateFile: join(dir, 'state.json'),
    now: () => now,
    freeBytes: () => Promise.resolve(10 * 1024 * 1024 * 1024),
    ...overrides,
  });
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('writeBackup', () => {
  it('writes into Documents/Civic Desk, checks the hash read back and remembers the last backup', async () => {
    const backups = service();
    const result = await backups.write({ json, reason: 'manual' });
    const fileName = backupFileName(now, 'manual');
    expect(result).toEqual({ status: 'written', fileName, sha256: sha(json), at: now.toISOString() });
    const folder = defaultBackupFolder(dir);
    expect(await readFile(join(folder, fileName), 'utf8')).toBe(json);
    expect(await readdir(folder)).toEqual([fileName]); // no temporary file left behind
    expect(await backups.status()).toEqual({
      folder,
      last: { fileName, sha256: sha(json), at: now.toISOString(), reason: 'manual' },
    });
  });

  it('refuses to write on a nearly full disk, with a German message naming free and needed space', async () => {
    const backups = service({ freeBytes: () => Promise.resolve(LOW_DISK_RESERVE_BYTES) });
    const result = await backups.write({ json, reason: 'interval' });
    expect(result).toMatchObject({ status: 'failed', reason: 'lowDisk' });
    expect(result.status === 'failed' && result.message).toMatch(
      /Zu wenig freier Speicherplatz.*frei sind 50 MB.*nötig sind mindestens 51 MB/,
    );
    expect(await readdir(defaultBackupFolder(dir))).toEqual([]);
    expect((await backups.status()).last).toBeNull();
  });

  it('discards a backup whose bytes read back differently', async () => {
    const backups = service({
      readBack: () => Promise.resolve(new TextEncoder().encode('{"damaged":true}')),
    });
    const result = await backups.write({ json, reason: 'interval' });
    expect(result).toMatchObject({ status: 'failed', reason: 'verifyFailed' });
    expect(await readdir(defaultBackupFolder(dir))).toEqual([]);
  });

  it('reports a folder it cannot write to', async () => {
    await writeFile(join(dir, 'blocked'), 'a file, not a folder');
    const backups = service({ chooseFolder: () => Promise.resolve(join(dir, 'blocked')) });
    await backups.chooseFolder();
    const result = await backups.write({ json, reason: 'interval' });
    expect(result).toMatchObject({ status: 'failed', reason: 'writeFailed' });
    expect(result.status === 'failed' && result.message).toContain('blocked');
  });

  it('rotates: old hourly backups go, the newest stays, other files stay', async () => {
    const folder = defaultBackupFolder(dir);
    const backups = service();
    await backups.write({ json, reason: 'interval' }); // creates the folder
    const older = [0.1, 0.2, 0.3].map((hours) =>
      backupFileName(new Date(now.getTime() - hours * 3_600_000), 'interval'),
    );
    for (const name of older) await writeFile(join(folder, name), json);
    await writeFile(join(folder, 'liesmich.txt'), 'x');
    await backups.write({ json, reason: 'interval' });
    const files = await readdir(folder);
    expect(files).toContain(backupFileName(now, 'interval'));
    expect(files).toContain('liesmich.txt');
    for (const name of older) expect(files).not.toContain(name);
  });

  it('uses the chosen folder from then on, and reports every write', async () => {
    const onWritten = vi.fn();
    const chosen = join(dir, 'Sicherungen');
    const backups = service({ chooseFolder: () => Promise.resolve(chosen), onWritten });
    expect(await backups.chooseFolder()).toEqual({ status: 'chosen', folder: chosen });
    await backups.write({ json, reason: 'quit' });
    expect(await readdir(chosen)).toEqual([backupFileName(now, 'quit')]);
    expect(onWritten).toHaveBeenCalledWith(
      { json, reason: 'quit' },
      expect.objectContaining({ status: 'written' }),
    );
    expect((await service().status()).folder).toBe(chosen);
  });

  it('keeps the folder when the choice is cancelled', async () => {
    const backups = service({ chooseFolder: () => Promise.resolve(null) });
    expect(await backups.chooseFolder()).toEqual({ status: 'cancelled' });
    expect((await backups.status()).folder).toBe(defaultBackupFolder(dir));
  });
});
