/**
 * The main process's start-up wiring, with a fake Electron (the binary cannot run here): one instance only (a
 * second start hands over and quits, the first one comes to the front), the privileged scheme before `ready`,
 * the secure window on app://, the German application menu, and every web contents locked down.
 */
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  loaded: string[];
  minimized: boolean;
  restore: Mock<() => void>;
  focus: Mock<() => void>;
}

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  let ready: () => void = () => undefined;
  const state = { lock: true, menu: [] as MenuItemConstructorOptions[] };
  class BrowserWindow {
    static getAllWindows = () => windows;
    readonly record: FakeWindow;
    readonly webContents = { isLoading: () => false, send: vi.fn(), isDestroyed: () => false };
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = {
        options,
        loaded: [],
        minimized: true,
        restore: vi.fn<() => void>(),
        focus: vi.fn<() => void>(),
      };
      windows.push(this.record);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    isMinimized() {
      return this.record.minimized;
    }
    restore() {
      this.record.restore();
    }
    focus() {
      this.record.focus();
    }
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      enableSandbox: vi.fn(),
      isReady: () => false,
      on: vi.fn((name: string, listener: Listener) => appListeners.set(name, listener)),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
      getAppPath: () => '/app',
      getPath: () => '/home/redaktion/Dokumente',
      getName: () => 'Civic Desk',
      getVersion: () => '0.1.0',
      setAboutPanelOptions: vi.fn(),
      setAppUserModelId: vi.fn(),
    },
    BrowserWindow,
    // The person answers "Abbrechen" when asked whether a link may open in the web browser.
    dialog: {
      showMessageBox: vi.fn(() => Promise.resolve({ response: -1 })),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
    ipcMain: { handle: vi.fn() },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        state.menu = template;
        return template;
      },
      setApplicationMenu: vi.fn(),
    },
    Notification: vi.fn(),
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
    webContents: { fromId: vi.fn() },
  };
  return { electron, appListeners, windows, state, ready: () => ready() };
});
vi.mock('electron', () => ({ default: fake.electron, ...fake.electron }));

async function startMain(lock: boolean): Promise<void> {
  fake.state.lock = lock;
  await import('./main');
}

async function becomeReady(): Promise<void> {
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
}

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.appListeners.clear();
  fake.windows.length = 0;
  fake.state.menu = [];
});

describe('main process start-up', () => {
  it('quits at once when another instance holds the lock: no scheme, no window, no handlers', async () => {
    await startMain(false);
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.appListeners.size).toBe(0);
    expect(fake.windows).toHaveLength(0);
  });

  it('as the first instance, registers app:// before ready and opens one secure window on it', async () => {
    await startMain(true);
    expect(fake.electron.app.quit).not.toHaveBeenCalled();
    expect(fake.electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(fake.windows).toHaveLength(0);

    await becomeReady();
    const [window] = fake.windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.loaded).toEqual([expect.stringMatching(/^app:\/\/desk\//) as unknown]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.electron.ipcMain.handle).toHaveBeenCalled();
  });

  it('brings the running window to the front when a second start hands over, without opening another', async () => {
    await startMain(true);
    await becomeReady();
    const secondInstance = fake.appListeners.get('second-instance');
    expect(secondInstance).toBeDefined();
    secondInstance?.({}, ['civic-desk'], '/home/redaktion');
    const [window] = fake.windows;
    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
    expect(fake.windows).toHaveLength(1);
  });

  it('sets the German application menu', async () => {
    await startMain(true);
    await becomeReady();
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.state.menu.map((item) => item.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
  });

  it('locks down every web contents: new windows are denied, navigation away is prevented', async () => {
    await startMain(true);
    const created = fake.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const handlers = new Map<string, Listener>();
    let windowOpen: Listener = () => undefined;
    const contents = {
      setWindowOpenHandler: (handler: Listener) => (windowOpen = handler),
      on: (name: string, handler: Listener) => handlers.set(name, handler),
    };
    created?.({}, contents);
    expect(windowOpen({ url: 'https://example.org/', disposition: 'new-window' })).toEqual({
      action: 'deny',
    });
    // A web link is only offered to the system browser after asking; cancelled, nothing opens.
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
    const navigation = { url: 'https://example.org/', preventDefault: vi.fn() };
    handlers.get('will-navigate')?.(navigation);
    expect(navigation.preventDefault).toHaveBeenCalledOnce();
    expect([...handlers.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });
});
