import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFileResultSchema } from '../shared/ipc/contract';
import { DISK_RESERVE_BYTES } from '../shared/storage/spaceCheck';
import {
  FileTooLargeError,
  readFileCapped,
  saveFileChecked,
  statfsFreeBytes,
  temporaryPathFor,
  writeFileAtomic,
} from './files';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civic-desk-files-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file', async () => {
    const target = join(dir, 'plan.json');
    await writeFileAtomic(target, bytes('{"posts":[]}'));
    expect(await readFile(target, 'utf8')).toBe('{"posts":[]}');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'plan.json');
    await writeFile(target, 'an old and much longer content');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('writes binary content and empty files byte for byte', async () => {
    const target = join(dir, 'data.bin');
    const content = Uint8Array.from({ length: 70_000 }, (_, index) => index % 256);
    await writeFileAtomic(target, content);
    expect(new Uint8Array(await readFile(target))).toEqual(content);
    await writeFileAtomic(target, new Uint8Array());
    expect((await readFile(target)).byteLength).toBe(0);
  });

  it('leaves the old file intact and removes the temporary file when writing fails', async () => {
    const target = join(dir, 'plan.json');
    await writeFile(target, 'old content');
    // Data the file handle cannot write: the failure happens after the temporary file was created.
    const notBytes = { length: 3 } as unknown as Uint8Array;
    await expect(writeFileAtomic(target, notBytes)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('leaves the old content intact and cleans up when the rename fails', async () => {
    // A directory with content cannot be replaced by a file: the rename fails after the data was written.
    const target = join(dir, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(target, bytes('new'))).rejects.toThrow();
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['occupied']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'plan.json'), bytes('x'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the temporary file as a hidden sibling of the target', () => {
    const target = join(dir, 'plan.json');
    const temporary = temporaryPathFor(target);
    expect(temporary.startsWith(join(dir, '.plan.json.'))).toBe(true);
    expect(temporary.endsWith('.tmp')).toBe(true);
    expect(temporaryPathFor(target)).not.toBe(temporary);
  });
});

describe('readFileCapped', () => {
  it('reads a file into a Uint8Array that owns exactly its bytes', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'Hallo Rathaus');
    const result = await readFileCapped(file);
    expect(result).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result)).toBe('Hallo Rathaus');
    expect(result.byteOffset).toBe(0);
    expect(result.buffer.byteLength).toBe(result.byteLength);
  });

  it('reads an empty file', async () => {
    const file = join(dir, 'empty');
    await writeFile(file, '');
    expect((await readFileCapped(file)).byteLength).toBe(0);
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const file = join(dir, 'big.bin');
    await writeFile(file, new Uint8Array(1024));
    expect((await readFileCapped(file, 1024)).byteLength).toBe(1024);
    await expect(readFileCapped(file, 1023)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('refuses directories and reports missing files', async () => {
    await expect(readFileCapped(dir)).rejects.toThrow(/not a regular file/);
    await expect(readFileCapped(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe("saveFileChecked (export saves with the backups' low-disk rule)", () => {
  const content = bytes('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  const needed = 2 * content.byteLength + DISK_RESERVE_BYTES;

  it('refuses a nearly full volume: nothing written, no temporary file, an existing file untouched', async () => {
    const target = join(dir, 'plan.ics');
    await writeFile(target, 'the old plan');
    const freeBytes = vi.fn(() => Promise.resolve(needed - 1));
    const result = await saveFileChecked(target, content, { freeBytes });
    expect(result).toEqual({
      status: 'failed',
      reason: 'lowDisk',
      neededBytes: needed,
      freeBytes: needed - 1,
    });
    expect(saveFileResultSchema.parse(result)).toEqual(result);
    expect(freeBytes).toHaveBeenCalledExactlyOnceWith(dir); // the folder the person chose, not Documents
    expect(await readFile(target, 'utf8')).toBe('the old plan');
    expect(await readdir(dir)).toEqual(['plan.ics']);
  });

  it('writes when the volume has exactly what the rule asks for', async () => {
    const target = join(dir, 'plan.ics');
    const result = await saveFileChecked(target, content, { freeBytes: () => Promise.resolve(needed) });
    expect(result).toEqual({ status: 'saved', fileName: 'plan.ics' });
    expect(new Uint8Array(await readFile(target))).toEqual(content);
    expect(await readdir(dir)).toEqual(['plan.ics']);
  });

  it('measures with statfs by default', async () => {
    expect(await statfsFreeBytes(dir)).toBeGreaterThan(0);
    const result = await saveFileChecked(join(dir, 'echt.ics'), content);
    expect(result).toEqual({ status: 'saved', fileName: 'echt.ics' });
  });

  it('still writes (atomically) when the free space cannot be measured', async () => {
    const target = join(dir, 'netz.ics');
    const unknown = () => Promise.reject(Object.assign(new Error('statfs'), { code: 'ENOSYS' }));
    expect(await saveFileChecked(target, content, { freeBytes: unknown })).toEqual({
      status: 'saved',
      fileName: 'netz.ics',
    });
  });

  it('reports a failed write with its system code and leaves no temporary file', async () => {
    await mkdir(join(dir, 'Ordner'));
    const plenty = () => Promise.resolve(10 * 1024 ** 3);
    // The rename over a folder fails after the temporary file was written.
    const overFolder = await saveFileChecked(join(dir, 'Ordner'), content, { freeBytes: plenty });
    expect(overFolder).toMatchObject({ status: 'failed', reason: 'writeFailed' });
    expect(overFolder.status === 'failed' && overFolder.reason === 'writeFailed' && overFolder.code).toMatch(
      /^E[A-Z]+$/,
    );
    expect(await readdir(dir)).toEqual(['Ordner']);

    const missing = await saveFileChecked(join(dir, 'fehlt', 'plan.ics'), content, { freeBytes: plenty });
    expect(missing).toEqual({ status: 'failed', reason: 'writeFailed', code: 'ENOENT' });
    expect(saveFileResultSchema.parse(missing)).toEqual(missing);
  });

  it('passes on a disk that filled up during the write as writeFailed ENOSPC', async () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const result = await saveFileChecked(join(dir, 'plan.ics'), content, {
      freeBytes: () => Promise.resolve(needed),
      write: () => Promise.reject(full),
    });
    expect(result).toEqual({ status: 'failed', reason: 'writeFailed', code: 'ENOSPC' });
  });
});
