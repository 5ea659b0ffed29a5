/**
 * Is there room for a big write (a restore, an import, marking an export)? A pure decision over what the browser
 * estimates (`navigator.storage.estimate()`: quota and usage of this origin) and the size the write is expected to
 * take. IndexedDB keeps the rows, their index entries and, until the commit, the transaction's journal: the write
 * needs a multiple of its payload, plus a reserve so the desk can still save drafts afterwards.
 *
 * The same question for a file the desktop writes to disk (backups, export saves) is `decideDiskSpace` below: the
 * free bytes come from statfs of the target folder instead of the browser's estimate.
 */

/** What `StorageManager.estimate()` returns; both fields are optional there. */
export interface StorageEstimateLike {
  quota?: number;
  usage?: number;
}

/** Rows + indexes + the journal of the open transaction. */
export const SPACE_FACTOR = 3;
/** Room left for everyday saving after the write. */
export const SPACE_RESERVE_BYTES = 20 * 1024 * 1024;

export type SpaceDecision =
  { ok: true; freeBytes: number | null } | { ok: false; neededBytes: number; freeBytes: number };

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * `ok: false` when the origin's free space (quota − usage) is below what the write needs. An unknown estimate (no
 * API, no numbers) is `ok` with `freeBytes: null`: the write is tried, and a quota error still becomes a clear
 * message (`errors.storageFull`) with nothing written, as IndexedDB aborts the whole transaction.
 */
export function decideSpace(estimate: StorageEstimateLike | null, expectedBytes: number): SpaceDecision {
  if (!isSize(expectedBytes))
    throw new RangeError(`expectedBytes must be a size in bytes: ${String(expectedBytes)}`);
  if (estimate === null || !isSize(estimate.quota) || !isSize(estimate.usage)) {
    return { ok: true, freeBytes: null };
  }
  const freeBytes = Math.max(0, estimate.quota - estimate.usage);
  const neededBytes = Math.ceil(expectedBytes * SPACE_FACTOR) + SPACE_RESERVE_BYTES;
  return freeBytes >= neededBytes ? { ok: true, freeBytes } : { ok: false, neededBytes, freeBytes };
}

/** Megabytes for a message, rounded up (never "0 MB needed"). */
export function toMegabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}

/**
 * A file written to disk by the desktop (a backup, an export, a PDF) goes to a temporary sibling first and is
 * renamed over the target (electron/files.ts): while an existing file is replaced both are on disk, hence twice
 * the size.
 */
export const DISK_SPACE_FACTOR = 2;
/** Headroom kept free on the disk beyond that, so the system and the desk's own database can still write. */
export const DISK_RESERVE_BYTES = 50 * 1024 * 1024;

/**
 * The low-disk rule of every file the desktop writes: `ok: false` when the free bytes of the target volume (statfs)
 * are below twice the file's size plus the reserve. Shared by backups and export saves, so both refuse alike.
 */
export function decideDiskSpace(freeBytes: number, fileBytes: number): SpaceDecision {
  if (!isSize(fileBytes)) throw new RangeError(`fileBytes must be a size in bytes: ${String(fileBytes)}`);
  if (!isSize(freeBytes)) throw new RangeError(`freeBytes must be a size in bytes: ${String(freeBytes)}`);
  const neededBytes = DISK_SPACE_FACTOR * fileBytes + DISK_RESERVE_BYTES;
  return freeBytes >= neededBytes ? { ok: true, freeBytes } : { ok: false, neededBytes, freeBytes };
}
