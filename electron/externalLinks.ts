/**
 * Links to the outside world: the only way a URL ever reaches `shell.openExternal`. A link must pass the contract's
 * rule (http or https, no credentials, at most MAX_EXTERNAL_URL_LENGTH characters) and the WHATWG URL parser, and
 * the user must confirm it in a dialog that shows the exact address. All decisions are pure; Electron's dialog and
 * shell are injected, so tests drive the opener with fakes.
 */
import type { BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { isOpenableExternalUrl, type OpenExternalResult } from '../shared/ipc/contract';
import { isSafeExternalUrl } from './security';

/** The address to open, normalised by the URL parser (punycode host, encoded path), or null when refused. */
export function externalLinkTarget(url: unknown): string | null {
  if (!isOpenableExternalUrl(url) || !isSafeExternalUrl(url)) return null;
  const href = new URL(url).href;
  // Normalisation must not turn an accepted address into one the rule refuses (e.g. by growing past the cap).
  return isOpenableExternalUrl(href) && isSafeExternalUrl(href) ? href : null;
}

export const OPEN_BUTTON_INDEX = 1;
export const CANCEL_BUTTON_INDEX = 0;

/** The confirmation, in German. Cancel is the default and the answer to Escape. */
export function externalLinkDialogOptions(href: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Link öffnen',
    message: 'Diesen Link im Browser öffnen?',
    detail:
      `Civic Desk öffnet diese Adresse in Ihrem Standardbrowser:\n\n${href}\n\n` +
      'Öffnen Sie nur Links, deren Adresse Sie kennen und denen Sie vertrauen.',
    buttons: ['Abbrechen', 'Im Browser öffnen'],
    defaultId: CANCEL_BUTTON_INDEX,
    cancelId: CANCEL_BUTTON_INDEX,
    noLink: true,
  };
}

export interface ExternalLinkDeps {
  /** Shows the confirmation for `href`; true only when the user chose to open it. */
  confirm(href: string): Promise<boolean>;
  /** Hands `href` to the operating system (shell.openExternal). */
  open(href: string): Promise<void>;
}

export type ExternalLinkOpener = (url: string) => Promise<OpenExternalResult>;

/**
 * Opens a link after confirmation. A refused URL throws and is never shown. While one confirmation is open, further
 * requests are cancelled at once, so a misbehaving page cannot stack dialogs.
 */
export function createExternalLinkOpener(deps: ExternalLinkDeps): ExternalLinkOpener {
  let confirming = false;
  return async (url) => {
    const href = externalLinkTarget(url);
    if (href === null) throw new Error('Link refused: only http(s) addresses without user name or password.');
    if (confirming) return { status: 'cancelled' };
    confirming = true;
    let confirmed: boolean;
    try {
      confirmed = await deps.confirm(href);
    } finally {
      confirming = false;
    }
    if (!confirmed) return { status: 'cancelled' };
    await deps.open(href);
    return { status: 'opened' };
  };
}

/** Electron's dialog and shell behind the opener; the dialog is modal to the window `parent` returns. */
export function electronExternalLinks(
  dialog: Pick<Dialog, 'showMessageBox'>,
  shell: Pick<Shell, 'openExternal'>,
  parent: () => BrowserWindow | null,
): ExternalLinkDeps {
  return {
    confirm: async (href) => {
      const options = externalLinkDialogOptions(href);
      const window = parent();
      const { response } = await (window
        ? dialog.showMessageBox(window, options)
        : dialog.showMessageBox(options));
      return response === OPEN_BUTTON_INDEX;
    },
    open: (href) => shell.openExternal(href, { activate: true }),
  };
}
