/**
 * Reading what the command line is given, with limits: a regular file (or stdin) of at most MAX_INPUT_BYTES,
 * never a device, folder or named pipe, and text only as valid UTF-8 (refused, never replaced), as the app's
 * restore reads it. Every refusal is an InputError with one line of text.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_INPUT_BYTES } from '../shared/exchange/cliUsage';
import { decodeUtf8Strict } from '../shared/exchange/decodeUtf8';

export class InputError extends Error {}

const MIB = 1024 * 1024;
const CHUNK = MIB;

function tooLarge(limit: number): InputError {
  return new InputError(`larger than ${limit / MIB} MiB, the most civic-desk reads`);
}

function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads `fd` to its end, refusing more than `limit` bytes (also for files that grow or lie about their size). */
function readAll(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const count = readSync(fd, chunk, 0, CHUNK, null);
    if (count === 0) break;
    total += count;
    if (total > limit) throw tooLarge(limit);
    chunks.push(count === CHUNK ? chunk : chunk.subarray(0, count));
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** The bytes of the regular file `path`. */
export function readFileBytes(path: string, limit = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so opening a named pipe without a writer does not wait forever before it can be refused.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(`cannot read the file (${systemMessage(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind !== null) throw new InputError(`${kind}, not a file: civic-desk reads regular files only`);
    if (stats.size > limit) throw tooLarge(limit);
    return readAll(fd, limit);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the file (${systemMessage(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** Everything on stdin: a file or a pipe that ends within the limit; a terminal or a device is refused. */
export async function readStdin(limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const stats = fstatSync(0);
  if (process.stdin.isTTY) throw new InputError('stdin is a terminal: pipe a file in or pass --in FILE');
  if (stats.isCharacterDevice() || stats.isBlockDevice() || stats.isDirectory()) {
    throw new InputError('stdin is a device, not a file: civic-desk reads regular files and pipes only');
  }
  if (stats.isFile()) {
    if (stats.size > limit) throw tooLarge(limit);
    return readAll(0, limit);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (total > limit) {
      process.stdin.destroy();
      throw tooLarge(limit);
    }
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** UTF-8 text (a leading byte order mark dropped) as the app's restore decodes it, or an InputError. */
export function decodeUtf8(bytes: Uint8Array): string {
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) throw new InputError(decoded.message);
  return decoded.text;
}

export function systemMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const messages: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'a folder',
      ENOTDIR: 'a part of the path is not a folder',
      ELOOP: 'too many symbolic links',
      ENAMETOOLONG: 'the name is too long',
      ENOSPC: 'no space left on the disk',
      EROFS: 'the disk is read-only',
    };
    return (
      (code !== undefined ? messages[code] : undefined) ?? error.message.split('\n')[0] ?? code ?? 'error'
    );
  }
  return String(error);
}
