/**
 * The main window's options in one pure function, so every security flag is pinned by a unit test.
 * Electron is imported for types only: this module loads in Node without the Electron binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Civic Desk';

/** Matches the renderer's background, so the first paint does not flash white. */
const BACKGROUND_COLOR = '#f3f5f8';

export function createMainWindowOptions(
  preloadPath: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    ...(iconPath === undefined ? {} : { icon: iconPath }),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spell checker fetches Hunspell dictionaries from Google's servers on first use: a request
      // leaving the app that an offline, data-protection-bound desk must not make. Off until dictionaries ship
      // inside the app.
      spellcheck: false,
    },
  };
}
