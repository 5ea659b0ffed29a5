import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from './browserPlatform';

const platform = createBrowserPlatform(document, 'Civic Desk', '1.2.3');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('browser platform (no desktop bridge)', () => {
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
});
