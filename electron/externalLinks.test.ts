import type { BrowserWindow, Dialog, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CANCEL_BUTTON_INDEX,
  createExternalLinkOpener,
  electronExternalLinks,
  externalLinkDialogOptions,
  externalLinkTarget,
  OPEN_BUTTON_INDEX,
} from './externalLinks';

function opener(answer: boolean | Promise<boolean>) {
  const confirm = vi.fn((_href: string) => Promise.resolve(answer));
  const open = vi.fn((_href: string) => Promise.resolve());
  return { confirm, open, openLink: createExternalLinkOpener({ confirm, open }) };
}

describe('externalLinkTarget', () => {
  it('normalises accepted links with the URL parser', () => {
    expect(externalLinkTarget('https://www.berlin.de')).toBe('https://www.berlin.de/');
    expect(externalLinkTarget('HTTPS://Example.ORG/Pfad')).toBe('https://example.org/Pfad');
    // An internationalised host is shown and opened as punycode, so look-alike letters are visible.
    expect(externalLinkTarget('https://bürgeramt.de/')).toBe('https://xn--brgeramt-65a.de/');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://desk/index.html',
    'https://user:pw@example.org/',
    'https://example.org/\u0000',
    `https://example.org/${'x'.repeat(3000)}`,
    '',
  ])('refuses %s', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(externalLinkTarget(42)).toBeNull();
    expect(externalLinkTarget(null)).toBeNull();
  });
});

describe('externalLinkDialogOptions', () => {
  const options = externalLinkDialogOptions('https://www.berlin.de/');

  it('asks in German and shows the exact address', () => {
    expect(options.message).toBe('Diesen Link im Browser öffnen?');
    expect(options.detail).toContain('https://www.berlin.de/');
    expect(options.buttons).toEqual(['Abbrechen', 'Im Browser öffnen']);
  });

  it('makes cancel the default and the Escape answer', () => {
    expect(options.defaultId).toBe(CANCEL_BUTTON_INDEX);
    expect(options.cancelId).toBe(CANCEL_BUTTON_INDEX);
    expect(options.buttons?.[OPEN_BUTTON_INDEX]).toBe('Im Browser öffnen');
  });
});

describe('createExternalLinkOpener', () => {
  it('opens a link only after the user confirmed it', async () => {
    const { confirm, open, openLink } = opener(true);
    await expect(openLink('https://www.berlin.de')).resolves.toEqual({ status: 'opened' });
    expect(confirm).toHaveBeenCalledExactlyOnceWith('https://www.berlin.de/');
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.berlin.de/');
  });

  it('opens nothing when the user cancels', async () => {
    const { open, openLink } = opener(false);
    await expect(openLink('https://www.berlin.de/')).resolves.toEqual({ status: 'cancelled' });
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses a bad link without asking', async () => {
    const { confirm, open, openLink } = opener(true);
    await expect(openLink('file:///C:/Windows/System32/calc.exe')).rejects.toThrow(/Link refused/);
    expect(confirm).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('shows one confirmation at a time and cancels requests made meanwhile', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const { confirm, open, openLink } = opener(new Promise<boolean>((resolve) => (answer = resolve)));
    const first = openLink('https://example.org/1');
    await expect(openLink('https://example.org/2')).resolves.toEqual({ status: 'cancelled' });
    answer(true);
    await expect(first).resolves.toEqual({ status: 'opened' });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.org/1');
    // Once answered, the next link gets its own confirmation.
    await openLink('https://example.org/3');
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('frees the confirmation slot when the dialog fails', async () => {
    const confirm = vi.fn<(href: string) => Promise<boolean>>();
    confirm.mockRejectedValueOnce(new Error('no display')).mockResolvedValueOnce(false);
    const openLink = createExternalLinkOpener({ confirm, open: () => Promise.resolve() });
    await expect(openLink('https://example.org/')).rejects.toThrow('no display');
    await expect(openLink('https://example.org/')).resolves.toEqual({ status: 'cancelled' });
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});

describe('electronExternalLinks', () => {
  function fakes(response: number) {
    const showMessageBox = vi.fn(
      (..._args: [BrowserWindow, MessageBoxOptions] | [MessageBoxOptions]): Promise<MessageBoxReturnValue> =>
        Promise.resolve({ response, checkboxChecked: false }),
    );
    const openExternal = vi.fn((_url: string, _options?: object) => Promise.resolve());
    // Electron's showMessageBox is overloaded (with and without a parent window); one mock stands for both.
    const dialog = { showMessageBox } as unknown as Pick<Dialog, 'showMessageBox'>;
    return { dialog, showMessageBox, shell: { openExternal } };
  }

  it('maps the open button to true and anything else to false', async () => {
    const yes = fakes(OPEN_BUTTON_INDEX);
    await expect(
      electronExternalLinks(yes.dialog, yes.shell, () => null).confirm('https://a.de/'),
    ).resolves.toBe(true);
    expect(yes.showMessageBox).toHaveBeenCalledWith(externalLinkDialogOptions('https://a.de/'));
    const no = fakes(CANCEL_BUTTON_INDEX);
    await expect(
      electronExternalLinks(no.dialog, no.shell, () => null).confirm('https://a.de/'),
    ).resolves.toBe(false);
  });

  it('is modal to the main window when there is one and opens through the shell', async () => {
    const { dialog, showMessageBox, shell } = fakes(OPEN_BUTTON_INDEX);
    const window = { id: 7 } as unknown as BrowserWindow;
    const links = electronExternalLinks(dialog, shell, () => window);
    await links.confirm('https://a.de/');
    expect(showMessageBox.mock.calls[0]?.[0]).toBe(window);
    await links.open('https://a.de/');
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://a.de/', { activate: true });
  });
});
