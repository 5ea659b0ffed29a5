/** The backup section of the settings against a real IndexedDB (fake-indexeddb) and a fake desktop bridge. */
import { Blob as NodeBlob } from 'node:buffer';
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { DesktopApi, SaveFileRequest, WriteBackupRequest } from '../../../shared/ipc/contract';
import { db } from '../../data/store/db';
import { clearRestoreUndo } from '../../data/workspace/restoreUndo';
import { exportWorkspace } from '../../data/workspace/workspaceRepository';
import { seedDesk } from '../../data/workspace/workspaceTestDesk';
import { useUiStore } from '../../state/uiStore';
import { createI18n } from '../../i18n/i18n';
import { BackupSection } from './BackupSection';
import { LAST_DOWNLOAD_KEY } from './downloadReminder';

const platform = vi.hoisted(() => ({ current: null as unknown as DesktopApi }));
vi.mock('../../platform/platform', () => ({ getPlatform: () => platform.current }));

function fakePlatform(runtime: 'desktop' | 'browser', overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    getAppInfo: vi.fn(() => Promise.resolve({ name: 'Civic Desk', version: '1', runtime })),
    saveFile: vi.fn(({ suggestedName }: { suggestedName: string }) =>
      Promise.resolve({ status: 'saved' as const, fileName: suggestedName }),
    ),
    openFile: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    openExternal: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    writeBackup: vi.fn(() =>
      Promise.resolve({
        status: 'written' as const,
        fileName: 'neu.json',
        sha256: 'a'.repeat(64),
        at: '2026-11-25T15:00:00.000Z',
      }),
    ),
    backupStatus: vi.fn(() => Promise.resolve({ folder: '/home/anna/Documents/Civic Desk', last: null })),
    chooseBackupFolder: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    printToPdf: vi.fn(() => Promise.resolve({ status: 'printed' as const })),
    onBackupRequested: vi.fn(() => () => undefined),
    showNotification: vi.fn(() => Promise.resolve({ status: 'unsupported' as const })),
    takeOpenedFiles: vi.fn(() => Promise.resolve([])),
    onFileOpened: vi.fn(() => () => undefined),
    ...overrides,
  };
}

function opened(text: string, fileName = 'sicherung.json'): DesktopApi['openFile'] {
  return vi.fn(() =>
    Promise.resolve({ status: 'opened' as const, fileName, bytes: new TextEncoder().encode(text) }),
  );
}

beforeAll(() => vi.stubGlobal('Blob', NodeBlob));

beforeEach(async () => {
  await db.open();
  window.localStorage.clear();
  // Restore, merge and undo are the admins' (issue 13): Ada works at this desk.
  useUiStore.getState().setCurrentUser('ada');
});

afterEach(async () => {
  await db.delete();
  await clearRestoreUndo();
});

function renderSection() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <BackupSection settings={DEFAULT_SETTINGS} />
    </I18nextProvider>,
  );
}

describe('BackupSection in the browser', () => {
  it('reminds to download, downloads a backup with media and remembers when', async () => {
    const saveFile = vi.fn(({ suggestedName }: SaveFileRequest) =>
      Promise.resolve({ status: 'saved' as const, fileName: suggestedName }),
    );
    platform.current = fakePlatform('browser', { saveFile });
    await seedDesk();
    renderSection();
    expect(await screen.findByText(/Bitte laden Sie wöchentlich eine Sicherung herunter/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sicherung herunterladen' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringMatching(/wurde heruntergeladen/),
    );
    const request = saveFile.mock.calls[0]?.[0];
    expect(request?.suggestedName).toMatch(/^civic-desk-sicherung-.*\.json$/);
    const file = JSON.parse(new TextDecoder().decode(request?.bytes)) as {
      mediaFiles: unknown[];
      posts: unknown[];
    };
    expect(file.mediaFiles).toHaveLength(1);
    expect(file.posts).toHaveLength(2);
    expect(window.localStorage.getItem(LAST_DOWNLOAD_KEY)).not.toBeNull();
    expect(screen.queryByText(/wöchentlich/)).toBeNull();
  });

  it('reminds when the last download is older than 7 days', async () => {
    platform.current = fakePlatform('browser');
    window.localStorage.setItem(LAST_DOWNLOAD_KEY, new Date(Date.now() - 8 * 86_400_000).toISOString());
    renderSection();
    expect(await screen.findByText(/älter als 7 Tage/)).toBeTruthy();
  });

  it('names the first problem of a broken file and changes nothing', async () => {
    await seedDesk();
    const before = (await exportWorkspace({ includeMedia: true }, new Date(0))).json;
    const broken = JSON.parse(before) as { posts: { title: unknown }[] };
    Object.assign(broken.posts[1] ?? {}, { title: 7 });
    platform.current = fakePlatform('browser', { openFile: opened(JSON.stringify(broken), 'kaputt.json') });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('„kaputt.json“ kann nicht wiederhergestellt werden');
    expect(alert.textContent).toContain('Stelle: posts[1].title');
    expect(screen.queryByRole('button', { name: 'Wiederherstellen' })).toBeNull();
    expect((await exportWorkspace({ includeMedia: true }, new Date(0))).json).toBe(before);
  });

  it('previews, restores a deleted post and undoes the restore', async () => {
    await seedDesk();
    const file = (await exportWorkspace({ includeMedia: true }, new Date())).json;
    await db.posts.delete('post-1');
    platform.current = fakePlatform('browser', { openFile: opened(file) });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }));
    const table = await screen.findByRole('table', { name: 'Vorschau: sicherung.json' });
    const posts = within(table).getByRole('row', { name: /Beiträge/ });
    expect(
      within(posts)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '1', '0']);
    await userEvent.click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Wiederhergestellt: 1 neue/));
    expect(await db.posts.get('post-1')).toBeDefined();
    await userEvent.click(await screen.findByRole('button', { name: 'Wiederherstellung rückgängig machen' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/Stand vor der Wiederherstellung ist zurück/),
    );
    expect(await db.posts.get('post-1')).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Wiederherstellung rückgängig machen' })).toBeNull();
  });

  it('merges with a chosen side for a conflict', async () => {
    await seedDesk();
    const file = JSON.parse((await exportWorkspace({ includeMedia: false }, new Date())).json) as {
      posts: { id: string; title: string }[];
    };
    Object.assign(file.posts[0] ?? {}, { title: 'Titel aus der Datei' });
    platform.current = fakePlatform('browser', { openFile: opened(JSON.stringify(file)) });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }));
    await userEvent.click(await screen.findByRole('radio', { name: /Zusammenführen/ }));
    const group = screen.getByRole('group', { name: 'Beiträge: Titel aus der Datei' });
    expect(within(group).getByRole('radio', { name: 'Meine Fassung behalten' })).toHaveProperty(
      'checked',
      true,
    );
    await userEvent.click(within(group).getByRole('radio', { name: 'Fassung aus der Datei übernehmen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(async () => expect((await db.posts.get('post-0'))?.title).toBe('Titel aus der Datei'));
  });
});

describe('BackupSection for a profile without the admin role', () => {
  it('explains that only admins restore, and offers no file to choose', async () => {
    await seedDesk();
    useUiStore.getState().setCurrentUser('anna');
    platform.current = fakePlatform('browser');
    renderSection();
    expect(
      await screen.findByText(/Nur Administratorinnen und Administratoren können eine Sicherung/),
    ).toBeTruthy();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Datei zum Wiederherstellen wählen …' }).disabled,
    ).toBe(true);
  });
});

describe('BackupSection in the desktop app', () => {
  it('says how much space to free when the chosen drive is too full for the backup file', async () => {
    const MB = 1024 * 1024;
    platform.current = fakePlatform('desktop', {
      saveFile: vi.fn(() =>
        Promise.resolve({
          status: 'failed' as const,
          reason: 'lowDisk' as const,
          neededBytes: 120 * MB,
          freeBytes: 20 * MB,
        }),
      ),
    });
    await seedDesk();
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Sicherung herunterladen' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Zu wenig freier Speicherplatz auf dem Laufwerk: Die Datei braucht mit Reserve 120 MB, frei sind nur 20 MB. ' +
        'Bitte geben Sie auf dem Laufwerk mindestens 100 MB frei oder wählen Sie beim Speichern ein anderes Laufwerk.',
    );
    expect(screen.queryByText(/wurde heruntergeladen/)).toBeNull();
  });

  it('shows the folder and the last backup (time in the organisation’s zone, file), and backs up now', async () => {
    const writeBackup = vi.fn((_request: WriteBackupRequest) =>
      Promise.resolve({
        status: 'written' as const,
        fileName: 'neu.json',
        sha256: 'a'.repeat(64),
        at: 'now',
      }),
    );
    platform.current = fakePlatform('desktop', {
      writeBackup,
      backupStatus: vi.fn(() =>
        Promise.resolve({
          folder: '/home/anna/Documents/Civic Desk',
          last: {
            fileName: 'civic-desk-sicherung-20261125-140000000Z-interval.json',
            sha256: 'a'.repeat(64),
            at: '2026-11-25T14:00:00.000Z',
            reason: 'interval' as const,
          },
        }),
      ),
    });
    await seedDesk();
    renderSection();
    expect(await screen.findByText('/home/anna/Documents/Civic Desk')).toBeTruthy();
    expect(
      await screen.findByText(
        /25\.11\.2026, 15:00, Datei civic-desk-sicherung-20261125-140000000Z-interval\.json/,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Jetzt sichern' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Sicherung gespeichert: neu.json (Prüfsumme bestätigt).',
      ),
    );
    const request = writeBackup.mock.calls[0]?.[0];
    expect(request?.reason).toBe('manual');
    expect(JSON.parse(request?.json ?? '{}')).toMatchObject({ format: 'civic-desk-workspace' });
  });

  it('shows a failed backup as an error with the desktop’s reason', async () => {
    platform.current = fakePlatform('desktop', {
      writeBackup: vi.fn(() =>
        Promise.resolve({
          status: 'failed' as const,
          reason: 'lowDisk' as const,
          message: 'Zu wenig freier Speicherplatz.',
        }),
      ),
    });
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Jetzt sichern' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Die Sicherung ist fehlgeschlagen: Zu wenig freier Speicherplatz.',
    );
  });
});
