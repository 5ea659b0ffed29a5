/** The export page against a real IndexedDB (fake-indexeddb) and a fake platform that keeps the saved files. */
import { I18nextProvider } from 'react-i18next';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../shared/export/publishPackage';
import { DEFAULT_SETTINGS, type UiLocale } from '../../../shared/model/settings';
import type { SaveFailure, SaveFileRequest } from '../../../shared/ipc/contract';
import { listAudit } from '../../data/auditLog';
import { db } from '../../data/db';
import { postAt } from '../../data/exportTestPosts';
import { getPost } from '../../data/postsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { ExportPage } from './ExportPage';

const saved: SaveFileRequest[] = [];
const printed: string[] = [];
let cancelSave = false;
/** What the desktop answers instead of saving (a nearly full drive, a failed write); null: it saves. */
let failure: SaveFailure | null = null;

vi.mock('../../platform/platform', () => ({
  getPlatform: () => ({
    saveFile: (request: SaveFileRequest) => {
      if (cancelSave) return Promise.resolve({ status: 'cancelled' });
      if (failure !== null) return Promise.resolve(failure);
      saved.push(request);
      return Promise.resolve({ status: 'saved', fileName: request.suggestedName });
    },
    printToPdf: (request: { suggestedName: string }) => {
      if (failure !== null) return Promise.resolve(failure);
      printed.push(request.suggestedName);
      return Promise.resolve({ status: 'printed' });
    },
  }),
}));

const SETTINGS = {
  ...DEFAULT_SETTINGS,
  organisationName: 'Bezirksamt Mitte',
  timeZone: 'Europe/Berlin' as const,
};

beforeEach(async () => {
  // Friday 27 November 2026: the default range is Monday 30 November to Sunday 6 December.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
  saved.length = 0;
  printed.length = 0;
  cancelSave = false;
  failure = null;
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const MB = 1024 * 1024;

function renderPage(profile = ANNA_EDITOR, locale: UiLocale = 'de-DE') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ExportPage settings={SETTINGS} profile={profile} />
    </I18nextProvider>,
  );
}

const includedList = () => within(screen.getByRole('region', { name: /^Wird exportiert/ }));
const excludedList = () => within(screen.getByRole('region', { name: /^Bleibt hier/ }));

describe('ExportPage', () => {
  it('lists what is exported and what stays, with the reason, for next week by default', async () => {
    await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    await postAt('Wochenmarkt', '2026-12-02', 'in_review');
    await postAt('Nächste Woche nicht', '2026-12-09', 'approved');
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Wird exportiert (1)' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Von').value).toBe('2026-11-30');
    expect(screen.getByLabelText<HTMLInputElement>('Bis').value).toBe('2026-12-06');
    expect(includedList().getByText('Stadtbibliothek')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bleibt hier (1)' })).toBeTruthy();
    const waiting = excludedList().getByText('Wochenmarkt').closest('li') as HTMLElement;
    expect(waiting.textContent).toContain(
      'Grund: Nicht freigegeben: Nur freigegebene Beiträge verlassen Civic Desk.',
    );
    expect(screen.queryByText('Nächste Woche nicht')).toBeNull();

    // Leaving out the networks of the approved post moves it to the other list, with its reason.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));
    expect(
      await screen.findByText('Im gewählten Zeitraum gibt es keine Beiträge, die exportiert werden können.'),
    ).toBeTruthy();
    expect(excludedList().getByText('Stadtbibliothek').closest('li')?.textContent).toContain(
      'Ist für keines der gewählten Netzwerke geplant.',
    );
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Exportieren und speichern' }).disabled,
    ).toBe(true);
  });

  it('says so when there is nothing to export, and names a wrong range', async () => {
    await postAt('Entwurf', '2026-12-03', 'draft');
    renderPage();
    expect(
      await screen.findByText('Im gewählten Zeitraum gibt es keine Beiträge, die exportiert werden können.'),
    ).toBeTruthy();
    expect(excludedList().getByText('Entwurf')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Bis'), { target: { value: '2026-11-01' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Das Datum „Bis“ liegt vor dem Datum „Von“. Bitte prüfen Sie den Zeitraum.',
    );
    fireEvent.change(screen.getByLabelText('Von'), { target: { value: '' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Bitte geben Sie für „Von“ ein gültiges Datum an.',
    );
  });

  it('saves the calendar, marks the post exported and records the file and its hash', async () => {
    const id = await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));

    const status = await screen.findByRole('status');
    const file = saved[0];
    if (!file) throw new Error('nothing saved');
    expect(file.suggestedName).toBe('civic-desk_2026-11-30_2026-12-06.ics');
    const hash = sha256Hex(file.bytes);
    expect(status.textContent).toBe(
      `1 Beitrag wurde exportiert und als exportiert markiert. Datei: ${file.suggestedName} (SHA-256 ${hash}).`,
    );
    const events = ICAL.Component.fromString(strFromU8(file.bytes)).getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      `${id}-linkedin@civic-desk`,
      `${id}-facebook@civic-desk`,
    ]);
    await waitFor(async () => expect((await getPost(id))?.status).toBe('exported'));
    const last = (await listAudit()).at(-1);
    expect(last).toMatchObject({
      action: 'export',
      postId: id,
      note: `${file.suggestedName} · SHA-256 ${hash}`,
    });
  });

  it('writes scheduler CSVs with the chosen date order into one ZIP, and a publish package', async () => {
    await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('radio', { name: 'Hootsuite (CSV)' }));
    await userEvent.selectOptions(screen.getByLabelText('Datumsformat'), 'monthFirst');
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));
    await screen.findByRole('status');
    const zip = saved[0];
    if (!zip) throw new Error('nothing saved');
    expect(zip.suggestedName).toBe('hootsuite_2026-11-30_2026-12-06.zip');
    const csv = unzipSync(zip.bytes)['hootsuite-facebook.csv'] ?? new Uint8Array();
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Papa.parse<string[]>(strFromU8(csv.slice(3))).data[0]?.[0]).toBe('12/01/2026 10:00');

    await userEvent.click(screen.getByRole('radio', { name: /^Veröffentlichungspaket/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const entries = unzipSync(saved[1]?.bytes ?? new Uint8Array());
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json', 'LIESMICH.txt']));
  });

  it('marks nothing when the save is cancelled, and lets only editors export', async () => {
    const id = await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    cancelSave = true;
    const { unmount } = renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Das Speichern wurde abgebrochen. Es wurde nichts als exportiert markiert.',
    );
    expect((await getPost(id))?.status).toBe('approved');
    unmount();

    renderPage(PAUL_APPROVER);
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    expect(screen.getByText(/Exportieren dürfen nur Profile mit der Rolle Redaktion/)).toBeTruthy();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Exportieren und speichern' }).disabled,
    ).toBe(true);
  });

  it('names a nearly full drive and what to do, and marks nothing exported', async () => {
    const id = await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    const auditBefore = (await listAudit()).length;
    failure = { status: 'failed', reason: 'lowDisk', neededBytes: 2_000 * MB + 1, freeBytes: 300 * MB };
    renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Zu wenig freier Speicherplatz auf dem Laufwerk: Die Datei braucht mit Reserve 2.001 MB, frei sind nur ' +
        '300 MB. Bitte geben Sie auf dem Laufwerk mindestens 1.701 MB frei oder wählen Sie beim Speichern ein ' +
        'anderes Laufwerk. Es wurde nichts gespeichert und nichts als exportiert markiert.',
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect((await getPost(id))?.status).toBe('approved');
    expect(await listAudit()).toHaveLength(auditBefore);
    expect(includedList().getByText('Stadtbibliothek')).toBeTruthy();

    // Once the desktop saves again, the same export goes through and marks the post.
    failure = null;
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));
    await screen.findByRole('status');
    await waitFor(async () => expect((await getPost(id))?.status).toBe('exported'));
  });

  it('names a failed write by its system code, in English too, and marks nothing', async () => {
    const id = await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    failure = { status: 'failed', reason: 'writeFailed', code: 'EACCES' };
    renderPage(ANNA_EDITOR, 'en');
    await screen.findByRole('heading', { name: 'Exported (1)' });
    await userEvent.click(screen.getByRole('button', { name: 'Export and save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The file could not be written (system error EACCES). Please choose another folder or drive when saving. ' +
        'Nothing was saved and nothing was marked exported.',
    );
    expect((await getPost(id))?.status).toBe('approved');
  });

  it('says when the week plan PDF was not saved for lack of space', async () => {
    await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    failure = { status: 'failed', reason: 'lowDisk', neededBytes: 60 * MB, freeBytes: 10 * MB };
    renderPage(ANNA_EDITOR, 'de-CH');
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('radio', { name: 'Wochenplan zum Ausdrucken (A4 quer)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Wochenplan drucken' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Der Wochenplan wurde nicht gespeichert. Zu wenig freier Speicherplatz auf dem Laufwerk: Die Datei braucht ' +
        'mit Reserve 60 MB, frei sind nur 10 MB. Bitte geben Sie auf dem Laufwerk mindestens 50 MB frei oder ' +
        'wählen Sie beim Speichern ein anderes Laufwerk.',
    );
  });

  it('shows the week plan with a row per day for printing', async () => {
    await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('radio', { name: 'Wochenplan zum Ausdrucken (A4 quer)' }));
    const plan = within(await screen.findByRole('table'));
    expect(plan.getAllByRole('row')).toHaveLength(8);
    const tuesday = plan.getByRole('rowheader', { name: /Dienstag/ }).closest('tr') as HTMLElement;
    expect(tuesday.textContent).toContain('10:00 Stadtbibliothek');
    expect(screen.getByRole('heading', { name: 'Wochenplan KW 49/2026 – Bezirksamt Mitte' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Wochenplan drucken' }));
    expect((await screen.findByRole('status')).textContent).toBe('Der Druckdialog wurde geöffnet.');
    expect(printed).toEqual(['wochenplan_KW49_2026.pdf']);
    expect(saved).toEqual([]);
  });
});
