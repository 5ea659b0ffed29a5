/**
 * The desktop operations of issue 6: backups (writeBackup, backupStatus, chooseBackupFolder) and printToPdf.
 * Electron's printing and dialogs are injected, so tests drive them with fakes and a temporary directory.
 */
import { join } from 'node:path';
import type { DesktopCaller, DesktopHandlers } from '../shared/ipc/contract';
import type { BackupService } from './backups';
import { saveFileChecked, type FreeBytesOf } from './files';
import type { DesktopDialogs } from './handlers';

/** PDF printing options of the week plan: A4 landscape with backgrounds (row shading, status colours). */
export const WEEK_PLAN_PDF_OPTIONS = { landscape: true, pageSize: 'A4', printBackground: true } as const;

export interface BackupHandlerDeps {
  backups: BackupService;
  dialogs: Pick<DesktopDialogs, 'showSaveDialog'>;
  documentsDir: string;
  /** Prints the caller's window to PDF bytes (webContents.printToPDF with WEEK_PLAN_PDF_OPTIONS). */
  printPage: (caller: DesktopCaller | undefined) => Promise<Uint8Array>;
  /** Free bytes of a folder's volume for the low-disk check before the PDF is saved; statfs by default. */
  freeBytes?: FreeBytesOf;
}

export type BackupHandlers = Pick<
  DesktopHandlers,
  'writeBackup' | 'backupStatus' | 'chooseBackupFolder' | 'printToPdf'
>;

export function createBackupHandlers(deps: BackupHandlerDeps): BackupHandlers {
  return {
    writeBackup: (request) => deps.backups.write(request),
    backupStatus: () => deps.backups.status(),
    chooseBackupFolder: () => deps.backups.chooseFolder(),
    printToPdf: async ({ suggestedName }, caller) => {
      // Printed first: the page is as the person sees it now, not after the dialog.
      const bytes = await deps.printPage(caller);
      const choice = await deps.dialogs.showSaveDialog({
        defaultPath: join(deps.documentsDir, suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      return saveFileChecked(
        choice.filePath,
        bytes,
        deps.freeBytes === undefined ? {} : { freeBytes: deps.freeBytes },
      );
    },
  };
}
