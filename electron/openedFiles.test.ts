import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkOpenedPath,
  checkOpenedStats,
  civicDeskPathsFromArgv,
  createOpenedFileQueue,
  describeRefusal,
  MAX_QUEUED_FILES,
  openThroughDialog,
  OPEN_MENU_FILTERS,
  readOpenedFile,
  type ReadOpenedResult,
} from './openedFiles';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civic-desk-opened-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const home = process.platform === 'win32' ? 'C:\\Users\\anna' : '/home/anna';

describe('civicDeskPathsFromArgv', () => {
  it('finds the .civicdesk file of a double-click start and skips the executable and switches', () => {
    const file = join(home, 'Freigabe.civicdesk');
    expect(
      civicDeskPathsFromArgv(
        ['--allow-file-access-from-files', file, '--original-process-start-time=1'],
        home,
      ),
    ).toEqual([file]);
  });

  it('skips the app folder of a development start and arguments without the extension', () => {
    expect(civicDeskPathsFromArgv(['.', 'notes.json', join(home, 'x.civicdesk.txt')], home)).toEqual([]);
  });

  it('takes relative paths relative to the folder the command ran in', () => {
    expect(civicDeskPathsFromArgv(['anfrage.civicdesk'], home)).toEqual([join(home, 'anfrage.civicdesk')]);
  });

  it('accepts the extension in any case and drops duplicates, keeping order', () => {
    const a = join(home, 'A.CIVICDESK');
    const b = join(home, 'b.civicdesk');
    expect(civicDeskPathsFromArgv([a, b, a], home)).toEqual([a, b]);
  });

  it('turns file:// URLs (Linux desktops pass %U) into paths and ignores broken ones', () => {
    const file = join(dir, 'Entscheidung mit Leerzeichen.civicdesk');
    expect(
      civicDeskPathsFromArgv([pathToFileURL(file).href, 'file://host-elsewhere/x.civicdesk'], home),
    ).toEqual(process.platform === 'win32' ? [file, '\\\\host-elsewhere\\x.civicdesk'] : [file]);
  });

  it('ignores an argument with a NUL byte', () => {
    expect(civicDeskPathsFromArgv([`${home}/a\0.civicdesk`], home)).toEqual([]);
  });
});

describe('checkOpenedPath', () => {
  it('accepts an absolute .civicdesk path', () => {
    expect(checkOpenedPath(join(home, 'a.civicdesk'))).toEqual({ ok: true });
  });

  it.each([
    ['a relative path', 'a.civicdesk', 'notAbsolute'],
    ['a NUL byte', `${join(home, 'a')}\0.civicdesk`, 'notAbsolute'],
    ['another extension', join(home, 'a.json'), 'wrongExtension'],
    ['no extension', join(home, 'civicdesk'), 'wrongExtension'],
  ])('refuses %s', (_name, path, reason) => {
    expect(checkOpenedPath(path)).toEqual({ ok: false, reason });
  });
});

describe('checkOpenedStats', () => {
  const file = (size: number) => ({ isFile: () => true, size });
  it('accepts a regular file up to the cap', () => {
    expect(checkOpenedStats(file(100), 100)).toEqual({ ok: true });
  });
  it('refuses a larger file, a folder or a device', () => {
    expect(checkOpenedStats(file(101), 100)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(checkOpenedStats({ isFile: () => false, size: 0 })).toEqual({ ok: false, reason: 'notAFile' });
  });
  it('caps at 100 MB by default', () => {
    expect(checkOpenedStats(file(100 * 1024 * 1024))).toEqual({ ok: true });
    expect(checkOpenedStats(file(100 * 1024 * 1024 + 1))).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('readOpenedFile', () => {
  it('reads a file with its name', async () => {
    const path = join(dir, 'anfrage.civicdesk');
    await writeFile(path, '{"format":"civic-desk-review"}');
    const result = await readOpenedFile(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.fileName).toBe('anfrage.civicdesk');
    expect(new TextDecoder().decode(result.file.bytes)).toBe('{"format":"civic-desk-review"}');
  });

  it('refuses a folder named like a review file, a file over the cap, a missing file', async () => {
    const folder = join(dir, 'ordner.civicdesk');
    await mkdir(folder);
    const big = join(dir, 'gross.civicdesk');
    await writeFile(big, new Uint8Array(11));
    expect(await readOpenedFile(folder)).toEqual({ ok: false, reason: 'notAFile' });
    expect(await readOpenedFile(big, 10)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(await readOpenedFile(join(dir, 'fehlt.civicdesk'))).toEqual({ ok: false, reason: 'unreadable' });
    expect(await readOpenedFile(join(dir, 'x.json'))).toEqual({ ok: false, reason: 'wrongExtension' });
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without opening it', async () => {
    const { execFileSync } = await import('node:child_process');
    const fifo = join(dir, 'pipe.civicdesk');
    execFileSync('mkfifo', [fifo]);
    expect(await readOpenedFile(fifo)).toEqual({ ok: false, reason: 'notAFile' });
  });
});

describe('describeRefusal', () => {
  it('names the file and what is wrong, in German', () => {
    expect(describeRefusal('/x/gross.civicdesk', 'tooLarge')).toBe(
      '„gross.civicdesk“ kann nicht geöffnet werden: Die Datei ist größer als 100 MB.',
    );
    expect(describeRefusal('/x/a.pdf', 'wrongExtension')).toMatch(/„a.pdf“.*Endung \.civicdesk/);
    for (const reason of ['notAbsolute', 'notAFile', 'unreadable'] as const) {
      expect(describeRefusal('/x/a.civicdesk', reason)).toMatch(/^„a.civicdesk“ kann nicht/);
    }
  });
});

function file(name: string): ReadOpenedResult {
  return { ok: true, file: { fileName: name, bytes: new TextEncoder().encode(name) } };
}

describe('createOpenedFileQueue', () => {
  it('keeps files until they are taken, then hands each over once, oldest first', async () => {
    const onQueued = vi.fn();
    const queue = createOpenedFileQueue({
      read: (path) => Promise.resolve(file(path)),
      onQueued,
      onRefused: vi.fn(),
    });
    await queue.add(['/a.civicdesk']);
    await queue.add(['/b.civicdesk', '/c.civicdesk']);
    expect(onQueued).toHaveBeenCalledTimes(2);
    expect(queue.size).toBe(3);
    expect(queue.take().map((entry) => entry.fileName)).toEqual([
      '/a.civicdesk',
      '/b.civicdesk',
      '/c.civicdesk',
    ]);
    expect(queue.take()).toEqual([]);
    expect(queue.size).toBe(0);
  });

  it('reports refused files with a message and does not signal when nothing was queued', async () => {
    const onQueued = vi.fn();
    const onRefused = vi.fn();
    const queue = createOpenedFileQueue({
      read: () => Promise.resolve({ ok: false, reason: 'tooLarge' }),
      onQueued,
      onRefused,
    });
    await queue.add(['/x/gross.civicdesk']);
    expect(onQueued).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledExactlyOnceWith(
      '/x/gross.civicdesk',
      expect.stringContaining('größer als 100 MB'),
    );
    expect(queue.take()).toEqual([]);
  });

  it('drops files beyond the cap, saying so', async () => {
    const onRefused = vi.fn();
    const queue = createOpenedFileQueue({
      read: (path) => Promise.resolve(file(path)),
      onQueued: vi.fn(),
      onRefused,
    });
    const paths = Array.from({ length: MAX_QUEUED_FILES + 2 }, (_, index) => `/f${index}.civicdesk`);
    await queue.add(paths);
    expect(queue.size).toBe(MAX_QUEUED_FILES);
    expect(onRefused).toHaveBeenCalledTimes(2);
    expect(onRefused).toHaveBeenLastCalledWith(paths.at(-1), expect.stringMatching(/zu viele Dateien/));
  });

  it('reads real files by default', async () => {
    const path = join(dir, 'echt.civicdesk');
    await writeFile(path, 'inhalt');
    const queue = createOpenedFileQueue({ onQueued: vi.fn(), onRefused: vi.fn() });
    await queue.add([path]);
    const [taken] = queue.take();
    expect(taken?.fileName).toBe('echt.civicdesk');
    expect(new TextDecoder().decode(taken?.bytes)).toBe('inhalt');
  });
});

describe('openThroughDialog (File › Open)', () => {
  it('offers .civicdesk files from Documents and queues the chosen one', async () => {
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: ['/d/a.civicdesk'] }));
    const add = vi.fn(() => Promise.resolve());
    await openThroughDialog({ showOpenDialog }, '/d', { add });
    expect(showOpenDialog).toHaveBeenCalledWith({ defaultPath: '/d', filters: OPEN_MENU_FILTERS });
    expect(OPEN_MENU_FILTERS).toEqual([{ name: 'Civic Desk Freigabedatei', extensions: ['civicdesk'] }]);
    expect(add).toHaveBeenCalledWith(['/d/a.civicdesk']);
  });

  it('queues nothing when the dialog is cancelled', async () => {
    const add = vi.fn(() => Promise.resolve());
    await openThroughDialog(
      { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
      '/d',
      { add },
    );
    expect(add).not.toHaveBeenCalled();
  });
});
