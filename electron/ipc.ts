/**
 * IPC gatekeeping in the main process: every call must come from the app's own top-level frame and carry
 * arguments that pass the contract's zod schema before a handler sees them. `handleIpcCall` is the whole rule and
 * is pure; `registerDesktopHandlers` only wires it to Electron's ipcMain.
 */
import type { z } from 'zod';
import {
  IPC_CHANNELS,
  ipcRequestSchemas,
  type DesktopCaller,
  type DesktopHandlers,
  type DesktopOperation,
  type IpcArguments,
  type IpcResult,
} from '../shared/ipc/contract';
import { isAppUrl } from './security';

/** The schema table, checked here against the API: each schema must produce exactly its method's arguments. */
type RequestSchemas = { [Op in DesktopOperation]: z.ZodType<IpcArguments<Op>> };
const requestSchemas: RequestSchemas = ipcRequestSchemas;

function requestSchemaFor<Op extends DesktopOperation>(operation: Op): z.ZodType<IpcArguments<Op>> {
  return requestSchemas[operation];
}

export const DESKTOP_OPERATIONS = Object.keys(IPC_CHANNELS) as DesktopOperation[];

/** Only documents of the app's origin (app://desk/…) may call the desktop. */
export function validateSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

function describeIssuePath(path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  if (index === undefined) return 'arguments';
  const tail = rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return `argument ${String(index)}${tail}`;
}

/** Checks sender and arguments of one call, then runs the operation's handler. Throws on any violation. */
export async function handleIpcCall<Op extends DesktopOperation>(
  operation: Op,
  senderUrl: string | null | undefined,
  rawArgs: readonly unknown[],
  handlers: DesktopHandlers,
  caller?: DesktopCaller,
): Promise<IpcResult<Op>> {
  if (!validateSender(senderUrl)) {
    throw new Error(`Desktop call "${operation}" refused: it did not come from the app's own page.`);
  }
  const parsed = requestSchemaFor(operation).safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${describeIssuePath(issue.path)}: ${issue.message}` : parsed.error.message;
    throw new Error(`Desktop call "${operation}" refused: invalid ${detail}`);
  }
  const handler = handlers[operation] as (...args: unknown[]) => Promise<IpcResult<Op>>;
  return caller === undefined ? handler(...parsed.data) : handler(...parsed.data, caller);
}

/** The parts of an invoke event the gate reads; Electron's IpcMainInvokeEvent fits it. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  /** The sending web contents (Electron always sets it; fakes in tests may leave it out). */
  readonly sender?: { readonly id: number };
}

/** The part of Electron's ipcMain the registration needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** The sender's URL if it is a top-level frame that still exists; subframes and vanished frames count as foreign. */
export function senderUrlOf(event: InvokeEventLike): string | null {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null ? frame.url : null;
}

/** Registers one `ipcMain.handle` per operation of the contract. */
export function registerDesktopHandlers(ipcMain: IpcMainLike, handlers: DesktopHandlers): void {
  for (const operation of DESKTOP_OPERATIONS) {
    ipcMain.handle(IPC_CHANNELS[operation], (event, ...args) =>
      handleIpcCall(
        operation,
        senderUrlOf(event),
        args,
        handlers,
        event.sender === undefined ? undefined : { webContentsId: event.sender.id },
      ),
    );
  }
}
