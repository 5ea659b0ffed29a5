/**
 * The desktop operations behind the IPC contract. Electron's dialog and app are injected through small
 * interfaces, so tests drive the handlers with a fake dialog and a real temporary directory.
 */
import type {
  BrowserWindow,
  Dialog,
  FileFilter as ElectronFileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { basename, join } from 'node:path';
import { MAX_FILE_BYTES, type DesktopHandlers, type FileFilter } from '../shared/ipc/contract';
import type { ExternalLinkOpener } from './externalLinks';
import { readFileCapped, saveFileChecked, type FreeBytesOf } from './files';

export interface SaveDialogRequest {
  defaultPath: string;
  filters: ElectronFileFilter[];
}

export interface OpenDialogRequest {
  defaultPath: string;
  filters: ElectronFileFilter[];
}

/** The dialogs the handlers need; `electronDialogs` adapts Electron's, tests pass fakes. */
export interface DesktopDialogs {
  showSaveDialog(request: SaveDialogRequest): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(request: OpenDialogRequest): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface DesktopHandlerDeps {
  dialogs: DesktopDialogs;
  app: { getName(): string; getVersion(): string };
  /** Where save and open dialogs start, normally the user's Documents folder. */
  documentsDir: string;
  /** Opens confirmed http(s) links in the system browser (`createExternalLinkOpener`). */
  openExternal: ExternalLinkOpener;
  /** Largest file `openFile` reads; the contract's MAX_FILE_BYTES unless a test wants less. */
  maxFileBytes?: number;
  /** Free bytes of a folder's volume for the low-disk check before a save; statfs unless a test injects one. */
  freeBytes?: FreeBytesOf;
}

function toDialogFilters(filters: readonly FileFilter[]): ElectronFileFilter[] {
  return filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));
}

/** The file and link operations; the backup and printing ones are in backupHandlers.ts. */
export type FileHandlers = Pick<DesktopHandlers, 'getAppInfo' | 'saveFile' | 'openFile' | 'openExternal'>;

export function createDesktopHandlers(deps: DesktopHandlerDeps): FileHandlers {
  return {
    getAppInfo: () =>
      Promise.resolve({ name: deps.app.getName(), version: deps.app.getVersion(), runtime: 'desktop' }),

    saveFile: async ({ suggestedName, bytes, filters }) => {
      const choice = await deps.dialogs.showSaveDialog({
        defaultPath: join(deps.documentsDir, suggestedName),
        filters: toDialogFilters(filters),
      });
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      return saveFileChecked(
        choice.filePath,
        bytes,
        deps.freeBytes === undefined ? {} : { freeBytes: deps.freeBytes },
      );
    },

    openFile: async ({ filters }) => {
      const choice = await deps.dialogs.showOpenDialog({
        defaultPath: deps.documentsDir,
        filters: toDialogFilters(filters),
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
      const bytes = await readFileCapped(filePath, deps.maxFileBytes ?? MAX_FILE_BYTES);
      return { status: 'opened', fileName: basename(filePath), bytes };
    },

    openExternal: (url) => deps.openExternal(url),
  };
}

/** Electron's dialogs, modal to the window `parent` returns when there is one. */
export function electronDialogs(dialog: Dialog, parent: () => BrowserWindow | null): DesktopDialogs {
  return {
    showSaveDialog: ({ defaultPath, filters }) => {
      const options: SaveDialogOptions = {
        defaultPath,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: ({ defaultPath, filters }) => {
      const options: OpenDialogOptions = { defaultPath, filters, properties: ['openFile'] };
      const window = parent();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
  };
}

/** Electron's folder dialog for the backup folder; null when cancelled. */
export function electronFolderChooser(dialog: Dialog, parent: () => BrowserWindow | null) {
  return async (defaultPath: string): Promise<string | null> => {
    const options: OpenDialogOptions = { defaultPath, properties: ['openDirectory', 'createDirectory'] };
    const window = parent();
    const choice = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
