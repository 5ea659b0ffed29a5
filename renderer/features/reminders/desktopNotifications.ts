/**
 * Desktop notifications for the reminders, through the platform's `showNotification`. In the desktop app the
 * main process shows them with Electron's Notification: no web permission is involved, so the state is always
 * 'granted' and no button asks. In a browser they use the Web Notification API, only once the person allowed it
 * (the reminders offer a button that asks). Each reminder notifies once per session (its id is kept in memory).
 */
import { MAX_NOTIFICATION_BODY, MAX_NOTIFICATION_TITLE } from '../../../shared/ipc/contract';
import { getPlatform, hasDesktopBridge } from '../../platform/platform';

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

interface WebNotificationApi {
  permission: 'granted' | 'denied' | 'default';
  requestPermission(): Promise<'granted' | 'denied' | 'default'>;
}

function webApi(): WebNotificationApi | null {
  const candidate = (globalThis as { Notification?: WebNotificationApi }).Notification;
  return typeof candidate === 'function' ? candidate : null;
}

export function notificationPermission(): NotificationPermissionState {
  if (hasDesktopBridge()) return 'granted';
  return webApi()?.permission ?? 'unsupported';
}

/** Asks the browser for permission (the desktop needs none and answers 'granted'). */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (hasDesktopBridge()) return 'granted';
  const notification = webApi();
  if (notification === null) return 'unsupported';
  return notification.requestPermission();
}

const notified = new Set<string>();

/**
 * Text the bridge accepts: control characters (a tab or escape in a post title) become spaces, line breaks stay
 * only where allowed, and an overlong text is shortened with an ellipsis, at a character, not inside one.
 */
export function notificationText(text: string, maxLength: number, keepLineBreaks: boolean): string {
  const cleaned = text.replace(/\p{Cc}/gu, (char) => (keepLineBreaks && char === '\n' ? char : ' '));
  if (cleaned.length <= maxLength) return cleaned;
  let shortened = '';
  for (const char of cleaned) {
    if (shortened.length + char.length > maxLength - 1) break;
    shortened += char;
  }
  return `${shortened}…`;
}

/**
 * Hands each not yet notified item to the platform as a notification; returns how many were handed over. Where
 * the platform cannot show it ('unsupported', or a refused text) nothing else happens: the reminder stays in the
 * header's list either way.
 */
export function notifyOnce(items: readonly { id: string; title: string; body: string }[]): number {
  if (notificationPermission() !== 'granted') return 0;
  const platform = getPlatform();
  let handed = 0;
  for (const item of items) {
    if (notified.has(item.id)) continue;
    notified.add(item.id);
    const request = {
      title: notificationText(item.title, MAX_NOTIFICATION_TITLE, false) || 'Civic Desk',
      body: notificationText(item.body, MAX_NOTIFICATION_BODY, true),
    };
    platform.showNotification(request).catch((error: unknown) => {
      console.warn('A desktop notification was refused:', error);
    });
    handed += 1;
  }
  return handed;
}

/** Forgets what was notified (tests). */
export function resetNotified(): void {
  notified.clear();
}
