/**
 * File system primitives of the desktop bridge: an atomic write (a crash or full disk never leaves a half-written
 * file in place of the old one) and a read with a size cap.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../shared/ipc/contract';

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
