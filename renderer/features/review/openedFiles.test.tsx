/**
 * A `.civicdesk` file opened from outside the page (double-click, File › Open) reaches the review-by-file import:
 * the desk switches to the review page and shows the same preview as the "Freigabedatei öffnen" button.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob } from 'node:buffer';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { db } from '../../data/store/db';
import { buildReviewRequestFile } from '../../data/workflow/reviewFileRepository';
import { loadSettings } from '../../data/settings/settingsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { useOpenedFileRouting, useOpenedFilesStore } from './openedFiles';
import { ReviewQueuePage } from './ReviewQueuePage';
import { submittedPost } from './reviewTestSetup';

const bridge = vi.hoisted(() => ({
  listeners: new Set<(file: OpenedFile) => void>(),
}));
vi.mock('../../platform/platform', () => ({
  getPlatform: () => ({
    onFileOpened: (callback: (file: OpenedFile) => void) => {
      bridge.listeners.add(callback);
      return () => bridge.listeners.delete(callback);
    },
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    saveFile: () => Promise.resolve({ status: 'cancelled' }),
  }),
}));

function openFromOutside(file: OpenedFile) {
  act(() => {
    for (const listener of bridge.listeners) listener(file);
  });
}

/** The desk's part that matters here: the routing hook and the review page when it is shown. */
function MiniDesk({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  useOpenedFileRouting();
  const page = useUiStore((state) => state.page);
  return page === 'review' ? <ReviewQueuePage settings={settings} profile={profile} /> : <p>Kalender</p>;
}

beforeEach(async () => {
  vi.stubGlobal('Blob', NodeBlob);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState({ page: 'calendar' });
  useOpenedFilesStore.setState({ waiting: [] });
  await db.open();
});

afterEach(async () => {
  cleanup();
  bridge.listeners.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await db.delete();
});

async function requestFileFromAnna(): Promise<OpenedFile> {
  await seedProfiles([ANNA_EDITOR]);
  const post = await submittedPost(ANNA_EDITOR.id);
  const request = await buildReviewRequestFile([post.id], { actorId: ANNA_EDITOR.id, now: new Date() });
  if (!request.ok) throw new Error(request.messageKey);
  // The approver's laptop.
  await db.delete();
  await db.open();
  await seedProfiles([PAUL_APPROVER]);
  return { fileName: request.file.name, bytes: request.file.bytes };
}

async function renderDesk(profile: StoredProfile) {
  const settings = await loadSettings();
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <MiniDesk settings={{ ...settings, timeZone: 'Europe/Berlin' }} profile={profile} />
    </I18nextProvider>,
  );
}

describe('opening a review file from outside the page', () => {
  it('switches to the review page and shows the request import, as the open button would', async () => {
    const user = userEvent.setup();
    const file = await requestFileFromAnna();
    await renderDesk(PAUL_APPROVER);
    expect(screen.getByText('Kalender')).toBeTruthy();

    openFromOutside(file);

    expect(useUiStore.getState().page).toBe('review');
    expect(await screen.findByText('Die Freigabeanfrage von Anna Autorin enthält 1 Beitrag.')).toBeTruthy();
    const heading = screen.getByRole('heading', { name: 'Freigabe per Datei' });
    expect(document.activeElement).toBe(heading);
    expect(useOpenedFilesStore.getState().waiting).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Beiträge übernehmen' }));
    expect(
      await screen.findByText(
        '1 Beitrag aus der Freigabedatei wurde übernommen und wartet auf Ihre Entscheidung.',
      ),
    ).toBeTruthy();
    expect(await db.posts.count()).toBe(1);
  });

  it('names what is wrong with an opened file that is not a review file, importing nothing', async () => {
    await seedProfiles([ANNA_EDITOR]);
    await renderDesk(ANNA_EDITOR);
    openFromOutside({
      fileName: 'notizen.civicdesk',
      bytes: new TextEncoder().encode('{"format":"anders"}'),
    });
    const status = await screen.findByText(/keine gültige Freigabedatei/);
    expect(status.closest('[aria-live]')).not.toBeNull();
    expect(await db.posts.count()).toBe(0);
  });

  it('shows files opened at once one after the other', async () => {
    const user = userEvent.setup();
    const file = await requestFileFromAnna();
    await renderDesk(PAUL_APPROVER);
    openFromOutside(file);
    openFromOutside({ ...file, fileName: 'zweite.civicdesk' });
    expect(await screen.findByText('Die Freigabeanfrage von Anna Autorin enthält 1 Beitrag.')).toBeTruthy();
    expect(useOpenedFilesStore.getState().waiting.map((waiting) => waiting.fileName)).toEqual([
      'zweite.civicdesk',
    ]);
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(await screen.findByText('Die Freigabeanfrage von Anna Autorin enthält 1 Beitrag.')).toBeTruthy();
    expect(useOpenedFilesStore.getState().waiting).toEqual([]);
  });

  it('stops listening when the desk goes away', async () => {
    await seedProfiles([ANNA_EDITOR]);
    await renderDesk(ANNA_EDITOR);
    expect(bridge.listeners.size).toBe(1);
    cleanup();
    expect(bridge.listeners.size).toBe(0);
  });
});
