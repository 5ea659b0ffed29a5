import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { servicePost, workspaceFile } from '../../../shared/exchange/testFixtures';
import { de } from '../../i18n/locales/de';
import { DataError } from './dataErrors';
import { db } from './db';
import { clearRestoreUndo } from '../workspace/restoreUndo';
import { byteSizeOf, ensureStorageFor } from './storageGuard';
import { seedDesk } from '../workspace/workspaceTestDesk';
import { exportWorkspace, lastRestoreBackupAt, restoreWorkspace } from '../workspace/workspaceRepository';

const MB = 1024 * 1024;
const now = new Date('2026-11-25T15:00:00Z');

function estimator(quota: number, usage: number) {
  return { estimate: () => Promise.resolve({ quota, usage }) };
}

describe('ensureStorageFor', () => {
  it('resolves when there is room and refuses with the needed and free megabytes when not', async () => {
    await expect(ensureStorageFor(MB, estimator(10_000 * MB, 0))).resolves.toBeUndefined();
    const refused = await ensureStorageFor(100 * MB, estimator(200 * MB, 150 * MB)).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DataError);
    expect((refused as DataError).messageKey).toBe('errors.storageLow');
    expect((refused as DataError).params).toEqual({ neededMb: 320, freeMb: 50 });
  });

  it('tries the write when the browser has no estimate or refuses to give one', async () => {
    await expect(ensureStorageFor(100 * MB, undefined)).resolves.toBeUndefined();
    const failing = { estimate: () => Promise.reject(new Error('not allowed')) };
    await expect(ensureStorageFor(100 * MB, failing)).resolves.toBeUndefined();
  });

  it('measures text as UTF-8', () => {
    expect(byteSizeOf('Straße')).toBe(7);
    expect(byteSizeOf(new Uint8Array(5))).toBe(5);
  });

  it('has a German message that names the sizes and says what to do', () => {
    expect(de.errors.storageLow).toContain('{{neededMb}}');
    expect(de.errors.storageLow).toContain('{{freeMb}}');
    expect(de.errors.storageLow).toMatch(/Speicherplatz frei/);
    expect(de.errors.storageLow).toMatch(/nichts verändert/);
  });
});

/** jsdom has no StorageManager: the test puts one in place. */
function useStorage(storage: ReturnType<typeof estimator>): void {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

describe('restoreWorkspace on a nearly full disk', () => {
  beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
  beforeEach(async () => {
    await db.open();
  });
  afterEach(async () => {
    Reflect.deleteProperty(navigator, 'storage');
    await db.delete();
    await clearRestoreUndo();
  });

  it('refuses before anything is written: no undo kept, the desk unchanged', async () => {
    await seedDesk();
    const before = (await exportWorkspace({ includeMedia: true }, now)).json;
    const file = JSON.stringify(workspaceFile([servicePost({ id: 'incoming', title: 'Neu' })]));
    useStorage(estimator(30 * MB, 29 * MB));

    const refused = await restoreWorkspace(
      file,
      { mode: 'replace', conflicts: {} },
      { actorId: 'ada', now },
    ).catch((error: unknown) => error);
    expect((refused as DataError).messageKey).toBe('errors.storageLow');
    expect(await lastRestoreBackupAt()).toBeNull();
    expect((await exportWorkspace({ includeMedia: true }, now)).json).toBe(before);
    expect(await db.posts.get('incoming')).toBeUndefined();
  });

  it('restores when there is room', async () => {
    await seedDesk();
    const file = JSON.stringify(workspaceFile([servicePost({ id: 'incoming', title: 'Neu' })]));
    useStorage(estimator(10_000 * MB, 0));
    const result = await restoreWorkspace(file, { mode: 'replace', conflicts: {} }, { actorId: 'ada', now });
    expect(result.ok).toBe(true);
    expect((await db.posts.get('incoming'))?.title).toBe('Neu');
  });
});
