/**
 * Main process entry: wires Electron to the tested modules and holds no logic of its own.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { createDesktopHandlers, electronDialogs } from './handlers';
import { registerDesktopHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { menuLabelsDe } from './menuLabels';
import { registerAppScheme, serveAppScheme } from './protocol';
import { APP_ENTRY_URL, isAppUrl, shouldGrantPermission } from './security';
import { createMainWindowOptions } from './windowOptions';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const outDir = join(import.meta.dirname, '..');
const rendererDir = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');
// Packaged builds take their icon from the installer; a development window borrows the source icon.
const devIconPath = app.isPackaged ? undefined : join(app.getAppPath(), 'assets', 'icon.png');

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): void {
  const window = new BrowserWindow(createMainWindowOptions(preloadPath, devIconPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Loading the app failed:', error));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Locks every web contents to the app's origin: no navigation away, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function onReady(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(shouldGrantPermission(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    shouldGrantPermission(permission, requestingOrigin),
  );

  serveAppScheme(rendererDir);
  registerDesktopHandlers(
    ipcMain,
    createDesktopHandlers({
      dialogs: electronDialogs(dialog, () => mainWindow),
      app,
      documentsDir: app.getPath('documents'),
    }),
  );
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(menuLabelsDe, { isMac, isPackaged: app.isPackaged })),
  );
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  createMainWindow();
}

if (app.requestSingleInstanceLock()) {
  app.enableSandbox();
  registerAppScheme();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(onReady);
} else {
  app.quit();
}
