import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShowNotificationRequest } from '../../../shared/ipc/contract';
import {
  notificationPermission,
  notificationText,
  notifyOnce,
  requestNotificationPermission,
  resetNotified,
} from './desktopNotifications';

interface FakePlatform {
  desktop: boolean;
  shown: ShowNotificationRequest[];
  answer: 'shown' | 'unsupported' | 'refused';
}

const platform = vi.hoisted((): FakePlatform => ({ desktop: true, shown: [], answer: 'shown' }));

vi.mock('../../platform/platform', () => ({
  hasDesktopBridge: () => platform.desktop,
  getPlatform: () => ({
    showNotification: (request: ShowNotificationRequest) => {
      platform.shown.push(request);
      return platform.answer === 'refused'
        ? Promise.reject(new Error('refused'))
        : Promise.resolve({ status: platform.answer });
    },
  }),
}));

const requestPermission = vi.fn(() => Promise.resolve('granted' as const));

function stubWebNotification(permission: 'granted' | 'denied' | 'default') {
  vi.stubGlobal(
    'Notification',
    Object.assign(function WebNotification() {}, { permission, requestPermission }),
  );
}

beforeEach(() => {
  resetNotified();
  platform.shown = [];
  platform.answer = 'shown';
  requestPermission.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const item = (id: string, body = 'Beitrag wartet') => ({ id, title: 'Civic Desk', body });

describe('in the desktop app', () => {
  beforeEach(() => {
    platform.desktop = true;
    stubWebNotification('denied'); // the session denies the web permission; the bridge needs none
  });

  it('counts as allowed without asking: the main process shows notifications', async () => {
    expect(notificationPermission()).toBe('granted');
    expect(await requestNotificationPermission()).toBe('granted');
    expect(requestPermission).not.toHaveBeenCalled();
  });

  it('sends each reminder through the bridge once per session', () => {
    expect(notifyOnce([item('a'), item('b')])).toBe(2);
    expect(notifyOnce([item('a'), item('c')])).toBe(1);
    expect(platform.shown.map((request) => request.body)).toHaveLength(3);
    expect(platform.shown[0]).toEqual({ title: 'Civic Desk', body: 'Beitrag wartet' });
  });

  it('survives a refused notification without throwing', async () => {
    platform.answer = 'refused';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(notifyOnce([item('x')])).toBe(1);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });

  it('cleans text the bridge would refuse: control characters, overlong titles and bodies', () => {
    notifyOnce([{ id: 'long', title: `Tab\there${'x'.repeat(200)}`, body: `a\u001bb\nc${'y'.repeat(600)}` }]);
    const [request] = platform.shown;
    expect(request?.title).toHaveLength(120);
    expect(request?.title.startsWith('Tab here')).toBe(true);
    expect(request?.title.endsWith('…')).toBe(true);
    expect(request?.body.startsWith('a b\nc')).toBe(true);
    expect(request?.body).toHaveLength(500);
  });
});

describe('in a browser', () => {
  beforeEach(() => {
    platform.desktop = false;
  });

  it('follows the Web Notification permission and notifies only when granted', () => {
    stubWebNotification('default');
    expect(notificationPermission()).toBe('default');
    expect(notifyOnce([item('a')])).toBe(0);
    stubWebNotification('granted');
    expect(notifyOnce([item('a')])).toBe(1);
    expect(platform.shown).toHaveLength(1);
  });

  it('asks the browser for permission on request', async () => {
    stubWebNotification('default');
    expect(await requestNotificationPermission()).toBe('granted');
    expect(requestPermission).toHaveBeenCalledTimes(1);
  });

  it('is unsupported without the API', async () => {
    vi.stubGlobal('Notification', undefined);
    expect(notificationPermission()).toBe('unsupported');
    expect(await requestNotificationPermission()).toBe('unsupported');
    expect(notifyOnce([item('a')])).toBe(0);
  });
});

describe('notificationText', () => {
  it('keeps short plain text and never splits an emoji', () => {
    expect(notificationText('Grüße 🎉', 120, false)).toBe('Grüße 🎉');
    const cut = notificationText(`${'a'.repeat(8)}🎉🎉`, 10, false);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(notificationText('a\nb', 10, false)).toBe('a b');
    expect(notificationText('a\nb', 10, true)).toBe('a\nb');
  });
});
