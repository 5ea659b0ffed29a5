import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileCapped, temporaryPathFor, writeFileAtomic } from './files';

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
