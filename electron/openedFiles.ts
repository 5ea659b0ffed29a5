/**
 * `.civicdesk` files opened from outside the page: by double-click through the file association (the path arrives
 * in `process.argv` at start on Windows and Linux, or in a second instance's argv while the app runs), through
 * macOS's `open-file` event, or through File › Open. Paths are collected and checked by pure functions, the files
 * are read with a size cap, and the contents wait in a queue until the renderer takes them
 * (`takeOpenedFiles`, called by the preload's `onFileOpened`). Nothing here touches Electron.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CIVIC_DESK_FILE_EXTENSION, MAX_OPENED_FILE_BYTES, type OpenedFile } from '../shared/ipc/contract';
import { FileTooLargeError, readFileCapped } from './files';
import type { DesktopDialogs } from './handlers';

/** Why a file was not handed to the page; `describeRefusal` words it for the person. */
export type RefusalReason = 'notAbsolute' | 'wrongExtension' | 'notAFile' | 'tooLarge' | 'unreadable';

export type PathCheck = { ok: true } | { ok: false; reason: RefusalReason };

/** Files waiting at most; a flood of paths (a script, a mistake) beyond this is dropped. */
export const MAX_QUEUED_FILES = 20;

function hasCivicDeskExtension(path: string): boolean {
  return extname(path).toLowerCase() === `.${CIVIC_DESK_FILE_EXTENSION}`;
}

/** A `file://` URL (Linux desktops pass `%U` as URLs) as a path; anything else unchanged; null if unusable. */
function argumentAsPath(argument: string): string | null {
  if (!argument.toLowerCase().startsWith('file:')) return argument;
  try {
    return fileURLToPath(argument);
  } catch {
    return null;
  }
}

/**
 * The `.civicdesk` files named on a command line (`process.argv` at start, a second instance's argv). Switches
 * (`--…`, which Chromium and Electron add) and every argument without the extension are skipped, so the
 * executable and `.` (the app folder in development) never count. Relative paths are taken relative to
 * `workingDirectory`, the folder the command was started in. Duplicates are dropped, order is kept.
 */
export function civicDeskPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const argument of argv) {
    if (argument.startsWith('-') || argument.includes('\0')) continue;
    const path = argumentAsPath(argument);
    if (path === null || !hasCivicDeskExtension(path)) continue;
    const absolute = isAbsolute(path) ? path : resolve(workingDirectory, path);
    if (!paths.includes(absolute)) paths.push(absolute);
  }
  return paths;
}

/** The checks on a path alone: absolute, no NUL byte, the `.civicdesk` extension. */
export function checkOpenedPath(path: string): PathCheck {
  if (path.includes('\0') || !isAbsolute(path)) return { ok: false, reason: 'notAbsolute' };
  if (!hasCivicDeskExtension(path)) return { ok: false, reason: 'wrongExtension' };
  return { ok: true };
}

/** The checks on what the path names: a regular file (no folder, device or pipe) within the size cap. */
export function checkOpenedStats(
  stats: { isFile(): boolean; size: number },
  maxBytes: number = MAX_OPENED_FILE_BYTES,
): PathCheck {
  if (!stats.isFile()) return { ok: false, reason: 'notAFile' };
  if (stats.size > maxBytes) return { ok: false, reason: 'tooLarge' };
  return { ok: true };
}

export type ReadOpenedResult = { ok: true; file: OpenedFile } | { ok: false; reason: RefusalReason };

/**
 * Checks and reads one opened file. The type is checked before the file is opened (opening a named pipe would
 * block), and the read itself refuses again a file that grew past the cap or stopped being a regular file.
 */
export async function readOpenedFile(
  path: string,
  maxBytes: number = MAX_OPENED_FILE_BYTES,
): Promise<ReadOpenedResult> {
  const pathCheck = checkOpenedPath(path);
  if (!pathCheck.ok) return pathCheck;
  try {
    const statsCheck = checkOpenedStats(await stat(path), maxBytes);
    if (!statsCheck.ok) return statsCheck;
    const bytes = await readFileCapped(path, maxBytes);
    return { ok: true, file: { fileName: basename(path), bytes } };
  } catch (error) {
    if (error instanceof FileTooLargeError) return { ok: false, reason: 'tooLarge' };
    return { ok: false, reason: 'unreadable' };
  }
}

/** A German sentence for the person, naming the file and what is wrong with it. */
export function describeRefusal(
  path: string,
  reason: RefusalReason,
  maxBytes = MAX_OPENED_FILE_BYTES,
): string {
  const name = `„${basename(path)}“`;
  const megabytes = Math.floor(maxBytes / (1024 * 1024));
  switch (reason) {
    case 'notAbsolute':
      return `${name} kann nicht geöffnet werden: Der Pfad ist unvollständig.`;
    case 'wrongExtension':
      return `${name} kann nicht geöffnet werden: Civic Desk öffnet nur Freigabedateien mit der Endung .${CIVIC_DESK_FILE_EXTENSION}.`;
    case 'notAFile':
      return `${name} kann nicht geöffnet werden: Das ist keine gewöhnliche Datei.`;
    case 'tooLarge':
      return `${name} kann nicht geöffnet werden: Die Datei ist größer als ${megabytes} MB.`;
    case 'unreadable':
      return `${name} kann nicht gelesen werden: Die Datei fehlt oder Civic Desk darf sie nicht lesen.`;
  }
}

export interface OpenedFileQueueDeps {
  /** Reads one path; `readOpenedFile` unless a test wants another. */
  read?: (path: string) => Promise<ReadOpenedResult>;
  /** Called after files were queued: tell the page (if it is there) and bring the window to the front. */
  onQueued: () => void;
  /** Called for each file that was refused, with a German message for the person. */
  onRefused: (path: string, message: string) => void;
  maxQueued?: number;
}

export interface OpenedFileQueue {
  /** Checks, reads and queues the files; resolves when all are read (refusals reported, not thrown). */
  add(paths: readonly string[]): Promise<void>;
  /** Hands over and forgets the queued files, oldest first. */
  take(): OpenedFile[];
  readonly size: number;
}

export function createOpenedFileQueue(deps: OpenedFileQueueDeps): OpenedFileQueue {
  const read = deps.read ?? ((path: string) => readOpenedFile(path));
  const maxQueued = deps.maxQueued ?? MAX_QUEUED_FILES;
  let queued: OpenedFile[] = [];
  return {
    async add(paths) {
      let added = 0;
      for (const path of paths) {
        if (queued.length >= maxQueued) {
          deps.onRefused(path, `„${basename(path)}“ wurde nicht geöffnet: Es warten schon zu viele Dateien.`);
          continue;
        }
        const result = await read(path);
        if (result.ok) {
          queued.push(result.file);
          added += 1;
        } else {
          deps.onRefused(path, describeRefusal(path, result.reason));
        }
      }
      if (added > 0) deps.onQueued();
    },
    take() {
      const files = queued;
      queued = [];
      return files;
    },
    get size() {
      return queued.length;
    },
  };
}

/** The filter of File › Open: review files only. */
export const OPEN_MENU_FILTERS = [
  { name: 'Civic Desk Freigabedatei', extensions: [CIVIC_DESK_FILE_EXTENSION] },
];

/**
 * File › Open: the system's open dialog (starting in Documents, `.civicdesk` only); the chosen file takes the same
 * way as a double-clicked one.
 */
export async function openThroughDialog(
  dialogs: Pick<DesktopDialogs, 'showOpenDialog'>,
  documentsDir: string,
  queue: Pick<OpenedFileQueue, 'add'>,
): Promise<void> {
  const choice = await dialogs.showOpenDialog({ defaultPath: documentsDir, filters: OPEN_MENU_FILTERS });
  if (choice.canceled || choice.filePaths.length === 0) return;
  await queue.add(choice.filePaths);
}
