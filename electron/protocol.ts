/**
 * The app:// scheme: registered as privileged before `ready` (standard and secure, so the page gets a real origin
 * with IndexedDB), then served from the built renderer folder.
 */
import { protocol } from 'electron';
import { respondToAppRequest } from './appResponse';
import { APP_SCHEME } from './security';

/** Must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves app://desk/… from `rootDir`; call once the app is ready. */
export function serveAppScheme(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rootDir, request.url, request.method));
}
