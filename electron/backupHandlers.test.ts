import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { printToPdfResultSchema } from '../shared/ipc/contract';
import { createBackupHandlers } from './backupHandlers';
import { createBackupService } from './backups';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civic-desk-print-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setUp(savePath: string | null, freeBytes = () => Promise.resolve(10 * 1024 ** 3)) {
  const printPage = vi.fn(() => Promise.resolve(new TextEncoder().encode('%PDF-1.7 week plan')));
  const showSaveDialog = vi.fn(() =>
    Promise.resolve(savePath === null ? { canceled: true } : { canceled: false, filePath: savePath }),
  );
  const backups = createBackupService({
    documentsDir: dir,
    stateFile: join(dir, 's.json'),
    now: () => new Date(),
  });
  const handlers = createBackupHandlers({
    backups,
    dialogs: { showSaveDialog },
    documentsDir: dir,
    printPage,
    freeBytes,
  });
  return { handlers, printPage, showSaveDialog };
}

describe('printToPdf', () => {
  it('prints the calling window and saves the PDF where the person chooses', async () => {
    const target = join(dir, 'Wochenplan KW 49.pdf');
    const { handlers, printPage, showSaveDialog } = setUp(target);
    const result = await handlers.printToPdf({ suggestedName: 'Wochenplan KW 49.pdf' }, { webContentsId: 3 });
    expect(result).toEqual({ status: 'saved', fileName: 'Wochenplan KW 49.pdf' });
    expect(printPage).toHaveBeenCalledWith({ webContentsId: 3 });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: target,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 week plan');
  });

  it('saves no PDF on a nearly full drive and says what is needed and free', async () => {
    const target = join(dir, 'plan.pdf');
    const { handlers } = setUp(target, () => Promise.resolve(1024));
    const result = await handlers.printToPdf({ suggestedName: 'plan.pdf' });
    expect(result).toMatchObject({ status: 'failed', reason: 'lowDisk', freeBytes: 1024 });
    expect(printToPdfResultSchema.safeParse(result).success).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a cancelled save dialog', async () => {
    const { handlers } = setUp(null);
    await expect(handlers.printToPdf({ suggestedName: 'plan.pdf' })).resolves.toEqual({
      status: 'cancelled',
    });
  });
});
