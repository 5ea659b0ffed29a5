/**
 * File system primitives of the desktop bridge: an atomic write (a crash or full disk never leaves a half-written
 * file in place of the old one), the same write after a low-disk check for the save operations, and a read with a
 * size cap.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, statfs, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES, type SaveFailure } from '../shared/ipc/contract';
import { decideDiskSpace } from '../shared/storage/spaceCheck';

export class FileTooLargeError extends Error {
  constructor(
    readonly filePath: string,
    readonly limitBytes: number,
  ) {
    super(`${basename(filePath)} is larger than ${Math.floor(limitBytes / (1024 * 1024))} MB.`);
    this.name = 'FileTooLargeError';
  }
}

/** Name of the temporary sibling a write goes to first; hidden, and recognisable if a crash leaves it behind. */
export function temporaryPathFor(targetPath: string): string {
  return join(dirname(targetPath), `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Windows refuses a rename while a virus scanner or indexer briefly holds the target; those errors pass. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 4 || !transient.has(errorCode(error) ?? '')) throw error;
      await new Promise((done) => setTimeout(done, 50 * 2 ** attempt));
    }
  }
}

/** Flushes the directory entry of a rename to disk (POSIX only; Windows cannot open directories). */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Best effort: some file systems refuse fsync on directories; the data itself is already on disk.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `bytes` to `targetPath` atomically: into a temporary file in the same directory, flushed to disk, then
 * renamed over the target. On any failure the temporary file is removed and an existing target stays untouched.
 */
export async function writeFileAtomic(targetPath: string, bytes: Uint8Array): Promise<void> {
  const temporaryPath = temporaryPathFor(targetPath);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporaryPath, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temporaryPath, targetPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(targetPath));
}

/** Free bytes on the volume holding `directory`, as this user may use them (statfs: available blocks × size). */
export async function statfsFreeBytes(directory: string): Promise<number> {
  const stats = await statfs(directory);
  return stats.bavail * stats.bsize;
}

/** Measures the free bytes of a folder's volume; statfs by default, injected in tests. */
export type FreeBytesOf = (directory: string) => Promise<number>;

export interface CheckedWriteDeps {
  /** Default: statfs of the target's folder. */
  freeBytes?: FreeBytesOf;
  /** The atomic write; injectable so a test can simulate a disk that fills up during the write. */
  write?: (targetPath: string, bytes: Uint8Array) => Promise<void>;
}

/** What a system error code looks like (the contract's rule); anything else is passed on as null. */
const SYSTEM_CODE = /^[A-Z0-9_]{1,40}$/;

/**
 * Writes a file the person chose in a save dialog, unless its volume is too full (`decideDiskSpace`, the rule the
 * backups use): then nothing is written and the failure says what is needed and what is free. A write that fails
 * anyway (no permission, a disk that filled up meanwhile) leaves no temporary file and the old target untouched.
 * A volume whose free space cannot be measured (statfs unsupported) is written to; the write itself stays atomic.
 */
export async function saveFileChecked(
  targetPath: string,
  bytes: Uint8Array,
  deps: CheckedWriteDeps = {},
): Promise<{ status: 'saved'; fileName: string } | SaveFailure> {
  const freeBytes = deps.freeBytes ?? statfsFreeBytes;
  const write = deps.write ?? writeFileAtomic;
  const directory = dirname(targetPath);
  const measured = await freeBytes(directory).then(
    (free) => (Number.isFinite(free) && free >= 0 ? free : null),
    () => null,
  );
  if (measured !== null) {
    const space = decideDiskSpace(measured, bytes.byteLength);
    if (!space.ok) {
      return {
        status: 'failed',
        reason: 'lowDisk',
        neededBytes: space.neededBytes,
        freeBytes: space.freeBytes,
      };
    }
  }
  try {
    await write(targetPath, bytes);
  } catch (error) {
    // ENOSPC or EDQUOT here: the disk filled up meanwhile or a user quota applies; the renderer says "full".
    const code = errorCode(error);
    return {
      status: 'failed',
      reason: 'writeFailed',
      code: code !== undefined && SYSTEM_CODE.test(code) ? code : null,
    };
  }
  return { status: 'saved', fileName: basename(targetPath) };
}

/**
 * Reads a whole regular file, refusing files over `maxBytes` before reading them. The result owns its buffer
 * exactly (no pooled slice), so it crosses IPC without dragging along foreign bytes.
 */
export async function readFileCapped(
  filePath: string,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<Uint8Array> {
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`${basename(filePath)} is not a regular file.`);
    if (stats.size > maxBytes) throw new FileTooLargeError(filePath, maxBytes);

    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.byteLength - filled, filled);
      if (bytesRead === 0) return bytes.slice(0, filled); // the file shrank while we read
      filled += bytesRead;
    }
    const probe = await handle.read(new Uint8Array(1), 0, 1, filled);
    if (probe.bytesRead > 0) throw new Error(`${basename(filePath)} changed while it was being read.`);
    return bytes;
  } finally {
    await handle.close();
  }
}
