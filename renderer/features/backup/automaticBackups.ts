/**
 * Automatic backups in the desktop app: every 15 minutes while something has changed (deskChangeMarker), and when
 * the desktop asks on quit. The renderer writes the workspace JSON (only it can read IndexedDB) and hands it to the
 * desktop, which writes, verifies and rotates (electron/backups.ts). In a browser this does nothing: the settings
 * offer a download and a weekly reminder instead.
 */
import type { BackupReason, DesktopApi, WriteBackupResult } from '../../../shared/ipc/contract';
import { backupJson, deskChangeMarker } from '../../data/workspace/backupRepository';
import { getPlatform } from '../../platform/platform';

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface AutomaticBackupDeps {
  platform: DesktopApi;
  marker: () => Promise<string>;
  json: (now: Date) => Promise<string>;
  now: () => Date;
  setInterval: (callback: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  onFailure?: (result: WriteBackupResult) => void;
}

export interface AutomaticBackups {
  /** Writes a backup now if anything changed since the last one (`force` writes anyway). */
  backUp(reason: BackupReason, force?: boolean): Promise<WriteBackupResult | null>;
  stop(): void;
}

export function createAutomaticBackups(deps: AutomaticBackupDeps): AutomaticBackups {
  let lastMarker: string | null = null;
  let running: Promise<WriteBackupResult | null> | null = null;

  async function run(reason: BackupReason, force: boolean): Promise<WriteBackupResult | null> {
    const marker = await deps.marker();
    if (!force && marker === lastMarker) return null;
    const result = await deps.platform.writeBackup({ json: await deps.json(deps.now()), reason });
    if (result.status === 'written') lastMarker = marker;
    else deps.onFailure?.(result);
    return result;
  }

  const backUp = (reason: BackupReason, force = false) => {
    // One at a time: a quit during an interval backup waits for it, then writes its own (forced: quit must come).
    const previous = running ?? Promise.resolve(null);
    const next = previous.catch(() => null).then(() => run(reason, force));
    running = next.finally(() => {
      if (running === next) running = null;
    });
    return next;
  };

  const timer = deps.setInterval(() => void backUp('interval').catch(() => undefined), BACKUP_INTERVAL_MS);
  // The desktop waits for this backup; if it cannot be made, the desktop quits after its timeout.
  const unsubscribe = deps.platform.onBackupRequested(() => void backUp('quit', true).catch(() => undefined));

  return {
    backUp,
    stop() {
      deps.clearInterval(timer);
      unsubscribe();
    },
  };
}

let started: AutomaticBackups | null = null;

/** Starts automatic backups once, in the desktop app only. */
export async function startAutomaticBackups(): Promise<void> {
  const platform = getPlatform();
  if (started !== null || (await platform.getAppInfo()).runtime !== 'desktop') return;
  started = createAutomaticBackups({
    platform,
    marker: deskChangeMarker,
    json: backupJson,
    now: () => new Date(),
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
    onFailure: (result) => {
      if (result.status === 'failed') console.warn('Automatic backup failed:', result.message);
    },
  });
}

/** The running automatic backups (desktop), for "Jetzt sichern" to share their queue; null in a browser. */
export function automaticBackups(): AutomaticBackups | null {
  return started;
}
