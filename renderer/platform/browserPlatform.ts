/**
 * The desktop contract fulfilled with browser means: downloads through a Blob link, files through
 * `<input type=file>`. Used whenever the page runs without the Electron preload (npm run web, e2e tests).
 */
import {
  isOpenableExternalUrl,
  showNotificationRequestSchema,
  type DesktopApi,
  type FileFilter,
  type OpenExternalResult,
  type OpenFileResult,
  type ShowNotificationRequest,
  type ShowNotificationResult,
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

interface WebNotificationClass {
  readonly permission: string;
  new (title: string, options?: { body?: string }): unknown;
}

/**
 * The Web Notification API, used only when the person already allowed it (asking is an explicit button of the
 * reminders); anything else is 'unsupported'. The request is held to the desktop's rule (plain text, caps).
 */
function showWebNotification(request: ShowNotificationRequest): Promise<ShowNotificationResult> {
  const parsed = showNotificationRequestSchema.safeParse(request);
  if (!parsed.success) {
    return Promise.reject(new Error(`Notification refused: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
  }
  const candidate = (globalThis as { Notification?: WebNotificationClass }).Notification;
  if (typeof candidate !== 'function' || candidate.permission !== 'granted') {
    return Promise.resolve({ status: 'unsupported' });
  }
  new candidate(parsed.data.title, { body: parsed.data.body });
  return Promise.resolve({ status: 'shown' });
}

function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

export function createBrowserPlatform(document: Document, appName: string, version: string): DesktopApi {
  return {
    getAppInfo: () => Promise.resolve({ name: appName, version, runtime: 'browser' }),

    // A download has no target volume the page can see: the browser's download manager asks where to save it,
    // checks the disk and reports a full one itself. `navigator.storage.estimate()` measures this origin's
    // IndexedDB quota, not the Downloads folder, so it says nothing about whether the file fits; hence no
    // low-disk check here and the answer is always `saved` (the download was handed over).
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

    showNotification: showWebNotification,

    // A browser has no file association: files come only through the "open" button or drag and drop.
    takeOpenedFiles: () => Promise.resolve([]),
    onFileOpened: () => () => undefined,

    // A browser tab is not asked before it closes; the weekly download reminder stands in.
    onBackupRequested: () => () => undefined,
  };
}
