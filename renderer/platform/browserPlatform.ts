/**
 * The desktop contract fulfilled with browser means: downloads through a Blob link, files through
 * `<input type=file>`. Used whenever the page runs without the Electron preload (npm run web, e2e tests).
 */
import type { DesktopApi, FileFilter, OpenFileResult } from '../../shared/ipc/contract';

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
  };
}
