/**
 * The zod-free constants of the IPC contract (`contract.ts` re-exports them). The sandboxed preload imports only
 * this module, so its bundle stays a few lines that require nothing but 'electron'.
 */
import type { DesktopOperation } from './contract';

/** Name of the object the preload places on `window`. */
export const DESKTOP_BRIDGE_KEY = 'civicDesk';

export const IPC_CHANNELS = {
  getAppInfo: 'civic-desk:get-app-info',
  saveFile: 'civic-desk:save-file',
  openFile: 'civic-desk:open-file',
  openExternal: 'civic-desk:open-external',
  writeBackup: 'civic-desk:write-backup',
  backupStatus: 'civic-desk:backup-status',
  chooseBackupFolder: 'civic-desk:choose-backup-folder',
  printToPdf: 'civic-desk:print-to-pdf',
  showNotification: 'civic-desk:show-notification',
  takeOpenedFiles: 'civic-desk:take-opened-files',
} as const satisfies Record<DesktopOperation, string>;

/** Main → renderer: the app is quitting, please hand over a backup (DesktopEvents.onBackupRequested). */
export const BACKUP_REQUEST_CHANNEL = 'civic-desk:backup-requested';

/**
 * Main → renderer: `.civicdesk` files are waiting (no payload). The preload then takes them through the gated
 * `takeOpenedFiles` call (DesktopEvents.onFileOpened), so file contents only ever travel as an invoke answer.
 */
export const FILES_OPENED_CHANNEL = 'civic-desk:files-opened';
