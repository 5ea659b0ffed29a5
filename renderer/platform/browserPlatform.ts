/**
 * The desktop contract fulfilled with browser means: downloads through a Blob link, files through
 * `<input type=file>`. Used whenever the page runs without the Electron preload (npm run web, e2e tests).
 */
import {
  isOpenableExternalUrl,
  type DesktopApi,
  type FileFilter,
  type OpenExternalResult,
  type OpenFileResult,
} from '../../shared/ipc/contract';

/** The browser's confirmation before a link leaves the app; same wording as the desktop dialog. */
export function externalLinkQuestion(url: string): string {
  return `Diesen Link in einem neuen Tab öffnen?\n\n${url}\n\nÖffnen Sie nur Links, deren Adresse Sie kennen und denen Sie vertrauen.`;
}

function openExternalInBrowser(view: Window | null, url: string): Promise<OpenExternalResult> {
  // The same rule the desktop's IPC gate applies: http(s), no credentials, length cap.
  if (!isOpenableExternalUrl(url)) {
    return Promise.reject(new Error('Link refused: only http(s) addresses without user name or password.'));
  }
  if (view === null || !view.confirm(externalLinkQuestion(url)))
    return Promise.resolve({ status: 'cancelled' });
  // noopener: the new tab gets no handle on this page; noreferrer: the app's address is not sent along.
  view.open(url, '_blank', 'noopener,noreferrer');
  return Promise.resolve({ status: 'opened' });
}

function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

export function createBrowserPlatform(document: Document, appName: string, version: string): DesktopApi {
  return {
    getAppInfo: () => Promise.resolve({ name: appName, version, runtime: 'browser' }),

    saveFile: ({ suggestedName, bytes }) => {
      const blob = new Blob([bytes.slice()], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke after the click has been handled; the download keeps its own reference.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return Promise.resolve({ status: 'saved', fileName: suggestedName });
    },

    openFile: ({ filters }) =>
      new Promise<OpenFileResult>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.hidden = true;
        const cleanUp = () => input.remove();
        input.addEventListener('cancel', () => {
          cleanUp();
          resolve({ status: 'cancelled' });
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          cleanUp();
          if (!file) {
            resolve({ status: 'cancelled' });
            return;
          }
          file
            .arrayBuffer()
            .then(
              (buffer) => resolve({ status: 'opened', fileName: file.name, bytes: new Uint8Array(buffer) }),
              reject,
            );
        });
        document.body.append(input);
        input.click();
      }),

    openExternal: (url) => openExternalInBrowser(document.defaultView, url),

    // A browser has no backup folder: the settings offer a download instead (features/backup).
    writeBackup: () =>
      Promise.resolve({
        status: 'failed',
        reason: 'writeFailed',
        message:
          'Automatische Sicherungen gibt es nur in der Desktop-App. Bitte laden Sie die Sicherung herunter.',
      }),
    backupStatus: () => Promise.resolve({ folder: '', last: null }),
    chooseBackupFolder: () => Promise.resolve({ status: 'cancelled' }),

    // The browser's print dialog, where the person can also choose "Save as PDF"; what they do is not known.
    printToPdf: () => {
      document.defaultView?.print();
      return Promise.resolve({ status: 'printed' });
    },

    // A browser tab is not asked before it closes; the weekly download reminder stands in.
    onBackupRequested: () => () => undefined,
  };
}
