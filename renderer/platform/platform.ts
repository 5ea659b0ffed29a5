/**
 * The only way out of the renderer. In Electron the preload places the desktop API on `window`; in a plain
 * browser the same contract is fulfilled with browser means. Nothing else in the renderer touches either.
 */
import { DESKTOP_BRIDGE_KEY, type DesktopApi } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browserPlatform';

const APP_NAME = 'Civic Desk';

function desktopBridge(): DesktopApi | undefined {
  const candidate = (window as unknown as Record<string, unknown>)[DESKTOP_BRIDGE_KEY];
  return typeof candidate === 'object' && candidate !== null ? (candidate as DesktopApi) : undefined;
}

let platform: DesktopApi | undefined;

/** True in the Electron app (the preload placed the bridge), false in a plain browser. */
export function hasDesktopBridge(): boolean {
  return desktopBridge() !== undefined;
}

export function getPlatform(): DesktopApi {
  platform ??= desktopBridge() ?? createBrowserPlatform(document, APP_NAME, __APP_VERSION__);
  return platform;
}
