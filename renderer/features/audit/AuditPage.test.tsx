/** The audit page against a real IndexedDB: translated actions, filters, verification ok and broken, CSV export. */
import { I18nextProvider } from 'react-i18next';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, SaveFileRequest } from '../../../shared/ipc/contract';
import { db } from '../../data/store/db';
import { loadSettings } from '../../data/settings/settingsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { ensureTestTrust } from '../../data/trust/testTrust';
import { approvePost, requestChanges } from '../../data/workflow/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { submittedPost, writePost } from '../review/reviewTestSetup';
import { AuditPage } from './AuditPage';

const saved: SaveFileRequest[] = [];
const bridge: Pick<DesktopApi, 'saveFile'> = {
  saveFile: (request) => {
    saved.push(request);
    return Promise.resolve({ status: 'saved', fileName: request.suggestedName });
  },
};

// The platform seam: only the operation this page uses (the rest of the desktop contract is not involved).
vi.mock('../../platform/platform', () => ({ getPlatform: () => bridge }));

beforeEach(async () => {
  saved.length = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  await db.open();
  await seedProfiles();
  await ensureTestTrust();
  const post = await submittedPost(ANNA_EDITOR.id, { title: 'Quiz' });
  vi.setSystemTime(new Date('2026-11-26T09:00:00+01:00'));
  await requestChanges(post.id, 'Bitte kürzen.', { actorId: PAUL_APPROVER.id, now: new Date() });
  const other = await submittedPost(ANNA_EDITOR.id, { title: 'Stellenanzeige' });
  vi.setSystemTime(new Date('2026-11-27T09:00:00+01:00'));
  await approvePost(other.id, { actorId: PAUL_APPROVER.id, now: new Date() });
  await writePost(ANNA_EDITOR.id, { title: 'Stellenanzeige', text: 'Neuer Text, mit Komma.' }, other.id);
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.delete();
});

async function renderPage() {
  const settings = await loadSettings();
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <AuditPage settings={{ ...settings, timeZone: 'Europe/Berlin' }} />
    </I18nextProvider>,
  );
  return screen.findByRole('table');
}

describe('AuditPage', () => {
  it('lists the entries with translated actions, people and post titles, and filters them', async () => {
    const user = userEvent.setup();
    const table = within(await renderPage());
    expect(table.getAllByRole('rowheader', { name: 'Zur Prüfung eingereicht' })).toHaveLength(2);
    const voided = table.getByRole('rowheader', { name: 'Freigabe aufgehoben' }).closest('tr') as HTMLElement;
    expect(within(voided).getByText('weil sich der Inhalt geändert hat')).toBeTruthy();
    expect(within(voided).getByRole('button', { name: 'Stellenanzeige' })).toBeTruthy();
    const changes = table
      .getByRole('rowheader', { name: 'Änderungen angefordert' })
      .closest('tr') as HTMLElement;
    expect(within(changes).getByText('Paula Prüfer')).toBeTruthy();
    expect(within(changes).getByText('Bitte kürzen.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Aktion'), 'approve');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Freigegeben']);

    await user.selectOptions(screen.getByLabelText('Aktion'), '');
    await user.selectOptions(screen.getByLabelText('Person'), PAUL_APPROVER.id);
    // Paula's key was made when the organisation's root certified her (ensureTestTrust), before her review.
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Signaturschlüssel erzeugt',
      'Änderungen angefordert',
      'Freigegeben',
    ]);

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    fireEvent.change(screen.getByLabelText('Von (Datum)'), { target: { value: '2026-11-26' } });
    fireEvent.change(screen.getByLabelText('Bis (Datum)'), { target: { value: '2026-11-26' } });
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Änderungen angefordert',
      'Zur Prüfung eingereicht',
    ]);
    fireEvent.change(screen.getByLabelText('Bis (Datum)'), { target: { value: '2026-11-20' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Das Datum „Bis“ liegt vor dem Datum „Von“. Bitte korrigieren Sie den Zeitraum.',
    );
  });

  it('verifies the chain: intact, then with a changed entry', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Protokoll prüfen' }));
    expect(
      (await screen.findByText('Das Prüfprotokoll ist vollständig und unverändert.')).closest(
        '[role="status"]',
      ),
    ).not.toBeNull();

    await db.audit.update(2, { note: 'Bitte nichts ändern.' });
    await user.click(screen.getByRole('button', { name: 'Protokoll prüfen' }));
    expect(await screen.findByText(/Eintrag 2 des Prüfprotokolls wurde nachträglich verändert/)).toBeTruthy();
  });

  it('exports the whole trail as CSV through the platform bridge', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Als CSV exportieren' }));
    expect(await screen.findByText('Das Protokoll wurde als „pruefprotokoll.csv“ gespeichert.')).toBeTruthy();
    const text = new TextDecoder().decode(saved[0]?.bytes);
    expect(text.split('\r\n')[0]).toContain('seq,at,atLocal,actorId,actorName,action');
    expect(text).toContain('Paula Prüfer');
    expect(text).toContain('approvalVoided');
  });
});
