import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  GRANTED_PERMISSION,
  hardenSession,
  shouldAllowRequest,
  shouldGrantPermission,
  type SessionLike,
} from './sessionPolicy';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type ElectronPermission = Parameters<RequestHandler>[1];

/**
 * Every permission name Electron 45 passes to the handlers. Typed as a complete record of Electron's own union, so
 * the type check fails when an Electron upgrade adds a permission this test does not deny.
 */
const ALL_PERMISSIONS: Record<ElectronPermission, true> = {
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true,
};
const ELECTRON_PERMISSIONS = (Object.keys(ALL_PERMISSIONS) as ElectronPermission[]).filter(
  (permission) => permission !== 'persistent-storage',
);

const APP_PAGE = 'app://desk/index.html';

describe('shouldGrantPermission', () => {
  it.each(ELECTRON_PERMISSIONS)('denies %s, even to the app itself', (permission) => {
    expect(shouldGrantPermission(permission, APP_PAGE)).toBe(false);
    expect(shouldGrantPermission(permission, 'app://desk')).toBe(false);
  });

  it('grants persistent storage to the app’s own top-level page only', () => {
    expect(GRANTED_PERMISSION).toBe('persistent-storage');
    expect(shouldGrantPermission('persistent-storage', 'app://desk')).toBe(true);
    expect(shouldGrantPermission('persistent-storage', APP_PAGE)).toBe(true);
    expect(shouldGrantPermission('persistent-storage', APP_PAGE, false)).toBe(false);
  });

  it.each([
    'https://example.org',
    'http://localhost:5173',
    'file:///index.html',
    'app://other',
    'app://user@desk',
    'devtools://devtools',
    '',
  ])('denies persistent storage to %s', (origin) => {
    expect(shouldGrantPermission('persistent-storage', origin)).toBe(false);
  });
});

describe('shouldAllowRequest', () => {
  const production = { isPackaged: true };
  const development = { isPackaged: false };

  it.each([
    APP_PAGE,
    'app://desk/assets/index-abc.js',
    'data:image/png;base64,AAAA',
    'blob:app://desk/0f1e-2d3c',
  ])('lets %s through', (url) => {
    expect(shouldAllowRequest(url, production)).toBe(true);
  });

  it.each([
    'https://example.org/pixel.gif',
    'http://127.0.0.1:5173/',
    'wss://example.org/socket',
    'ws://localhost/',
    'file:///etc/passwd',
    'ftp://example.org/',
    'app://other/index.html',
    'blob:https://example.org/0f1e',
    'chrome://gpu',
    'chrome-extension://abc/x.js',
  ])('cancels %s', (url) => {
    expect(shouldAllowRequest(url, production)).toBe(false);
    expect(shouldAllowRequest(url, development)).toBe(false);
  });

  it('allows devtools:// in development only', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(shouldAllowRequest(url, development)).toBe(true);
    expect(shouldAllowRequest(url, production)).toBe(false);
  });
});

function fakeSession() {
  let requestHandler: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined;
  let checkHandler: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined;
  let deviceHandler: Parameters<SessionLike['setDevicePermissionHandler']>[0] | undefined;
  let beforeRequest: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0] | undefined;
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler) => (checkHandler = handler),
    setDevicePermissionHandler: (handler) => (deviceHandler = handler),
    webRequest: { onBeforeRequest: (listener) => (beforeRequest = listener) },
  };
  return {
    session,
    request(permission: string, requestingUrl: string, isMainFrame = true): boolean {
      const callback = vi.fn<(granted: boolean) => void>();
      requestHandler?.({}, permission, callback, { requestingUrl, isMainFrame });
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0] ?? true;
    },
    check: (permission: string, origin: string, isMainFrame = true) =>
      checkHandler?.({}, permission, origin, { isMainFrame }),
    device: () => deviceHandler?.({ deviceType: 'usb', origin: 'app://desk' }),
    fetch(url: string): boolean {
      const callback = vi.fn<(response: { cancel: boolean }) => void>();
      beforeRequest?.({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0].cancel ?? false;
    },
  };
}

describe('hardenSession', () => {
  it('installs the permission request and check handlers with the same rule', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { isPackaged: true });
    for (const permission of ELECTRON_PERMISSIONS) {
      expect(fake.request(permission, APP_PAGE)).toBe(false);
      expect(fake.check(permission, 'app://desk')).toBe(false);
    }
    expect(fake.request('persistent-storage', APP_PAGE)).toBe(true);
    expect(fake.check('persistent-storage', 'app://desk')).toBe(true);
    expect(fake.request('persistent-storage', 'https://example.org/')).toBe(false);
    expect(fake.check('persistent-storage', 'https://example.org')).toBe(false);
    expect(fake.request('persistent-storage', APP_PAGE, false)).toBe(false);
  });

  it('denies every device', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { isPackaged: true });
    expect(fake.device()).toBe(false);
  });

  it('cancels requests that would leave the app and reports them', () => {
    const fake = fakeSession();
    const blocked: string[] = [];
    hardenSession(fake.session, { isPackaged: true }, (url) => blocked.push(url));
    expect(fake.fetch(APP_PAGE)).toBe(false);
    expect(fake.fetch('https://tracker.example/p.gif')).toBe(true);
    expect(fake.fetch('devtools://devtools/x.html')).toBe(true);
    expect(blocked).toEqual(['https://tracker.example/p.gif', 'devtools://devtools/x.html']);
  });
});
