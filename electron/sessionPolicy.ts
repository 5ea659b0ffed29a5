/**
 * The session's rules: which permissions the page gets and which requests may leave the renderer at all. The
 * decisions are pure functions; `hardenSession` installs them on a session through a narrow interface, so tests
 * drive it with a fake session and Electron's real Session fits it unchanged.
 */
import { APP_ORIGIN, isAppUrl } from './security';

/**
 * The one permission the page may have: persistent storage for the app's own top-level page. Everything else
 * (camera, microphone, geolocation, notifications, clipboard reads, fullscreen, MIDI, HID, serial, USB, external
 * protocols, …) and every other origin or subframe is denied. See SECURITY.md for why this one grant stays.
 */
export const GRANTED_PERMISSION = 'persistent-storage';

export function shouldGrantPermission(
  permission: string,
  requestingUrl: string,
  isMainFrame = true,
): boolean {
  return permission === GRANTED_PERMISSION && isMainFrame && isAppUrl(requestingUrl);
}

export interface RequestPolicyContext {
  /** Packaged builds have no developer tools, so no devtools:// requests either. */
  isPackaged: boolean;
}

/**
 * Whether a request the renderer makes may proceed: the app's own files, data: URLs and blobs the app itself made;
 * devtools:// only in development. Every http(s), ws(s), file, ftp or other request is cancelled: nothing leaves.
 */
export function shouldAllowRequest(url: string, context: RequestPolicyContext): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return true;
  if (url.startsWith('devtools://')) return !context.isPackaged;
  return false;
}

/** The parts of Electron's Session that `hardenSession` sets; Electron's Session fits it. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string; isMainFrame: boolean },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: { isMainFrame: boolean },
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** Installs the permission and request rules on `session`. Blocked requests are reported through `onBlocked`. */
export function hardenSession(
  session: SessionLike,
  context: RequestPolicyContext,
  onBlocked: (url: string) => void = () => undefined,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(shouldGrantPermission(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    shouldGrantPermission(permission, requestingOrigin, details.isMainFrame),
  );
  // WebHID, WebUSB and Web Serial: no device is ever handed to the page.
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = shouldAllowRequest(details.url, context);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
}
