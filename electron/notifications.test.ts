import { describe, expect, it, vi } from 'vitest';
import { createNotificationHandler, MAX_LIVE_NOTIFICATIONS, type NotificationLike } from './notifications';

type Listener = () => void;

/** A stand-in for Electron's Notification: records what was made and shown, and lets tests click. */
function fakeNotificationClass(supported = true) {
  const made: FakeNotification[] = [];
  class FakeNotification implements NotificationLike {
    shown = false;
    readonly listeners = new Map<string, Listener[]>();
    constructor(readonly options: { title: string; body: string }) {
      made.push(this);
    }
    static isSupported() {
      return supported;
    }
    show() {
      this.shown = true;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
  }
  return { FakeNotification, made };
}

describe('showNotification handler', () => {
  it('shows a notification with exactly the title and body', async () => {
    const { FakeNotification, made } = fakeNotificationClass();
    const show = createNotificationHandler({ Notification: FakeNotification, onClick: vi.fn() });
    await expect(show({ title: 'Civic Desk', body: '„Quiz“ wartet\nauf Ihre Freigabe' })).resolves.toEqual({
      status: 'shown',
    });
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toEqual({ title: 'Civic Desk', body: '„Quiz“ wartet\nauf Ihre Freigabe' });
    expect(made[0]?.shown).toBe(true);
  });

  it('brings the window to the front when the notification is clicked', async () => {
    const { FakeNotification, made } = fakeNotificationClass();
    const onClick = vi.fn();
    const show = createNotificationHandler({ Notification: FakeNotification, onClick });
    await show({ title: 'Civic Desk', body: 'x' });
    expect(onClick).not.toHaveBeenCalled();
    made[0]?.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('answers unsupported and shows nothing where the system has no notifications', async () => {
    const { FakeNotification, made } = fakeNotificationClass(false);
    const show = createNotificationHandler({ Notification: FakeNotification, onClick: vi.fn() });
    await expect(show({ title: 'Civic Desk', body: 'x' })).resolves.toEqual({ status: 'unsupported' });
    expect(made).toEqual([]);
  });

  it('keeps clicks working for many notifications (each stays referenced until closed, up to a cap)', async () => {
    const { FakeNotification, made } = fakeNotificationClass();
    const onClick = vi.fn();
    const show = createNotificationHandler({ Notification: FakeNotification, onClick });
    for (let index = 0; index < MAX_LIVE_NOTIFICATIONS + 5; index += 1) {
      await show({ title: 'Civic Desk', body: String(index) });
    }
    made[0]?.emit('close');
    made.at(-1)?.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(made.every((notification) => notification.shown)).toBe(true);
  });
});
