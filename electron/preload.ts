/**
 * The sandboxed preload: places the desktop API on `window.civicDesk` and nothing else. Each method forwards to
 * its own IPC channel; ipcRenderer itself never reaches the page. Bundled to one CommonJS file that may require
 * only 'electron', so it imports the contract's constants, not its zod schemas.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  BACKUP_REQUEST_CHANNEL,
  DESKTOP_BRIDGE_KEY,
  FILES_OPENED_CHANNEL,
  IPC_CHANNELS,
} from '../shared/ipc/channels';
import type {
  DesktopApi,
  DesktopOperation,
  IpcArguments,
  IpcResult,
  OpenedFile,
} from '../shared/ipc/contract';

function invoker<Op extends DesktopOperation>(operation: Op) {
  const channel = IPC_CHANNELS[operation];
  return (...args: IpcArguments<Op>): Promise<IpcResult<Op>> =>
    ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<Op>>;
}

const takeOpenedFiles = invoker('takeOpenedFiles');

/**
 * Opened files reach the page by pull: main only signals on FILES_OPENED_CHANNEL (no payload), and the files come
 * back as the answer of the gated `takeOpenedFiles` call, taken once when the page subscribes (for files opened
 * before it was ready) and again on each signal. Files taken while nobody listens (a React StrictMode
 * re-subscription) wait here for the next subscriber, so none is lost.
 */
const fileListeners = new Set<(file: OpenedFile) => void>();
let waitingFiles: OpenedFile[] = [];

function deliverWaitingFiles(): void {
  if (fileListeners.size === 0) return;
  const files = waitingFiles;
  waitingFiles = [];
  for (const file of files) for (const listener of fileListeners) listener(file);
}

function pullOpenedFiles(): void {
  takeOpenedFiles().then(
    (files) => {
      if (Array.isArray(files)) waitingFiles = [...waitingFiles, ...files];
      deliverWaitingFiles();
    },
    () => undefined, // refused or gone (window closing): the files stay queued in main
  );
}

const api: DesktopApi = {
  getAppInfo: invoker('getAppInfo'),
  saveFile: invoker('saveFile'),
  openFile: invoker('openFile'),
  openExternal: invoker('openExternal'),
  writeBackup: invoker('writeBackup'),
  backupStatus: invoker('backupStatus'),
  chooseBackupFolder: invoker('chooseBackupFolder'),
  printToPdf: invoker('printToPdf'),
  showNotification: invoker('showNotification'),
  takeOpenedFiles,
  // The page gets a plain callback without arguments: neither the IPC event nor ipcRenderer reach it.
  onBackupRequested: (callback) => {
    const listener = () => callback();
    ipcRenderer.on(BACKUP_REQUEST_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(BACKUP_REQUEST_CHANNEL, listener);
    };
  },
  // Same rule: the page's callback gets a plain { fileName, bytes }; the signal itself carries nothing.
  onFileOpened: (callback) => {
    const listener = (file: OpenedFile) => callback(file);
    const signal = () => pullOpenedFiles();
    fileListeners.add(listener);
    ipcRenderer.on(FILES_OPENED_CHANNEL, signal);
    deliverWaitingFiles();
    pullOpenedFiles();
    return () => {
      fileListeners.delete(listener);
      ipcRenderer.removeListener(FILES_OPENED_CHANNEL, signal);
    };
  },
};

contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_KEY, Object.freeze(api));
