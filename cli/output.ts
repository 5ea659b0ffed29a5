/**
 * Writing what `civic-desk export` made: to stdout, to one file, or one file per network into a folder. A file is
 * written beside its target under a temporary name and renamed into place, so a failed write never leaves half a
 * file under the name, and whatever fails (the write, the rename), the temporary file is removed. A target that
 * is one of the command's input files (by any path: symbolic or hard link, another spelling) is refused before
 * anything is written.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { systemMessage } from './input';

export class OutputError extends Error {}

function statOrNull(path: string): { dev: number; ino: number } | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Whether `a` and `b` name the same file (the same inode, or the same real path). */
export function sameFile(a: string, b: string): boolean {
  if (a === '-' || b === '-') return false;
  const [statA, statB] = [statOrNull(a), statOrNull(b)];
  if (statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino) return true;
  const [realA, realB] = [realOrNull(a), realOrNull(b)];
  if (realA !== null && realA === realB) return true;
  // A target that does not exist yet: its folder's real path and its name.
  const folderB = realOrNull(dirname(resolve(b)));
  return realA !== null && folderB !== null && join(folderB, basename(b)) === realA;
}

/** Refuses `target` when it is one of `inputs`. */
export function refuseInputAsTarget(target: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(input, target)) {
      throw new OutputError(`--out ${target} is the input file ${input}: choose another name`);
    }
  }
}

/** Writes `bytes` to `path` through a temporary file beside it and one rename. */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(
    dirname(resolve(path)),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.part`,
  );
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Already closed or never usable: nothing more to do.
      }
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Not created, or already renamed away.
    }
    throw new OutputError(`cannot write ${path} (${systemMessage(error)})`);
  }
}

/** Creates the folder `path` if needed and writes each file into it (refusing names that leave the folder). */
export function writeFolder(
  path: string,
  files: readonly { name: string; bytes: Uint8Array }[],
  inputs: readonly string[],
): string[] {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new OutputError(`cannot create the folder ${path} (${systemMessage(error)})`);
  }
  const written: string[] = [];
  for (const file of files) {
    if (basename(file.name) !== file.name || file.name === '.' || file.name === '..') {
      throw new OutputError(`refusing the file name "${file.name}"`);
    }
    const target = join(path, file.name);
    refuseInputAsTarget(target, inputs);
    writeFileAtomically(target, file.bytes);
    written.push(target);
  }
  return written;
}
