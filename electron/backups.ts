/**
 * Automatic backups in the main process. The renderer produces the workspace JSON (only it can read IndexedDB)
 * and hands it over; here it is written atomically into the backup folder (default Documents/Civic Desk), read
 * back and its SHA-256 checked, and the folder rotated (backupRotation.ts). A low-disk check comes first.
 * File system access and the clock are injected, so tests run against a temporary directory.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  BACKUP_REASONS,
  type BackupRecord,
  type BackupStatus,
  type ChooseFolderResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../shared/ipc/contract';
import { decideDiskSpace, DISK_RESERVE_BYTES, toMegabytes } from '../shared/storage/spaceCheck';
import { backupFileName, backupsToDelete } from './backupRotation';
import { readFileCapped, statfsFreeBytes, writeFileAtomic } from './files';

/** Headroom kept free on the disk beyond twice the backup's size (the rule is shared with export saves). */
export const LOW_DISK_RESERVE_BYTES = DISK_RESERVE_BYTES;

export interface BackupDeps {
  /** Where the default backup folder lives (the user's Documents folder). */
  documentsDir: string;
  /** The small JSON file that remembers the chosen folder and the last backup (in the app's userData). */
  stateFile: string;
  now: () => Date;
  /** Free bytes on the disk holding `folder`; defaults to statfs. */
  freeBytes?: (folder: string) => Promise<number>;
  /** Lets the person choose a folder; null when cancelled. */
  chooseFolder?: (defaultPath: string) => Promise<string | null>;
  /** Called after every write attempt (the quit gate waits for the one with reason 'quit'). */
  onWritten?: (request: WriteBackupRequest, result: WriteBackupResult) => void;
  /** Re-reads a written file; injectable so a test can simulate a disk that returns other bytes. */
  readBack?: (filePath: string) => Promise<Uint8Array>;
}

const stateSchema = z
  .object({
    folder: z.string().min(1).optional(),
    last: z
      .object({
        fileName: z.string(),
        sha256: z.string(),
        at: z.string(),
        reason: z.enum(BACKUP_REASONS),
      })
      .strict()
      .optional(),
  })
  .strict();
type BackupState = z.infer<typeof stateSchema>;

export function defaultBackupFolder(documentsDir: string): string {
  return join(documentsDir, 'Civic Desk');
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function megabytes(bytes: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 }).format(toMegabytes(bytes));
}

/** The German message when the disk is too full: what is free, what is needed, what to do. */
export function lowDiskMessage(freeBytes: number, neededBytes: number): string {
  return (
    `Zu wenig freier Speicherplatz für die Sicherung: frei sind ${megabytes(freeBytes)} MB, ` +
    `nötig sind mindestens ${megabytes(neededBytes)} MB. Bitte schaffen Sie Platz oder wählen Sie einen ` +
    'anderen Sicherungsordner.'
  );
}

export interface BackupService {
  write(request: WriteBackupRequest): Promise<WriteBackupResult>;
  status(): Promise<BackupStatus>;
  chooseFolder(): Promise<ChooseFolderResult>;
}

export function createBackupService(deps: BackupDeps): BackupService {
  const freeBytes = deps.freeBytes ?? statfsFreeBytes;
  const readBack = deps.readBack ?? ((filePath: string) => readFileCapped(filePath));

  async function readState(): Promise<BackupState> {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(await readFile(deps.stateFile, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  async function saveState(state: BackupState): Promise<void> {
    await writeFileAtomic(deps.stateFile, new TextEncoder().encode(JSON.stringify(state)));
  }

  function folderOf(state: BackupState): string {
    return state.folder ?? defaultBackupFolder(deps.documentsDir);
  }

  async function rotate(folder: string, now: Date): Promise<void> {
    for (const name of backupsToDelete(await readdir(folder), now)) {
      await unlink(join(folder, name)).catch(() => undefined); // a file in use stays until the next rotation
    }
  }

  async function writeOnce(request: WriteBackupRequest): Promise<WriteBackupResult> {
    const state = await readState();
    const folder = folderOf(state);
    const now = deps.now();
    const bytes = new TextEncoder().encode(request.json);
    try {
      await mkdir(folder, { recursive: true });
      const space = decideDiskSpace(await freeBytes(folder), bytes.byteLength);
      if (!space.ok)
        return {
          status: 'failed',
          reason: 'lowDisk',
          message: lowDiskMessage(space.freeBytes, space.neededBytes),
        };
      const fileName = backupFileName(now, request.reason);
      const filePath = join(folder, fileName);
      await writeFileAtomic(filePath, bytes);
      const expected = sha256Hex(bytes);
      const actual = sha256Hex(await readBack(filePath));
      if (actual !== expected) {
        await unlink(filePath).catch(() => undefined);
        return {
          status: 'failed',
          reason: 'verifyFailed',
          message:
            'Die Sicherung wurde geschrieben, beim Zurücklesen stimmte ihr Inhalt aber nicht. Sie wurde ' +
            'verworfen; bitte prüfen Sie den Datenträger oder wählen Sie einen anderen Sicherungsordner.',
        };
      }
      const record: BackupRecord = {
        fileName,
        sha256: actual,
        at: now.toISOString(),
        reason: request.reason,
      };
      await rotate(folder, now);
      await saveState({ ...state, last: record });
      return { status: 'written', fileName, sha256: actual, at: record.at };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        status: 'failed',
        reason: 'writeFailed',
        message: `Die Sicherung konnte nicht in „${folder}“ geschrieben werden (${detail}). Bitte wählen Sie einen anderen Sicherungsordner.`,
      };
    }
  }

  return {
    async write(request) {
      const result = await writeOnce(request);
      deps.onWritten?.(request, result);
      return result;
    },

    async status() {
      const state = await readState();
      return { folder: folderOf(state), last: state.last ?? null };
    },

    async chooseFolder() {
      const state = await readState();
      const chosen = await deps.chooseFolder?.(folderOf(state));
      if (chosen === null || chosen === undefined) return { status: 'cancelled' };
      await saveState({ ...state, folder: chosen });
      return { status: 'chosen', folder: chosen };
    },
  };
}
