import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_BRIDGE_KEY, IPC_CHANNELS } from '../shared/ipc/contract';
import { BACKUP_REQUEST_CHANNEL, FILES_OPENED_CHANNEL } from '../shared/ipc/channels';

// The Electron binary cannot run in unit tests: the preload gets fake contextBridge and ipcRenderer.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve('result')),
    send: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('./preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, object];
  expect(key).toBe(DESKTOP_BRIDGE_KEY);
  exposed = api as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes exactly one function per operation of the contract, and the two subscriptions', () => {
    expect(Object.keys(exposed).sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), 'onBackupRequested', 'onFileOpened'].sort(),
    );
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const forbidden = new Set<unknown>([
      electron.ipcRenderer,
      electron.ipcRenderer.invoke,
      electron.ipcRenderer.send,
      electron.ipcRenderer.on,
    ]);
    for (const value of Object.values(exposed)) expect(forbidden.has(value)).toBe(false);
  });

  it('passes backup requests to the callback without the IPC event, and unsubscribes', () => {
    const subscribe = exposed.onBackupRequested as (callback: (...args: unknown[]) => void) => () => void;
    const callback = vi.fn();
    const unsubscribe = subscribe(callback);
    const [channel, listener] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe(BACKUP_REQUEST_CHANNEL);
    listener({ sender: electron.ipcRenderer }, 'extra');
    expect(callback).toHaveBeenCalledExactlyOnceWith();
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(BACKUP_REQUEST_CHANNEL, listener);
  });

  it('delivers opened files by pulling them through takeOpenedFiles: at once, on each signal, never twice', async () => {
    const file = (name: string) => ({ fileName: name, bytes: new Uint8Array([1, 2]) });
    const take = IPC_CHANNELS.takeOpenedFiles;
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.invoke.mockImplementationOnce(
      () => Promise.resolve([file('vorher.civicdesk')]) as never,
    );
    const subscribe = exposed.onFileOpened as (callback: (file: unknown) => void) => () => void;
    const callback = vi.fn();
    const unsubscribe = subscribe(callback);
    // Files opened before the page subscribed are taken right away.
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(take);
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    expect(callback).toHaveBeenLastCalledWith(file('vorher.civicdesk'));

    // The signal carries nothing; the files come from the gated call. The IPC event never reaches the page.
    const [channel, signal] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe(FILES_OPENED_CHANNEL);
    electron.ipcRenderer.invoke.mockImplementationOnce(
      () => Promise.resolve([file('danach.civicdesk')]) as never,
    );
    signal({ sender: electron.ipcRenderer }, 'ignored payload');
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(2));
    expect(callback).toHaveBeenLastCalledWith(file('danach.civicdesk'));
    for (const call of callback.mock.calls) expect(call).toHaveLength(1);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(FILES_OPENED_CHANNEL, signal);
  });

  it('keeps files taken while nobody listens for the next subscriber (StrictMode re-subscription)', async () => {
    const file = { fileName: 'strict.civicdesk', bytes: new Uint8Array([3]) };
    let answer: (files: unknown) => void = () => undefined;
    electron.ipcRenderer.invoke.mockImplementationOnce(
      () => new Promise((resolve) => (answer = resolve)) as never,
    );
    const subscribe = exposed.onFileOpened as (callback: (file: unknown) => void) => () => void;
    const first = vi.fn();
    subscribe(first)();
    answer([file]);
    await Promise.resolve();
    expect(first).not.toHaveBeenCalled();
    electron.ipcRenderer.invoke.mockImplementationOnce(() => Promise.resolve([]) as never);
    const second = vi.fn();
    const unsubscribe = subscribe(second);
    expect(second).toHaveBeenCalledExactlyOnceWith(file);
    unsubscribe();
  });

  it.each(Object.entries(IPC_CHANNELS))(
    '%s invokes %s with the caller’s arguments',
    async (operation, channel) => {
      electron.ipcRenderer.invoke.mockClear();
      const method = exposed[operation] as (...args: unknown[]) => Promise<unknown>;
      const request = { filters: [] };
      await expect(method(request)).resolves.toBe('result');
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
    },
  );

  it('hands a failed save to the page as the main process answered it', async () => {
    const failure = { status: 'failed', reason: 'lowDisk', neededBytes: 60_000_000, freeBytes: 1_000 };
    electron.ipcRenderer.invoke.mockImplementationOnce(() => Promise.resolve(failure) as never);
    const saveFile = exposed.saveFile as (request: unknown) => Promise<unknown>;
    await expect(
      saveFile({ suggestedName: 'plan.ics', bytes: new Uint8Array(), filters: [] }),
    ).resolves.toEqual(failure);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(exposed)).toBe(true);
  });
});
