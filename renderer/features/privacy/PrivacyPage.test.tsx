/** The Datenschutz page against a real IndexedDB (fake-indexeddb). */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { addComment } from '../../data/workflow/commentsRepository';
import { db } from '../../data/store/db';
import { postAt } from '../../data/export/exportTestPosts';
import { loadSettings } from '../../data/settings/settingsRepository';
import { storeSettings } from '../../data/settings/testSettings';
import { ADA_ADMIN, ANNA_EDITOR, seedProfiles } from '../../data/settings/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { PrivacyPage } from './PrivacyPage';

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  await storeSettings(DEFAULT_SETTINGS);
});

afterEach(async () => {
  await db.delete();
});

function renderPage(profile: StoredProfile, settings: Settings = DEFAULT_SETTINGS) {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <PrivacyPage settings={settings} profile={profile} />
    </I18nextProvider>,
  );
}

describe('Datenschutz page', () => {
  it('says what is stored where and that nothing leaves the device', () => {
    renderPage(ANNA_EDITOR);
    expect(screen.getByRole('heading', { level: 1, name: 'Datenschutz' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Was wird wo gespeichert?' });
    for (const row of [
      'Beiträge',
      'Bilder und Videos',
      'Einwilligungen',
      'Profile',
      'Schlüssel',
      'Kommentare',
    ]) {
      expect(within(table).getByRole('rowheader', { name: row })).toBeTruthy();
    }
    expect(within(table).getByText(/PIN-Hash/)).toBeTruthy();
    expect(within(table).getByText(/nicht exportierbar/)).toBeTruthy();
    expect(screen.getByText(/Nichts verlässt das Gerät/)).toBeTruthy();
  });

  it('lets an admin save periods, names bad fields and saves nothing for bad input', async () => {
    const user = userEvent.setup();
    renderPage(ADA_ADMIN);
    const posts = screen.getByLabelText('Abgeschlossene Beiträge (Monate)');
    await user.clear(posts);
    await user.type(posts, '-2');
    await user.click(screen.getByRole('button', { name: 'Aufbewahrung speichern' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Bitte korrigieren Sie die markierten Felder; es wurde nichts gespeichert.',
    );
    expect(posts.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/zwischen 0 und 120/)).toBeTruthy();
    expect((await loadSettings()).retention.postsMonths).toBe(0);

    await user.clear(posts);
    await user.type(posts, '24');
    await user.click(screen.getByRole('button', { name: 'Aufbewahrung speichern' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Die Aufbewahrung wurde gespeichert.',
    );
    expect((await loadSettings()).retention).toEqual({ postsMonths: 24, commentsMonths: 0, auditMonths: 0 });
  });

  it('shows the periods read-only to people who are not admins', () => {
    renderPage(ANNA_EDITOR, {
      ...DEFAULT_SETTINGS,
      retention: { postsMonths: 12, commentsMonths: 6, auditMonths: 0 },
    });
    expect(screen.getByText(/Nur Administratorinnen und Administratoren/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Kommentare (Monate)').readOnly).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Kommentare (Monate)').value).toBe('6');
    expect(screen.queryByRole('button', { name: 'Aufbewahrung speichern' })).toBeNull();
  });

  it('applies the rules now and reports the counts', async () => {
    const user = userEvent.setup();
    const draft = await postAt('Alter Entwurf', '2020-12-02', 'draft');
    await addComment(draft, 'Uralt', { actorId: ANNA_EDITOR.id, now: new Date('2020-01-01T08:00:00Z') });
    await storeSettings({
      ...DEFAULT_SETTINGS,
      retention: { postsMonths: 0, commentsMonths: 1, auditMonths: 0 },
    });
    renderPage(ADA_ADMIN);
    await user.click(screen.getByRole('button', { name: 'Jetzt anwenden' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Angewendet: 0 Beiträge und 1 Kommentare gelöscht, 0 Protokolleinträge anonymisiert.',
      ),
    );
    expect(await db.comments.count()).toBe(0);
    expect((await db.audit.orderBy('seq').last())?.action).toBe('retentionApplied');
  });

  it('links to the consent register', async () => {
    const user = userEvent.setup();
    renderPage(ANNA_EDITOR);
    await user.click(screen.getByRole('button', { name: 'Zum Einwilligungsregister' }));
    expect(useUiStore.getState().page).toBe('consents');
  });
});
