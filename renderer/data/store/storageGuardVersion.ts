/**
 * An older build must never write into a database that a newer build has upgraded. IndexedDB refuses to open a
 * database at a lower version than it has (VersionError), but Dexie 4 then retries without a version, opens the
 * newer database as it is and, when its declared schema differs, "patches" it with a version of its own: a write.
 *
 * `refusingNewerVersions` wraps the IndexedDB factory Dexie uses. Dexie asks for a database without a version only
 * in that retry (our database always declares its versions), so such a request is answered with an open at
 * version 1, which IndexedDB refuses with a VersionError without touching anything. `db.open()` then fails with
 * Dexie's VersionError, which `toDataError` turns into `errors.databaseNewer`.
 */
export function refusingNewerVersions(factory: IDBFactory): IDBFactory {
  return {
    open: (name: string, version?: number) =>
      version === undefined ? factory.open(name, 1) : factory.open(name, version),
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (first: unknown, second: unknown) => factory.cmp(first, second),
    databases: () => factory.databases(),
  };
}

/** Dexie options with the guarded factory, when this runtime has IndexedDB (Node without it gets none). */
export function guardedIndexedDbOption(): { indexedDB?: IDBFactory } {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  return factory ? { indexedDB: refusingNewerVersions(factory) } : {};
}
