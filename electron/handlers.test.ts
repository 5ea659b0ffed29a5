import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFileResultSchema } from '../shared/ipc/contract';
import { DISK_RESERVE_BYTES } from '../shared/storage/spaceCheck';
import { createDesktopHandlers, type DesktopDialogs } from './handlers';

let documentsDir: string;

beforeEach(async () => {
  documentsDir = await mkdtemp(join(tmpdir(), 'civic-desk-handlers-'));
});

afterEach(async () => {
  await rm(documentsDir, { recursive: true, force: true });
});

function setUp(
  dialogs: Partial<DesktopDialogs>,
  maxFileBytes?: number,
  freeBytes: (folder: string) => Promise<number> = () => Promise.resolve(10 * 1024 ** 3),
) {
  const fakeDialogs: DesktopDialogs = {
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })),
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })),
    ...dialogs,
  };
  const handlers = createDesktopHandlers({
    dialogs: fakeDialogs,
    app: { getName: () => 'Civic Desk', getVersion: () => '0.1.0' },
    documentsDir,
    openExternal: (url) =>
      Promise.resolve(
        url.includes('cancel') ? { status: 'cancelled' as const } : { status: 'opened' as const },
      ),
    ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
    freeBytes,
  });
  return { handlers, dialogs: fakeDialogs };
}

const backupFilter = { name: 'Sicherung', extensions: ['json'] };

describe('getAppInfo', () => {
  it('reports name, version and the desktop runtime', async () => {
    const { handlers } = setUp({});
    await expect(handlers.getAppInfo()).resolves.toEqual({
      name: 'Civic Desk',
      version: '0.1.0',
      runtime: 'desktop',
    });
  });
});

describe('saveFile', () => {
  it('suggests the name in Documents, then writes the bytes where the user chose', async () => {
    const chosen = join(documentsDir, 'sicherung-2026.json');
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: chosen }));
    const { handlers } = setUp({ showSaveDialog });

    const result = await handlers.saveFile({
      suggestedName: 'sicherung.json',
      bytes: new TextEncoder().encode('{"v":1}'),
      filters: [backupFilter],
    });

    expect(result).toEqual({ status: 'saved', fileName: 'sicherung-2026.json' });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(documentsDir, 'sicherung.json'),
      filters: [backupFilter],
    });
    expect(await readFile(chosen, 'utf8')).toBe('{"v":1}');
    expect(await readdir(documentsDir)).toEqual(['sicherung-2026.json']);
  });

  it('overwrites an existing file the user confirmed', async () => {
    const chosen = join(documentsDir, 'plan.json');
    await writeFile(chosen, 'old');
    const { handlers } = setUp({
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen }),
    });
    await handlers.saveFile({
      suggestedName: 'plan.json',
      bytes: new TextEncoder().encode('new'),
      filters: [],
    });
    expect(await readFile(chosen, 'utf8')).toBe('new');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers } = setUp({});
    const result = await handlers.saveFile({
      suggestedName: 'x.json',
      bytes: new Uint8Array([1]),
      filters: [],
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it('refuses a nearly full drive with what is needed and free, and writes nothing', async () => {
    const folder = join(documentsDir, 'USB-Stick');
    await mkdir(folder);
    const chosen = join(folder, 'plan.zip');
    await writeFile(chosen, 'previous export');
    const freeBytes = vi.fn(() => Promise.resolve(12 * 1024 * 1024));
    const { handlers } = setUp(
      { showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen }) },
      undefined,
      freeBytes,
    );
    const result = await handlers.saveFile({
      suggestedName: 'plan.zip',
      bytes: new Uint8Array(1024 * 1024),
      filters: [],
    });
    expect(result).toEqual({
      status: 'failed',
      reason: 'lowDisk',
      neededBytes: 2 * 1024 * 1024 + DISK_RESERVE_BYTES,
      freeBytes: 12 * 1024 * 1024,
    });
    expect(saveFileResultSchema.safeParse(result).success).toBe(true);
    expect(freeBytes).toHaveBeenCalledExactlyOnceWith(folder);
    expect(await readdir(folder)).toEqual(['plan.zip']);
    expect(await readFile(chosen, 'utf8')).toBe('previous export');
  });

  it('treats an empty chosen path as cancelled', async () => {
    const { handlers } = setUp({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '' }) });
    const result = await handlers.saveFile({
      suggestedName: 'x.json',
      bytes: new Uint8Array([1]),
      filters: [],
    });
    expect(result).toEqual({ status: 'cancelled' });
  });
});

describe('openFile', () => {
  it('starts in Documents and returns the chosen file as bytes', async () => {
    const file = join(documentsDir, 'import.json');
    await writeFile(file, '[1,2,3]');
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: [file] }));
    const { handlers } = setUp({ showOpenDialog });

    const result = await handlers.openFile({ filters: [backupFilter] });

    expect(showOpenDialog).toHaveBeenCalledWith({ defaultPath: documentsDir, filters: [backupFilter] });
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.fileName).toBe('import.json');
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.bytes)).toBe('[1,2,3]');
  });

  it('returns cancelled when the dialog is cancelled or nothing was picked', async () => {
    const { handlers } = setUp({});
    await expect(handlers.openFile({ filters: [] })).resolves.toEqual({ status: 'cancelled' });
    const empty = setUp({ showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [] }) });
    await expect(empty.handlers.openFile({ filters: [] })).resolves.toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the size limit', async () => {
    const file = join(documentsDir, 'huge.bin');
    await writeFile(file, new Uint8Array(2 * 1024 * 1024 + 1));
    const picked = () => Promise.resolve({ canceled: false, filePaths: [file] });
    const { handlers } = setUp({ showOpenDialog: picked }, 2 * 1024 * 1024);
    await expect(handlers.openFile({ filters: [] })).rejects.toThrow('huge.bin is larger than 2 MB.');
  });

  it('fails with a clear error when the chosen file has vanished', async () => {
    const gone = join(documentsDir, 'gone.json');
    const { handlers } = setUp({
      showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [gone] }),
    });
    await expect(handlers.openFile({ filters: [] })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('openExternal', () => {
  it('hands the link to the injected opener and returns its answer', async () => {
    const { handlers } = setUp({});
    await expect(handlers.openExternal('https://www.berlin.de/')).resolves.toEqual({ status: 'opened' });
    await expect(handlers.openExternal('https://example.org/cancel')).resolves.toEqual({
      status: 'cancelled',
    });
  });
});
