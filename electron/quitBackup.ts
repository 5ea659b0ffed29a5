/**
 * The backup on quit: on `before-quit` the main process asks the renderer for a backup (only the renderer can read
 * IndexedDB), holds the quit until the renderer's `writeBackup` with reason 'quit' has finished or a timeout has
 * passed, then quits for real. Pure state machine; main.ts wires it to Electron.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 5000;

export interface QuitBackupDeps {
  /** Sends the request to the renderer; false when there is no window to ask. */
  requestBackup: () => boolean;
  /** Quits the app again (this time the gate lets it through). */
  quit: () => void;
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface QuitBackupGate {
  /** Wire to app.on('before-quit'). */
  onBeforeQuit(event: { preventDefault(): void }): void;
  /** Call when a backup with reason 'quit' has been written (or failed). */
  backupFinished(): void;
}

export function createQuitBackupGate(deps: QuitBackupDeps): QuitBackupGate {
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let timer: unknown;

  const finish = () => {
    if (state !== 'waiting') return;
    state = 'done';
    clearTimer(timer);
    deps.quit();
  };

  return {
    onBeforeQuit(event) {
      if (state === 'done') return;
      if (state === 'waiting') {
        event.preventDefault();
        return;
      }
      if (!deps.requestBackup()) {
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'waiting';
      timer = setTimer(finish, deps.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS);
    },
    backupFinished: finish,
  };
}
