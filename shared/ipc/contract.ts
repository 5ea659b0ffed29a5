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

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export interface AppInfo {
  name: string;
  version: string;
  /** Where the UI runs: the desktop shell or a plain browser. */
  runtime: 'desktop' | 'browser';
}

export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export type OpenFileResult =
  { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'cancelled' };

/** What the renderer may ask of the desktop. Every method is one IPC operation. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
}

export type DesktopOperation = keyof DesktopApi;

/** The argument schema of each operation; an operation without arguments takes none (`z.tuple([])`). */
export const ipcRequestSchemas = {
  getAppInfo: z.tuple([]),
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
} as const satisfies Record<DesktopOperation, z.ZodType<unknown[]>>;

export type IpcArguments<Op extends DesktopOperation> = Parameters<DesktopApi[Op]>;
export type IpcResult<Op extends DesktopOperation> = Awaited<ReturnType<DesktopApi[Op]>>;

/** The main process implements this map: one handler per operation, arguments already validated. */
export type DesktopHandlers = {
  [Op in DesktopOperation]: (...args: IpcArguments<Op>) => Promise<IpcResult<Op>>;
};
