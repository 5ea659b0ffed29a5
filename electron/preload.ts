/**
 * The sandboxed preload: places the desktop API on `window.civicDesk` and nothing else. Each method forwards to
 * its own IPC channel; ipcRenderer itself never reaches the page. Bundled to one CommonJS file that may require
 * only 'electron', so it imports the contract's constants, not its zod schemas.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BACKUP_REQUEST_CHANNEL, DESKTOP_BRIDGE_KEY, IPC_CHANNELS } from '../shared/ipc/channels';
import type { DesktopApi, DesktopOperation, IpcArguments, IpcResult } from '../shared/ipc/contract';

function invoker<Op extends DesktopOperation>(operation: Op) {
  const channel = IPC_CHANNELS[operation];
  return (...args: IpcArguments<Op>): Promise<IpcResult<Op>> =>
    ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<Op>>;
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
  // The page gets a plain callback without arguments: neither the IPC event nor ipcRenderer reach it.
  onBackupRequested: (callback) => {
    const listener = () => callback();
    ipcRenderer.on(BACKUP_REQUEST_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(BACKUP_REQUEST_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_KEY, Object.freeze(api));
