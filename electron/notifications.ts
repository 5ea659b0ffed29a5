/**
 * Desktop notifications for the reminders (issue 5 item 11), shown by the main process with Electron's
 * `Notification`. This is a main-process API: the page's web `notifications` permission stays denied
 * (sessionPolicy.ts). Electron's class is injected through a narrow interface, so tests pass a fake.
 */
import type { ShowNotificationRequest, ShowNotificationResult } from '../shared/ipc/contract';

/** What the handler uses of a notification; Electron's Notification fits it. */
export interface NotificationLike {
  show(): void;
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
}

/** Electron's Notification class (constructor and `isSupported`) fits it. */
export interface NotificationFactory {
  new (options: { title: string; body: string; silent?: boolean }): NotificationLike;
  isSupported(): boolean;
}

/** Notifications kept alive at most (Electron drops click handlers of garbage-collected notifications). */
export const MAX_LIVE_NOTIFICATIONS = 20;

export interface NotificationHandlerDeps {
  Notification: NotificationFactory;
  /** A click on a notification: bring the app's window to the front. */
  onClick: () => void;
}

export function createNotificationHandler(
  deps: NotificationHandlerDeps,
): (request: ShowNotificationRequest) => Promise<ShowNotificationResult> {
  const live = new Set<NotificationLike>();
  return (request) => {
    if (!deps.Notification.isSupported()) return Promise.resolve({ status: 'unsupported' });
    const notification = new deps.Notification({ title: request.title, body: request.body });
    const forget = () => live.delete(notification);
    notification.on('click', () => {
      forget();
      deps.onClick();
    });
    notification.on('close', forget);
    notification.on('failed', forget);
    if (live.size >= MAX_LIVE_NOTIFICATIONS) {
      const oldest = live.values().next();
      if (oldest.done !== true) live.delete(oldest.value);
    }
    live.add(notification);
    notification.show();
    return Promise.resolve({ status: 'shown' });
  };
}
