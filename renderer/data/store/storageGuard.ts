/**
 * The low-disk check before a big write in the renderer (restore, import, marking an export): asks the browser
 * how much this origin may still store and refuses with `errors.storageLow` (needed and free megabytes) before
 * anything is written. The decision itself is pure: shared/storage/spaceCheck.ts.
 */
import { decideSpace, toMegabytes, type StorageEstimateLike } from '../../../shared/storage/spaceCheck';
import { DataError } from './dataErrors';

export interface StorageEstimator {
  estimate(): Promise<StorageEstimateLike>;
}

function browserStorage(): StorageEstimator | undefined {
  const storage = (globalThis.navigator as { storage?: Partial<StorageEstimator> } | undefined)?.storage;
  return typeof storage?.estimate === 'function' ? (storage as StorageEstimator) : undefined;
}

async function estimateOf(storage: StorageEstimator | undefined): Promise<StorageEstimateLike | null> {
  if (storage === undefined) return null;
  try {
    return await storage.estimate();
  } catch {
    // Some browsers refuse the estimate (private windows); the write is then tried and a quota error caught.
    return null;
  }
}

/** Throws DataError('errors.storageLow') when `expectedBytes` would not fit; resolves otherwise. */
export async function ensureStorageFor(
  expectedBytes: number,
  storage: StorageEstimator | undefined = browserStorage(),
): Promise<void> {
  const decision = decideSpace(await estimateOf(storage), expectedBytes);
  if (decision.ok) return;
  throw new DataError('errors.storageLow', {
    params: { neededMb: toMegabytes(decision.neededBytes), freeMb: toMegabytes(decision.freeBytes) },
  });
}

/** The size of a file's content in bytes (text as UTF-8). */
export function byteSizeOf(content: Uint8Array | string): number {
  return typeof content === 'string' ? new TextEncoder().encode(content).byteLength : content.byteLength;
}
