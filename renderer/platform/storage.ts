/** Persistent storage: asked for at start-up, so the browser does not evict the desk's data under pressure. */

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export interface StorageStatus {
  persistence: PersistenceState;
  /** Bytes used and available to this origin, when the browser tells. */
  usage: number | null;
  quota: number | null;
}

/** `navigator.storage` is missing outside secure contexts and in some embedded browsers, hence `undefined`. */
export async function requestPersistentStorage(
  storage: StorageManager | undefined,
): Promise<PersistenceState> {
  if (storage === undefined) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

export async function readStorageStatus(storage: StorageManager | undefined): Promise<StorageStatus> {
  if (storage === undefined) return { persistence: 'unsupported', usage: null, quota: null };
  try {
    const persistence: PersistenceState = (await storage.persisted()) ? 'granted' : 'denied';
    const estimate = await storage.estimate();
    return { persistence, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
  } catch {
    return { persistence: 'unsupported', usage: null, quota: null };
  }
}
