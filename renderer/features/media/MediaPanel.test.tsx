/**
 * The composer's media section against a real IndexedDB (fake-indexeddb) and real file bytes. Only the desktop
 * bridge is replaced, at its real seam: `window.civicDesk` implementing the DesktopApi contract.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DESKTOP_BRIDGE_KEY,
  type DesktopApi,
  type OpenFileRequest,
  type OpenFileResult,
} from '../../../shared/ipc/contract';
import { jpegFile, mp4File, pngFile } from '../../../shared/media/testFixtures';
import type { Channel } from '../../../shared/model/channels';
import {
  withAltText,
  withChannels,
  withMediaAdded,
  withMediaRemoved,
  withVariantMedia,
  type VariantContent,
} from '../../../shared/model/postVariants';
import { saveConsent } from '../../data/media/consentsRepository';
import { db } from '../../data/store/db';
import { storeMediaFile } from '../../data/media/mediaRepository';
import { createI18n } from '../../i18n/i18n';
import { MediaPanel } from './MediaPanel';

const openRequests: OpenFileRequest[] = [];
let nextFile: OpenFileResult = { status: 'cancelled' };
const bridge: DesktopApi = {
  getAppInfo: () => Promise.resolve({ name: 'Civic Desk', version: 'test', runtime: 'desktop' }),
  saveFile: ({ suggestedName }) => Promise.resolve({ status: 'saved', fileName: suggestedName }),
  openExternal: () => Promise.resolve({ status: 'cancelled' }),
  openFile: (request) => {
    openRequests.push(request);
    return Promise.resolve(nextFile);
  },
  writeBackup: () =>
    Promise.resolve({ status: 'failed', reason: 'writeFailed', message: 'not in this test' }),
  backupStatus: () => Promise.resolve({ folder: '', last: null }),
  chooseBackupFolder: () => Promise.resolve({ status: 'cancelled' }),
  printToPdf: () => Promise.resolve({ status: 'cancelled' }),
  onBackupRequested: () => () => undefined,
  showNotification: () => Promise.resolve({ status: 'unsupported' }),
  takeOpenedFiles: () => Promise.resolve([]),
  onFileOpened: () => () => undefined,
};

beforeAll(() => {
  Object.assign(window, { [DESKTOP_BRIDGE_KEY]: bridge });
  // jsdom's Blob does not survive the structured clone into fake-indexeddb; Node's does, as in a browser.
  vi.stubGlobal('Blob', NodeBlob);
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(async () => {
  openRequests.length = 0;
  nextFile = { status: 'cancelled' };
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  // A thumbnail's live query started just before the unmount may still be reading, and would fail against a
  // deleted database after the test. Unmount, then wait for it: a read-write transaction over every table starts
  // only once every transaction created before it on those tables has finished (IndexedDB's ordering).
  cleanup();
  await db.transaction('rw', db.tables, () => undefined);
  await db.delete();
});

const now = new Date('2026-11-25T08:00:00Z');
const empty: VariantContent = { channels: [], text: '', variants: [], variantsLinked: true, media: [] };

/** The composer's part: holds the content and applies the panel's callbacks with the shared helpers. */
function Harness(props: {
  initial: VariantContent;
  publishDate: string | null;
  onContent: (c: VariantContent) => void;
}) {
  const [content, setContent] = useState(props.initial);
  const change = (update: (current: VariantContent) => VariantContent) =>
    setContent((current) => {
      const next = update(current);
      props.onContent(next);
      return next;
    });
  return (
    <MediaPanel
      content={content}
      publishDate={props.publishDate}
      onAdd={(id) => change((current) => withMediaAdded(current, id))}
      onRemove={(id) => change((current) => withMediaRemoved(current, id))}
      onAltText={(id, altText) => change((current) => withAltText(current, id, altText))}
      onVariantMedia={(channel: Channel, id, shown) =>
        change((current) => withVariantMedia(current, channel, id, shown))
      }
    />
  );
}

function renderPanel(initial: VariantContent = empty, publishDate: string | null = '2026-12-03') {
  const state = { content: initial };
  const view = render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <Harness
        initial={initial}
        publishDate={publishDate}
        onContent={(content) => (state.content = content)}
      />
    </I18nextProvider>,
  );
  return { state, ...view };
}

async function stored(bytes: Uint8Array, fileName: string) {
  const result = await storeMediaFile({ bytes, fileName, now });
  if (!result.ok) throw new Error(result.messageKey);
  return result.meta;
}

describe('MediaPanel', () => {
  it('adds an image from disk: stored, attached, shown with its alt text, on every network', async () => {
    const user = userEvent.setup();
    nextFile = { status: 'opened', fileName: 'Rathaus.png', bytes: pngFile(6, 4) };
    const { state } = renderPanel(withChannels(empty, ['linkedin', 'x']));

    await user.click(screen.getByRole('button', { name: 'Bild oder Video hinzufügen' }));
    const altText = await screen.findByRole('textbox', { name: 'Alternativtext für Rathaus.png' });
    expect(openRequests).toEqual([
      {
        filters: [
          { name: 'Bilder und Videos', extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'webm'] },
        ],
      },
    ]);
    const [meta] = await db.media.toArray();
    expect(meta).toMatchObject({ fileName: 'Rathaus.png', width: 6, height: 4 });
    expect(state.content.media).toEqual([{ mediaId: meta?.id, altText: '' }]);
    expect(screen.getByText(/Beschreibt das Bild für Menschen, die einen Screenreader nutzen/)).toBeTruthy();
    expect(altText.getAttribute('aria-describedby')).toBeTruthy();

    await user.type(altText, 'Rathaus im Schnee');
    const image = await screen.findByRole('img', { name: 'Rathaus im Schnee' });
    expect(image.getAttribute('src')).toMatch(/^blob:/);
    expect(state.content.media[0]?.altText).toBe('Rathaus im Schnee');

    const showOn = screen.getByRole('group', { name: 'Zeigen auf' });
    expect(within(showOn).getByRole('checkbox', { name: 'LinkedIn' })).toHaveProperty('checked', true);
    await user.click(within(showOn).getByRole('checkbox', { name: 'X' }));
    expect(within(showOn).getByRole('checkbox', { name: 'X' })).toHaveProperty('checked', false);
    expect(state.content.variants.map((variant) => [variant.channel, variant.mediaIds])).toEqual([
      ['linkedin', [meta?.id]],
      ['x', []],
    ]);
  });

  it('counts the alt text against the strictest limit of the networks showing the image', async () => {
    const user = userEvent.setup();
    nextFile = { status: 'opened', fileName: 'Rathaus.png', bytes: pngFile(6, 4) };
    renderPanel(withChannels(empty, ['linkedin', 'x']));
    await user.click(screen.getByRole('button', { name: 'Bild oder Video hinzufügen' }));
    const altText = await screen.findByRole('textbox', { name: 'Alternativtext für Rathaus.png' });
    await user.type(altText, 'Rathaus');
    expect(screen.getByText('7 / 256 Zeichen (Grenze von LinkedIn)')).toBeTruthy();

    fireEvent.change(altText, { target: { value: 'a'.repeat(257) } });
    expect(
      screen.getByText(/Der Alternativtext ist zu lang: 257 Zeichen, LinkedIn erlaubt höchstens 256\./),
    ).toBeTruthy();
    expect(altText.getAttribute('aria-invalid')).toBe('true');

    // Shown on X only, the alt text fits X's 1,000.
    await user.click(
      within(screen.getByRole('group', { name: 'Zeigen auf' })).getByRole('checkbox', { name: 'LinkedIn' }),
    );
    expect(screen.getByText('257 / 1.000 Zeichen (Grenze von X)')).toBeTruthy();
    expect(altText.getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a text file with the German message beside the button and stores nothing', async () => {
    const user = userEvent.setup();
    nextFile = { status: 'opened', fileName: 'notiz.txt', bytes: new TextEncoder().encode('Hallo') };
    const { state } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Bild oder Video hinzufügen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('„notiz.txt“ ist kein unterstütztes Bild- oder Videoformat.');
    expect(await db.media.count()).toBe(0);
    expect(state.content.media).toEqual([]);
  });

  it("refuses an image over the size limit of the post's network, naming it, and stores nothing", async () => {
    const user = userEvent.setup();
    nextFile = { status: 'opened', fileName: 'plakat.jpg', bytes: jpegFile(40000, 40000) };
    const { state } = renderPanel(withChannels(empty, ['instagram', 'x']));
    await user.click(screen.getByRole('button', { name: 'Bild oder Video hinzufügen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('„plakat.jpg“ ist 6 MB groß; X erlaubt für Bilder höchstens 5 MB.');
    expect(await db.media.count()).toBe(0);
    expect(state.content.media).toEqual([]);
  });

  it('does nothing when the file dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { state } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Bild oder Video hinzufügen' }));
    await waitFor(() => expect(openRequests).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(state.content.media).toEqual([]);
    expect(screen.getByText('Der Beitrag hat noch keine Bilder oder Videos.')).toBeTruthy();
  });

  it('chooses a medium from the library dialog', async () => {
    const user = userEvent.setup();
    await stored(pngFile(3, 3), 'Marktplatz.png');
    const chosen = await stored(pngFile(4, 4), 'Stadtfest.png');
    const { state } = renderPanel();

    await user.click(screen.getByRole('button', { name: 'Aus der Mediathek' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mediathek' });
    // The dialog opens at once; its list appears when the library's live query has answered.
    const grid = await within(dialog).findByRole('list', { name: 'Bilder und Videos der Mediathek' });
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(2));
    await user.click(within(grid).getByRole('button', { name: 'Stadtfest.png' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.content.media).toEqual([{ mediaId: chosen.id, altText: '' }]);
    expect(await screen.findByRole('textbox', { name: 'Alternativtext für Stadtfest.png' })).toBeTruthy();
  });

  it('records people and links consents, with their status on the publishing day and the problems', async () => {
    const user = userEvent.setup();
    const meta = await stored(pngFile(5, 5), 'Empfang.png');
    const consent = await saveConsent({
      person: 'Maria Muster',
      purpose: 'Neujahrsempfang',
      givenOn: '2026-01-10',
      validUntil: null,
      withdrawnOn: '2026-11-01',
    });
    if (!consent.ok) throw new Error(consent.messageKey);
    renderPanel(withMediaAdded(empty, meta.id), '2026-12-03');

    await user.click(await screen.findByRole('checkbox', { name: 'Zeigt Personen' }));
    const consents = await screen.findByRole('group', { name: 'Einwilligungen' });
    expect(within(consents).getByText('Status am Veröffentlichungstag (03.12.2026)')).toBeTruthy();
    expect(
      within(consents).getByText(/„Empfang.png“ zeigt Personen, aber es ist keine Einwilligung verknüpft/),
    ).toBeTruthy();
    expect((await db.media.get(meta.id))?.showsPeople).toBe(true);

    await user.selectOptions(
      within(consents).getByRole('combobox', { name: 'Einwilligung verknüpfen' }),
      'Maria Muster – Neujahrsempfang (Widerrufen)',
    );
    await user.click(within(consents).getByRole('button', { name: 'Verknüpfen' }));
    expect(await within(consents).findByText('Maria Muster – Neujahrsempfang: Widerrufen')).toBeTruthy();
    const warnings = within(consents).getByRole('list', { name: 'Hinweise zu „Empfang.png“' });
    expect(warnings.textContent).toContain(
      'Maria Muster hat die Einwilligung für „Empfang.png“ am 01.11.2026 widerrufen.',
    );
    expect((await db.media.get(meta.id))?.consentIds).toEqual([consent.consent.id]);

    await user.click(
      within(consents).getByRole('button', {
        name: 'Verknüpfung lösen: Einwilligung von Maria Muster und „Empfang.png“',
      }),
    );
    await waitFor(async () => expect((await db.media.get(meta.id))?.consentIds).toEqual([]));
  });

  it('checks consents for today while the post has no valid date', async () => {
    const user = userEvent.setup();
    const meta = await stored(pngFile(5, 5), 'Team.png');
    renderPanel(withMediaAdded(empty, meta.id), '2026-02-30');
    await user.click(await screen.findByRole('checkbox', { name: 'Zeigt Personen' }));
    const consents = await screen.findByRole('group', { name: 'Einwilligungen' });
    expect(
      within(consents).getByText(
        /^Status heute \(\d{2}\.\d{2}\.\d{4}\); der Beitrag hat noch keinen Termin$/,
      ),
    ).toBeTruthy();
    expect(within(consents).getByText(/Im Register sind noch keine Einwilligungen eingetragen/)).toBeTruthy();
  });

  it('shows videos as a labelled placeholder with a subtitles switch', async () => {
    const user = userEvent.setup();
    const meta = await stored(mp4File(), 'Rundgang.mp4');
    renderPanel(withMediaAdded(empty, meta.id), null);
    expect(await screen.findByRole('img', { name: 'Video „Rundgang.mp4“' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Hat Untertitel' }));
    await waitFor(async () => expect((await db.media.get(meta.id))?.hasSubtitles).toBe(true));
  });

  it('removes a medium from the post and revokes its object URL', async () => {
    const user = userEvent.setup();
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const meta = await stored(pngFile(2, 2), 'Plakat.png');
    const { state } = renderPanel(
      withAltText(withMediaAdded(empty, meta.id), meta.id, 'Plakat zum Stadtfest'),
    );
    const image = await screen.findByRole('img', { name: 'Plakat zum Stadtfest' });
    const url = image.getAttribute('src');

    await user.click(screen.getByRole('button', { name: '„Plakat.png“ aus dem Beitrag entfernen' }));
    expect(state.content.media).toEqual([]);
    expect(screen.queryByRole('img')).toBeNull();
    await act(() => Promise.resolve());
    expect(revoke).toHaveBeenCalledWith(url);
    expect(await db.media.count()).toBe(1);
  });
});
