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
    openExternal: vi.fn(() => Promise.resolve({ status: 'opened' as const })),
    writeBackup: vi.fn(() =>
      Promise.resolve({ status: 'written' as const, fileName: 'b.json', sha256: 'a'.repeat(64), at: 'now' }),
    ),
    backupStatus: vi.fn(() => Promise.resolve({ folder: '/tmp', last: null })),
    chooseBackupFolder: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    printToPdf: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    showNotification: vi.fn(() => Promise.resolve({ status: 'shown' as const })),
    takeOpenedFiles: vi.fn(() => Promise.resolve([])),
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

describe('openExternal through the gate', () => {
  it.each([
    ['a file URL', ['file:///C:/Windows/System32/calc.exe']],
    ['a custom protocol', ['ms-msdt:/id=PCWDiagnostic']],
    ['credentials', ['https://user:pw@example.org/']],
    ['an overlong URL', [`https://example.org/${'a'.repeat(2100)}`]],
    ['a non-string', [{ href: 'https://example.org/' }]],
    ['no argument', []],
    ['two arguments', ['https://example.org/', 'https://example.com/']],
  ] as const)('refuses %s before the handler runs', async (_name, args) => {
    const handlers = fakeHandlers();
    await expect(handleIpcCall('openExternal', APP_PAGE, args, handlers)).rejects.toThrow(
      /"openExternal" refused: invalid/,
    );
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender and passes a plain https link', async () => {
    const handlers = fakeHandlers();
    const url = 'https://www.bundesregierung.de/';
    await expect(handleIpcCall('openExternal', 'https://evil.example/', [url], handlers)).rejects.toThrow(
      /did not come from the app's own page/,
    );
    await expect(handleIpcCall('openExternal', APP_PAGE, [url], handlers)).resolves.toEqual({
      status: 'opened',
    });
    expect(handlers.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });
});

describe('showNotification and takeOpenedFiles through the gate', () => {
  it('passes a plain notification and refuses control characters, overlong text and extra fields', async () => {
    const handlers = fakeHandlers();
    const request = { title: 'Civic Desk', body: '„Quiz“ wartet auf Ihre Freigabe.' };
    await expect(handleIpcCall('showNotification', APP_PAGE, [request], handlers)).resolves.toEqual({
      status: 'shown',
    });
    expect(handlers.showNotification).toHaveBeenCalledExactlyOnceWith(request);
    for (const bad of [
      { title: 'a\u001b]8;;x', body: '' },
      { title: 'a', body: 'x'.repeat(501) },
      { title: 'a', body: 'b', onClick: 'alert(1)' },
    ]) {
      await expect(handleIpcCall('showNotification', APP_PAGE, [bad], handlers)).rejects.toThrow(
        /"showNotification" refused: invalid argument 0/,
      );
    }
    expect(handlers.showNotification).toHaveBeenCalledTimes(1);
  });

  it('hands opened files only to the app’s own page, and takes no argument (no path from the page)', async () => {
    const handlers = fakeHandlers();
    await expect(handleIpcCall('takeOpenedFiles', 'https://evil.example/', [], handlers)).rejects.toThrow(
      /did not come from the app's own page/,
    );
    await expect(handleIpcCall('takeOpenedFiles', APP_PAGE, ['/etc/passwd'], handlers)).rejects.toThrow(
      /"takeOpenedFiles" refused: invalid/,
    );
    expect(handlers.takeOpenedFiles).not.toHaveBeenCalled();
    await expect(handleIpcCall('takeOpenedFiles', APP_PAGE, [], handlers)).resolves.toEqual([]);
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

  it('hands the caller (its web contents id) to the handler after the arguments', async () => {
    const { listeners, handlers } = register();
    const print = listeners.get(IPC_CHANNELS.printToPdf);
    const event = { senderFrame: { url: APP_PAGE, parent: null }, sender: { id: 7 } };
    await print?.(event, { suggestedName: 'Wochenplan.pdf' });
    expect(handlers.printToPdf).toHaveBeenCalledExactlyOnceWith(
      { suggestedName: 'Wochenplan.pdf' },
      { webContentsId: 7 },
    );
  });

  it('validates the backup and print arguments', async () => {
    const { listeners, handlers } = register();
    const appFrame = { senderFrame: { url: APP_PAGE, parent: null } };
    const write = listeners.get(IPC_CHANNELS.writeBackup);
    await expect(write?.(appFrame, { json: '{}', reason: 'sometimes' })).rejects.toThrow(
      /argument 0\.reason/,
    );
    await expect(write?.(appFrame, { json: 'rm -rf', reason: 'manual' })).rejects.toThrow(/argument 0\.json/);
    await expect(write?.(appFrame, { json: '{}', reason: 'manual', path: '/etc' })).rejects.toThrow(
      /refused/,
    );
    await expect(write?.(appFrame, { json: '{}', reason: 'quit' })).resolves.toMatchObject({
      status: 'written',
    });
    const print = listeners.get(IPC_CHANNELS.printToPdf);
    await expect(print?.(appFrame, { suggestedName: '../plan.pdf' })).rejects.toThrow(/suggestedName/);
    await expect(print?.(appFrame, { suggestedName: 'plan.exe' })).rejects.toThrow(/\.pdf/);
    const status = listeners.get(IPC_CHANNELS.backupStatus);
    await expect(status?.(appFrame, 'extra')).rejects.toThrow(/refused/);
    expect(handlers.writeBackup).toHaveBeenCalledTimes(1);
    expect(handlers.printToPdf).not.toHaveBeenCalled();
  });
});
