/**
 * Main process entry: wires Electron to the tested modules and holds no logic of its own.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  session,
  shell,
  webContents,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { createExternalLinkOpener, electronExternalLinks } from './externalLinks';
import { BACKUP_REQUEST_CHANNEL, FILES_OPENED_CHANNEL } from '../shared/ipc/channels';
import type { DesktopCaller } from '../shared/ipc/contract';
import { createBackupHandlers, WEEK_PLAN_PDF_OPTIONS } from './backupHandlers';
import { createBackupService } from './backups';
import { createDesktopHandlers, electronDialogs, electronFolderChooser } from './handlers';
import { createQuitBackupGate } from './quitBackup';
import { registerDesktopHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { menuLabelsDe } from './menuLabels';
import { createContentsGuards } from './navigation';
import { createNotificationHandler } from './notifications';
import { civicDeskPathsFromArgv, createOpenedFileQueue, openThroughDialog } from './openedFiles';
import { registerAppScheme, serveAppScheme } from './protocol';
import { APP_ENTRY_URL } from './security';
import { hardenSession } from './sessionPolicy';
import { createMainWindowOptions } from './windowOptions';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const outDir = join(import.meta.dirname, '..');
const rendererDir = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');
// Packaged builds take their icon from the installer; a development window borrows the source icon.
const devIconPath = app.isPackaged ? undefined : join(app.getAppPath(), 'assets', 'icon.png');

let mainWindow: BrowserWindow | null = null;

// The only path to shell.openExternal: http(s) links, confirmed by the user in a dialog (see externalLinks.ts).
const openExternalLink = createExternalLinkOpener(electronExternalLinks(dialog, shell, () => mainWindow));

// On quit, the renderer is asked for a last backup; the quit waits for it (at most a few seconds).
const quitGate = createQuitBackupGate({
  requestBackup: () => {
    if (!mainWindow || mainWindow.isDestroyed() || mainWindow.webContents.isLoading()) return false;
    mainWindow.webContents.send(BACKUP_REQUEST_CHANNEL);
    return true;
  },
  quit: () => app.quit(),
});

// .civicdesk files opened from outside (double-click, second start, macOS open-file, File › Open) wait here until
// the page takes them (openedFiles.ts; the preload's onFileOpened pulls them through takeOpenedFiles).
const openedFiles = createOpenedFileQueue({
  onQueued: () => {
    if (!app.isReady()) return; // the window is made in onReady and pulls the queue itself
    if (!mainWindow) createMainWindow();
    else if (!mainWindow.webContents.isLoading()) mainWindow.webContents.send(FILES_OPENED_CHANNEL);
    focusMainWindow();
  },
  onRefused: (path, message) => {
    console.warn('Refused to open', path);
    void app
      .whenReady()
      .then(() => dialog.showMessageBox({ type: 'warning', title: 'Civic Desk', message, buttons: ['OK'] }));
  },
});

function queueOpenedPaths(paths: readonly string[]): void {
  if (paths.length > 0) void openedFiles.add(paths);
}

/** The PDF of the window that asked (the week plan as it is shown), else of the main window. */
async function printCaller(caller: DesktopCaller | undefined): Promise<Uint8Array> {
  const contents = caller === undefined ? mainWindow?.webContents : webContents.fromId(caller.webContentsId);
  if (!contents || contents.isDestroyed()) throw new Error('The window to print is gone.');
  const pdf = await contents.printToPDF(WEEK_PLAN_PDF_OPTIONS);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

function createMainWindow(): void {
  const window = new BrowserWindow(createMainWindowOptions(preloadPath, devIconPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // Closing the window ends the app (also on macOS, so the last backup is never skipped): same gate as quitting.
  window.on('close', (event) => quitGate.onBeforeQuit(event));
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
  const guards = createContentsGuards(openExternalLink, (error) =>
    console.error('Opening a link failed:', error),
  );
  contents.setWindowOpenHandler((details) => guards.windowOpen(details));
  contents.on('will-navigate', (event) => guards.willNavigate(event));
  contents.on('will-redirect', (event) => guards.willRedirect(event));
  contents.on('will-attach-webview', (event) => guards.willAttachWebview(event));
}

function onReady(): void {
  hardenSession(session.defaultSession, { isPackaged: app.isPackaged }, (url) =>
    console.warn('Blocked a request that would leave the app:', url),
  );

  serveAppScheme(rendererDir);
  const dialogs = electronDialogs(dialog, () => mainWindow);
  const documentsDir = app.getPath('documents');
  const backups = createBackupService({
    documentsDir,
    stateFile: join(app.getPath('userData'), 'backup-state.json'),
    now: () => new Date(),
    chooseFolder: electronFolderChooser(dialog, () => mainWindow),
    onWritten: (request) => {
      if (request.reason === 'quit') quitGate.backupFinished();
    },
  });
  registerDesktopHandlers(ipcMain, {
    ...createDesktopHandlers({ dialogs, app, documentsDir, openExternal: openExternalLink }),
    ...createBackupHandlers({ backups, dialogs, documentsDir, printPage: printCaller }),
    showNotification: createNotificationHandler({ Notification, onClick: focusMainWindow }),
    takeOpenedFiles: () => Promise.resolve(openedFiles.take()),
  });
  const isMac = process.platform === 'darwin';
  const openFromMenu = () =>
    void openThroughDialog(dialogs, documentsDir, openedFiles).catch((error: unknown) =>
      console.error('Opening a file failed:', error),
    );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(menuLabelsDe, { isMac, isPackaged: app.isPackaged }, { openFile: openFromMenu }),
    ),
  );
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  createMainWindow();
}

if (app.requestSingleInstanceLock()) {
  app.enableSandbox();
  registerAppScheme();
  // Windows shows notifications only for an app with an AppUserModelID (the installers' appId).
  if (process.platform === 'win32') app.setAppUserModelId('de.civicdesk.app');
  // A file double-clicked at start (Windows, Linux) is in argv; one double-clicked while the app runs starts a
  // second instance, which hands its argv over here and quits; macOS sends open-file (also before ready).
  queueOpenedPaths(civicDeskPathsFromArgv(process.argv.slice(1), process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    queueOpenedPaths(civicDeskPathsFromArgv(argv.slice(1), workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queueOpenedPaths([path]);
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('before-quit', (event) => quitGate.onBeforeQuit(event));
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
