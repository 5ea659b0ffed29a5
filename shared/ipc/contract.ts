/**
 * The one contract between the renderer and the desktop shell.
 *
 * The preload implements `DesktopApi` with one method per operation, the main process registers one handler per
 * operation on the channel named in `IPC_CHANNELS` and validates every argument with `ipcRequestSchemas`.
 * The renderer reaches it only through `renderer/platform`, which falls back to browser means without a desktop.
 */
import { z } from 'zod';

// Channel names and bridge key live in a zod-free module, so the sandboxed preload can import them alone.
export { DESKTOP_BRIDGE_KEY, IPC_CHANNELS } from './channels';

/** Largest file the bridge moves in one call (bytes). Backups and publish packages stay far below this. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** No folders, no characters Windows forbids in names, no control characters. */
const fileNamePattern = /^[^\\/:*?"<>|\p{Cc}]+$/u;

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(80),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension: letters and digits only, no dot'))
      .min(1)
      .max(10),
  })
  .strict();

export const saveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(fileNamePattern, 'suggestedName: a plain file name, no folders')
      .refine((name) => name !== '.' && name !== '..', 'suggestedName: a plain file name, no folders'),
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, `bytes: at most ${MAX_FILE_BYTES} bytes`),
    filters: z.array(fileFilterSchema).max(10),
  })
  .strict();

export const openFileRequestSchema = z
  .object({
    filters: z.array(fileFilterSchema).max(10),
  })
  .strict();

/** Longest link the desktop hands to the system browser; longer ones are refused, not shortened. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * A link for the system browser: http or https, a host, no user name or password (`https://bank.de@evil.example`
 * shows one host and opens another), no backslash, whitespace or control characters anywhere. The main process
 * parses it again with the WHATWG URL parser before it opens anything.
 */
const externalUrlPattern = /^https?:\/\/[^/?#@\\\s\p{Cc}]+(?:[/?#][^\s\p{Cc}\\]*)?$/iu;

export const externalUrlSchema = z
  .string()
  .min(1)
  .max(MAX_EXTERNAL_URL_LENGTH, `url: at most ${MAX_EXTERNAL_URL_LENGTH} characters`)
  .regex(externalUrlPattern, 'url: an http(s) address without user name or password');

/** True when `url` may be offered to the user for opening in the system browser. */
export function isOpenableExternalUrl(url: unknown): url is string {
  return externalUrlSchema.safeParse(url).success;
}

/** Why the renderer hands over a backup: the 15-minute timer, quitting, a person's click, or just before a restore. */
export const BACKUP_REASONS = ['interval', 'quit', 'manual', 'beforeRestore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const writeBackupRequestSchema = z
  .object({
    json: z
      .string()
      .min(2)
      .max(MAX_FILE_BYTES, `json: at most ${MAX_FILE_BYTES} characters`)
      .refine((text) => text.startsWith('{') && text.endsWith('}'), 'json: a workspace file (a JSON object)'),
    reason: z.enum(BACKUP_REASONS),
  })
  .strict();

export const printToPdfRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(fileNamePattern, 'suggestedName: a plain file name, no folders')
      .refine((name) => name !== '.' && name !== '..', 'suggestedName: a plain file name, no folders')
      .refine((name) => name.toLowerCase().endsWith('.pdf'), 'suggestedName: a .pdf file name'),
  })
  .strict();

/** Longest notification title and body the desktop shows; longer ones are refused, not shortened. */
export const MAX_NOTIFICATION_TITLE = 120;
export const MAX_NOTIFICATION_BODY = 500;

/** Plain text: no control character (no escape sequences, no bidi tricks of C0/C1) except a line break. */
const notificationTextPattern = /^[^\p{Cc}]*$/u;
const notificationBodyPattern = /^(?:[^\p{Cc}]|\n)*$/u;

export const showNotificationRequestSchema = z
  .object({
    title: z
      .string()
      .min(1, 'title: must not be empty')
      .max(MAX_NOTIFICATION_TITLE, `title: at most ${MAX_NOTIFICATION_TITLE} characters`)
      .regex(notificationTextPattern, 'title: plain text without control characters or line breaks'),
    body: z
      .string()
      .max(MAX_NOTIFICATION_BODY, `body: at most ${MAX_NOTIFICATION_BODY} characters`)
      .regex(notificationBodyPattern, 'body: plain text without control characters except line breaks'),
  })
  .strict();

export type ShowNotificationRequest = z.infer<typeof showNotificationRequestSchema>;

/** `unsupported`: this system (or browser, without permission) shows no desktop notifications; nothing was shown. */
export type ShowNotificationResult = { status: 'shown' } | { status: 'unsupported' };

/** Extension of the review files the app opens by double-click, File › Open and drag and drop. */
export const CIVIC_DESK_FILE_EXTENSION = 'civicdesk';

/** Largest `.civicdesk` file the desktop hands over when one is opened from outside (double-click, menu). */
export const MAX_OPENED_FILE_BYTES = 100 * 1024 * 1024;

/** A `.civicdesk` file opened outside the page (double-click, File › Open, macOS Dock), read by the desktop. */
export interface OpenedFile {
  fileName: string;
  bytes: Uint8Array;
}

export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export interface BackupRecord {
  fileName: string;
  /** SHA-256 (hex) of the file as read back from disk. */
  sha256: string;
  /** ISO 8601 UTC instant of the write. */
  at: string;
  reason: BackupReason;
}

/**
 * `lowDisk`: not enough free space (nothing written); `verifyFailed`: the file read back has another hash (it was
 * removed); `writeFailed`: the folder is missing or not writable. `message` is German, for the person.
 */
export type BackupFailure = 'lowDisk' | 'verifyFailed' | 'writeFailed';

export type WriteBackupResult =
  | ({ status: 'written' } & Omit<BackupRecord, 'reason'>)
  | { status: 'failed'; reason: BackupFailure; message: string };

export interface BackupStatus {
  /** The folder backups go to (default: Documents/Civic Desk). */
  folder: string;
  last: BackupRecord | null;
}

export type ChooseFolderResult = { status: 'chosen'; folder: string } | { status: 'cancelled' };

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export interface AppInfo {
  name: string;
  version: string;
  /** Where the UI runs: the desktop shell or a plain browser. */
  runtime: 'desktop' | 'browser';
}

/**
 * Why a save did not happen; nothing was written and an existing file at the target is unchanged.
 * `lowDisk`: the target volume has less free space than the file needs (twice its size plus a reserve, the rule
 * of `decideDiskSpace` in shared/storage); `writeFailed`: the folder is missing, not writable, or the write failed
 * (`code`: the system's error code such as `EACCES`, null when there is none). The renderer words the message.
 */
export const saveFailureSchema = z.discriminatedUnion('reason', [
  z
    .object({
      status: z.literal('failed'),
      reason: z.literal('lowDisk'),
      neededBytes: z.number().int().nonnegative(),
      freeBytes: z.number().int().nonnegative(),
    })
    .strict(),
  z
    .object({
      status: z.literal('failed'),
      reason: z.literal('writeFailed'),
      code: z
        .string()
        .regex(/^[A-Z0-9_]{1,40}$/, 'code: a system error code such as EACCES')
        .nullable(),
    })
    .strict(),
]);
export type SaveFailure = z.infer<typeof saveFailureSchema>;

/** The answer of `saveFile`; in the browser always `saved` (its download manager owns the disk). */
export const saveFileResultSchema = z.union([
  z.object({ status: z.literal('saved'), fileName: z.string().min(1) }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  saveFailureSchema,
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export type OpenFileResult =
  { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'cancelled' };

/** `cancelled`: the user declined in the confirmation; nothing was opened. */
export type OpenExternalResult = { status: 'opened' } | { status: 'cancelled' };

/**
 * `printed`: the browser fallback opened the print dialog (window.print); whether a PDF was made is unknown.
 */
export const printToPdfResultSchema = z.union([
  saveFileResultSchema,
  z.object({ status: z.literal('printed') }).strict(),
]);
export type PrintToPdfResult = z.infer<typeof printToPdfResultSchema>;

/** What the renderer may ask of the desktop. Every method is one IPC operation. */
export interface DesktopCalls {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Opens an http(s) link the user clicked in the system browser, after the user confirmed it. */
  openExternal(url: string): Promise<OpenExternalResult>;
  /** Writes a workspace backup into the backup folder: atomically, rotated, read back and its hash checked. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** The backup folder and the last backup written. */
  backupStatus(): Promise<BackupStatus>;
  /** Lets the person choose another backup folder. */
  chooseBackupFolder(): Promise<ChooseFolderResult>;
  /** Prints the calling window to a PDF (A4 landscape) and saves it where the person chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  /**
   * Shows a desktop notification (the main process's Notification, so no web permission is involved); clicking
   * it brings the window to the front. The browser uses the Web Notification API, only if already permitted.
   */
  showNotification(request: ShowNotificationRequest): Promise<ShowNotificationResult>;
  /**
   * Hands over, and forgets, the `.civicdesk` files opened from outside since the last call (oldest first). The
   * desktop keeps them until they are taken, so a file double-clicked before the page was ready is not lost.
   * The page normally uses `onFileOpened`, which calls this for it.
   */
  takeOpenedFiles(): Promise<OpenedFile[]>;
}

/** What the desktop tells the renderer, each a subscription that returns its unsubscribe function. */
export interface DesktopEvents {
  /**
   * The app is about to quit: the callback should hand a backup to `writeBackup` (reason 'quit') soon; the
   * desktop waits a few seconds for it, then quits anyway.
   */
  onBackupRequested(callback: () => void): () => void;
  /**
   * A `.civicdesk` file was opened from outside the page (double-click through the file association, a second
   * start with a file, macOS "open with", or File › Open). Files that arrived before the subscription are
   * delivered right after it (the preload takes them with `takeOpenedFiles`), each file once.
   */
  onFileOpened(callback: (file: OpenedFile) => void): () => void;
}

export type DesktopApi = DesktopCalls & DesktopEvents;

export type DesktopOperation = keyof DesktopCalls;

/** The argument schema of each operation; an operation without arguments takes none (`z.tuple([])`). */
export const ipcRequestSchemas = {
  getAppInfo: z.tuple([]),
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  openExternal: z.tuple([externalUrlSchema]),
  writeBackup: z.tuple([writeBackupRequestSchema]),
  backupStatus: z.tuple([]),
  chooseBackupFolder: z.tuple([]),
  printToPdf: z.tuple([printToPdfRequestSchema]),
  showNotification: z.tuple([showNotificationRequestSchema]),
  takeOpenedFiles: z.tuple([]),
} as const satisfies Record<DesktopOperation, z.ZodType<unknown[]>>;

export type IpcArguments<Op extends DesktopOperation> = Parameters<DesktopCalls[Op]>;
export type IpcResult<Op extends DesktopOperation> = Awaited<ReturnType<DesktopCalls[Op]>>;

/** Who called: the id of the sending web contents (main resolves it, e.g. to print that window). */
export interface DesktopCaller {
  readonly webContentsId: number;
}

/**
 * The main process implements this map: one handler per operation, arguments already validated, and the caller
 * last (handlers that do not need it leave it out).
 */
export type DesktopHandlers = {
  [Op in DesktopOperation]: (
    ...args: [...IpcArguments<Op>, caller?: DesktopCaller]
  ) => Promise<IpcResult<Op>>;
};
