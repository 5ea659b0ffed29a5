import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type DesktopHandlers, type SaveFileRequest } from '../shared/ipc/contract';
import {
  DESKTOP_OPERATIONS,
  handleIpcCall,
  registerDesktopHandlers,
  senderUrlOf,
  validateSender,
  type InvokeEventLike,
} from './ipc';

const APP_PAGE = 'app://desk/index.html';

function fakeHandlers(): DesktopHandlers {
  return {
    getAppInfo: vi.fn(() =>
      Promise.resolve({ name: 'Civic Desk', version: '1.2.3', runtime: 'desktop' as const }),
    ),
    saveFile: vi.fn(({ suggestedName }: SaveFileRequest) =>
      Promise.resolve({ status: 'saved' as const, fileName: suggestedName }),
    ),
    openFile: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
  };
}

const validSave = { suggestedName: 'plan.json', bytes: new Uint8Array([1, 2, 3]), filters: [] };

describe('validateSender', () => {
  it('accepts only pages of app://desk', () => {
    expect(validateSender(APP_PAGE)).toBe(true);
    expect(validateSender('app://desk/')).toBe(true);
    expect(validateSender('https://evil.example/')).toBe(false);
    expect(validateSender('file:///index.html')).toBe(false);
    expect(validateSender('app://other/')).toBe(false);
    expect(validateSender('')).toBe(false);
    expect(validateSender(null)).toBe(false);
    expect(validateSender(undefined)).toBe(false);
  });
});

describe('handleIpcCall', () => {
  it('rejects a foreign sender before looking at the arguments or calling the handler', async () => {
    const handlers = fakeHandlers();
    await expect(handleIpcCall('saveFile', 'https://evil.example/', [validSave], handlers)).rejects.toThrow(
      /"saveFile" refused: it did not come from the app's own page/,
    );
    await expect(handleIpcCall('getAppInfo', null, [], handlers)).rejects.toThrow(/refused/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('rejects bad arguments with a message naming operation, place and problem', async () => {
    const handlers = fakeHandlers();
    const call = handleIpcCall(
      'saveFile',
      APP_PAGE,
      [{ ...validSave, suggestedName: '../../etc/passwd' }],
      handlers,
    );
    await expect(call).rejects.toThrow(
      'Desktop call "saveFile" refused: invalid argument 0.suggestedName: suggestedName: a plain file name, no folders',
    );
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing argument', 'openFile', [], /"openFile" refused: invalid argument/],
    ['an extra argument', 'getAppInfo', ['surplus'], /"getAppInfo" refused: invalid arguments?/],
    ['an unknown key', 'openFile', [{ filters: [], path: '/etc' }], /"openFile" refused: invalid argument 0/],
    [
      'bytes that are not a Uint8Array',
      'saveFile',
      [{ ...validSave, bytes: [1, 2, 3] }],
      /"saveFile" refused: invalid argument 0\.bytes/,
    ],
    [
      'an extension with a dot',
      'openFile',
      [{ filters: [{ name: 'Backup', extensions: ['.json'] }] }],
      /invalid argument 0\.filters\[0\]\.extensions\[0\]: extension: letters and digits only, no dot/,
    ],
  ] as const)('rejects %s', async (_name, operation, args, message) => {
    const handlers = fakeHandlers();
    await expect(handleIpcCall(operation, APP_PAGE, args, handlers)).rejects.toThrow(message);
    expect(handlers[operation]).not.toHaveBeenCalled();
  });

  it('passes valid arguments to the handler and returns its result', async () => {
    const handlers = fakeHandlers();
    await expect(handleIpcCall('saveFile', APP_PAGE, [validSave], handlers)).resolves.toEqual({
      status: 'saved',
      fileName: 'plan.json',
    });
    expect(handlers.saveFile).toHaveBeenCalledWith(validSave);
    await expect(handleIpcCall('getAppInfo', APP_PAGE, [], handlers)).resolves.toEqual({
      name: 'Civic Desk',
      version: '1.2.3',
      runtime: 'desktop',
    });
  });

  it('lets handler errors through', async () => {
    const handlers = { ...fakeHandlers(), openFile: () => Promise.reject(new Error('disk on fire')) };
    await expect(handleIpcCall('openFile', APP_PAGE, [{ filters: [] }], handlers)).rejects.toThrow(
      'disk on fire',
    );
  });
});

describe('senderUrlOf', () => {
  it('reads the URL of a top-level frame only', () => {
    expect(senderUrlOf({ senderFrame: { url: APP_PAGE, parent: null } })).toBe(APP_PAGE);
    expect(senderUrlOf({ senderFrame: { url: APP_PAGE, parent: {} } })).toBeNull();
    expect(senderUrlOf({ senderFrame: null })).toBeNull();
  });
});

describe('registerDesktopHandlers', () => {
  type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

  function register() {
    const listeners = new Map<string, Listener>();
    const handlers = fakeHandlers();
    registerDesktopHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
    return { listeners, handlers };
  }

  it('registers one handler per channel of the contract', () => {
    const { listeners } = register();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect([...DESKTOP_OPERATIONS].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('routes a channel to its handler through the sender and argument checks', async () => {
    const { listeners, handlers } = register();
    const save = listeners.get(IPC_CHANNELS.saveFile);
    expect(save).toBeDefined();
    const appFrame = { senderFrame: { url: APP_PAGE, parent: null } };
    await expect(save?.(appFrame, validSave)).resolves.toEqual({ status: 'saved', fileName: 'plan.json' });
    const subFrame = { senderFrame: { url: APP_PAGE, parent: {} } };
    await expect(save?.(subFrame, validSave)).rejects.toThrow(/refused/);
    await expect(save?.(appFrame, { ...validSave, filters: 'all' })).rejects.toThrow(/argument 0\.filters/);
    expect(handlers.saveFile).toHaveBeenCalledTimes(1);
  });
});
