import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, openCivicDeskDb, SCHEMA_V4 } from './db';
import { toDataError } from './dataErrors';

const NAME = 'civic-desk-newer-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Everything IndexedDB holds for a database: version, stores with their indexes, every row; as JSON text. */
async function snapshot(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const stores = [...idb.objectStoreNames].sort();
  const transaction = idb.transaction(stores, 'readonly');
  const tables: Record<string, unknown> = {};
  for (const store of stores) {
    const objectStore = transaction.objectStore(store);
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = objectStore.getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    tables[store] = { keyPath: objectStore.keyPath, indexes: [...objectStore.indexNames].sort(), rows };
  }
  const result = JSON.stringify({ version: idb.version, tables });
  idb.close();
  return result;
}

/** A database as a future build (CURRENT+1) might leave it: an index dropped, a table added, a new field. */
async function createNewerDatabase(): Promise<void> {
  const { posts: _posts, ...rest } = SCHEMA_V4;
  const newer = new Dexie(NAME);
  newer.version(CURRENT_SCHEMA_VERSION + 1).stores({
    ...rest,
    posts: 'id, scheduledAtUtc, status, campaignId, series.seriesId, priority',
    drafts2: 'id',
  });
  await newer.open();
  await newer.table('posts').add({ id: 'future-1', title: 'Aus der Zukunft', priority: 3, status: 'draft' });
  await newer.table('drafts2').add({ id: 'd1', text: 'neu' });
  newer.close();
}

describe('a database of a newer build', () => {
  it('is refused with errors.databaseNewer and left byte-for-byte unchanged', async () => {
    await createNewerDatabase();
    const before = await snapshot(NAME);
    expect(before).toContain(`"version":${(CURRENT_SCHEMA_VERSION + 1) * 10}`);

    const db = openCivicDeskDb(NAME);
    const opening = await db.open().then(
      () => null,
      (error: unknown) => error,
    );
    expect(opening).not.toBeNull();
    expect(toDataError(opening).messageKey).toBe('errors.databaseNewer');
    // A query after the refused open fails the same way and writes nothing either.
    const writing = await db.posts.put({ id: 'old-build' } as never).then(
      () => null,
      (error: unknown) => error,
    );
    expect(toDataError(writing).messageKey).toBe('errors.databaseNewer');
    db.close();

    expect(await snapshot(NAME)).toBe(before);
  });

  it('still opens databases of this and older versions', async () => {
    const db = openCivicDeskDb(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    await db.posts.count();
    db.close();
  });
});
