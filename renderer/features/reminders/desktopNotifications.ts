/**
 * Desktop notifications through the Web Notification API (Electron shows them as native notifications). Used only
 * when permission is already granted; asking is left to an explicit button. Each reminder notifies once per
 * session (its id is remembered in memory).
 */
export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

interface NotificationApi {
  permission: 'granted' | 'denied' | 'default';
  requestPermission(): Promise<'granted' | 'denied' | 'default'>;
  new (title: string, options?: { body?: string; tag?: string }): unknown;
}

function api(): NotificationApi | null {
  const candidate = (globalThis as { Notification?: NotificationApi }).Notification;
  return typeof candidate === 'function' ? candidate : null;
}

export function notificationPermission(): NotificationPermissionState {
  return api()?.permission ?? 'unsupported';
}

export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  const notification = api();
  if (notification === null) return 'unsupported';
  return notification.requestPermission();
}

const notified = new Set<string>();

/** Shows each not yet notified item as a desktop notification, if permission is granted; returns how many. */
export function notifyOnce(items: readonly { id: string; title: string; body: string }[]): number {
  const notification = api();
  if (notification === null || notification.permission !== 'granted') return 0;
  let shown = 0;
  for (const item of items) {
    if (notified.has(item.id)) continue;
    notified.add(item.id);
    new notification(item.title, { body: item.body, tag: item.id });
    shown += 1;
  }
  return shown;
}

/** Forgets what was notified (tests). */
export function resetNotified(): void {
  notified.clear();
}
