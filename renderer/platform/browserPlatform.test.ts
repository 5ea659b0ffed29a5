import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, externalLinkQuestion } from './browserPlatform';

const platform = createBrowserPlatform(document, 'Civic Desk', '1.2.3');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('browser platform (no desktop bridge)', () => {
  it('prints through the browser dialog and says so (no PDF file is known)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    expect(await platform.printToPdf({ suggestedName: 'Wochenplan.pdf' })).toEqual({ status: 'printed' });
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('has no backup folder: backups are refused with a German reason, folder choice is cancelled', async () => {
    const result = await platform.writeBackup({ json: '{}', reason: 'manual' });
    expect(result).toMatchObject({ status: 'failed', reason: 'writeFailed' });
    expect(result.status === 'failed' && result.message).toMatch(/nur in der Desktop-App/);
    expect(await platform.backupStatus()).toEqual({ folder: '', last: null });
    expect(await platform.chooseBackupFolder()).toEqual({ status: 'cancelled' });
    const callback = vi.fn();
    platform.onBackupRequested(callback)();
    expect(callback).not.toHaveBeenCalled();
  });

  it('reports itself as the browser runtime', async () => {
    expect(await platform.getAppInfo()).toEqual({ name: 'Civic Desk', version: '1.2.3', runtime: 'browser' });
  });

  it('saves a file as a download of a Blob under the suggested name', async () => {
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

    const result = await platform.saveFile({
      suggestedName: 'wochenplan.ics',
      bytes: new TextEncoder().encode('BEGIN:VCALENDAR'),
      filters: [{ name: 'Kalender', extensions: ['ics'] }],
    });

    expect(result).toEqual({ status: 'saved', fileName: 'wochenplan.ics' });
    expect(clicked).toEqual([{ download: 'wochenplan.ics', href: 'blob:test/1' }]);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('BEGIN:VCALENDAR');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('opens a file through a file input limited to the filter extensions', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('.civicdesk,.json');
      const file = new File(['{"version":1}'], 'arbeitsbereich.civicdesk');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await platform.openFile({
      filters: [{ name: 'Arbeitsbereich', extensions: ['civicdesk', 'json'] }],
    });
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.fileName).toBe('arbeitsbereich.civicdesk');
    expect(new TextDecoder().decode(result.bytes)).toBe('{"version":1}');
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('reports a cancelled file dialog', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await platform.openFile({ filters: [] })).toEqual({ status: 'cancelled' });
  });

  describe('openExternal', () => {
    function spies(answer: boolean) {
      const confirm = vi.spyOn(window, 'confirm').mockReturnValue(answer);
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      return { confirm, open };
    }

    it('opens an http(s) link in a new tab without opener or referrer, after confirmation', async () => {
      const { confirm, open } = spies(true);
      await expect(platform.openExternal('https://www.berlin.de/')).resolves.toEqual({ status: 'opened' });
      expect(confirm).toHaveBeenCalledExactlyOnceWith(externalLinkQuestion('https://www.berlin.de/'));
      expect(open).toHaveBeenCalledExactlyOnceWith('https://www.berlin.de/', '_blank', 'noopener,noreferrer');
    });

    it('opens nothing when the user declines', async () => {
      const { open } = spies(false);
      await expect(platform.openExternal('https://www.berlin.de/')).resolves.toEqual({ status: 'cancelled' });
      expect(open).not.toHaveBeenCalled();
    });

    it.each([
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@example.org/',
      `https://a.de/${'x'.repeat(2100)}`,
    ])('refuses %s without asking', async (url) => {
      const { confirm, open } = spies(true);
      await expect(platform.openExternal(url)).rejects.toThrow(/Link refused/);
      expect(confirm).not.toHaveBeenCalled();
      expect(open).not.toHaveBeenCalled();
    });

    it('asks in German and shows the address', () => {
      expect(externalLinkQuestion('https://a.de/')).toMatch(
        /^Diesen Link in einem neuen Tab öffnen\?\n\nhttps:\/\/a\.de\//,
      );
    });
  });
});

describe('browser notifications (Web Notification API, only when already allowed)', () => {
  function stubNotification(permission: string) {
    const shown: { title: string; body?: string }[] = [];
    const FakeNotification = Object.assign(
      function FakeNotification(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body });
      },
      { permission },
    );
    vi.stubGlobal('Notification', FakeNotification);
    return shown;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the notification when permission is granted', async () => {
    const shown = stubNotification('granted');
    await expect(
      platform.showNotification({ title: 'Civic Desk', body: 'Zwei Freigaben warten.' }),
    ).resolves.toEqual({ status: 'shown' });
    expect(shown).toEqual([{ title: 'Civic Desk', body: 'Zwei Freigaben warten.' }]);
  });

  it.each(['default', 'denied'])(
    'answers unsupported and shows nothing when permission is %s',
    async (state) => {
      const shown = stubNotification(state);
      await expect(platform.showNotification({ title: 'Civic Desk', body: 'x' })).resolves.toEqual({
        status: 'unsupported',
      });
      expect(shown).toEqual([]);
    },
  );

  it('answers unsupported where the browser has no Notification at all', async () => {
    vi.stubGlobal('Notification', undefined);
    await expect(platform.showNotification({ title: 'Civic Desk', body: 'x' })).resolves.toEqual({
      status: 'unsupported',
    });
  });

  it('refuses text the desktop would refuse (control characters), naming the problem', async () => {
    const shown = stubNotification('granted');
    await expect(platform.showNotification({ title: 'Civic\u001bDesk', body: 'x' })).rejects.toThrow(
      /title: plain text without control characters/,
    );
    expect(shown).toEqual([]);
  });
});

describe('opened files in the browser', () => {
  it('has none: no file association, only the open button and drag and drop', async () => {
    expect(await platform.takeOpenedFiles()).toEqual([]);
    const callback = vi.fn();
    platform.onFileOpened(callback)();
    expect(callback).not.toHaveBeenCalled();
  });
});
