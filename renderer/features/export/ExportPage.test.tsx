/** The export page against a real IndexedDB (fake-indexeddb) and a fake platform that keeps the saved files. */
import { I18nextProvider } from 'react-i18next';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../shared/export/publishPackage';
import { verifyPublishPackage } from '../../../shared/export/verifyPackage';
import { DEFAULT_SETTINGS, type UiLocale } from '../../../shared/model/settings';
import type { SaveFailure, SaveFileRequest } from '../../../shared/ipc/contract';
import { listAudit } from '../../data/workflow/auditLog';
import { db } from '../../data/store/db';
import { postAt } from '../../data/export/exportTestPosts';
import { getPost } from '../../data/posts/postsRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { loadVerifiedRoster, revokeProfileKey } from '../../data/trust/trustRepository';
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
  });

  it('signs the publish package with the exporter’s confirmed key, and refuses an exporter without one', async () => {
    await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    // Editors' keys are certified too (they sign packages); Anna's is revoked here, so her export is refused.
    const anna = await db.profileKeys.get(ANNA_EDITOR.id);
    const revoked = await revokeProfileKey(
      {
        profileId: ANNA_EDITOR.id,
        keyId: anna?.keyId ?? '',
        effectiveAt: '2026-11-01T00:00:00.000Z',
        reason: 'Test',
      },
      { actorId: ADA_ADMIN.id, now: new Date() },
    );
    expect(revoked).toEqual({ ok: true });
    const { unmount } = renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('radio', { name: /^Veröffentlichungspaket/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'aber die Schlüsselliste Ihrer Organisation bestätigt ihn nicht',
    );
    expect(saved).toEqual([]);
    unmount();

    // The organisation's root (made by the seeded admin for the approval, exportTestPosts.ts) confirms Ada's key.
    renderPage(ADA_ADMIN);
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    await userEvent.click(screen.getByRole('radio', { name: /^Veröffentlichungspaket/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Exportieren und speichern' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const entries = unzipSync(saved[0]?.bytes ?? new Uint8Array());
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(['manifest.json', 'manifest.sig.json', 'LIESMICH.txt']),
    );
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as {
      version: number;
      exporter: { profileId: string; name: string } | null;
    };
    expect([manifest.version, manifest.exporter?.profileId, manifest.exporter?.name]).toEqual([
      3,
      ADA_ADMIN.id,
      ADA_ADMIN.name,
    ]);
    // What the desk wrote verifies as trusted against the desk's own roster (civic-desk verify-package --keys).
    const roster = await loadVerifiedRoster();
    if (!roster) throw new Error('no roster');
    const verified = await verifyPublishPackage(saved[0]?.bytes ?? new Uint8Array(), { trust: { roster } });
    expect([verified.status, verified.problems]).toEqual(['trusted', []]);
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
    expect(tuesday.textContent).toContain('10:00 Freigegeben Stadtbibliothek');
    expect(screen.getByRole('heading', { name: 'Wochenplan KW 49/2026 – Bezirksamt Mitte' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Wochenplan drucken' }));
    expect((await screen.findByRole('status')).textContent).toBe('Der Druckdialog wurde geöffnet.');
    expect(printed).toEqual(['wochenplan_KW49_2026.pdf']);
    expect(saved).toEqual([]);
  });

  it('plans every week of the range with every post and its status, drafts too', async () => {
    await postAt('Stadtbibliothek', '2026-12-01', 'approved');
    await postAt('Wochenmarkt', '2026-12-09', 'draft');
    await postAt('Adventskonzert', '2026-12-17', 'in_review');
    renderPage();
    await screen.findByRole('heading', { name: 'Wird exportiert (1)' });
    fireEvent.change(screen.getByLabelText('Bis'), { target: { value: '2026-12-20' } });
    await userEvent.click(screen.getByRole('radio', { name: 'Wochenplan zum Ausdrucken (A4 quer)' }));
    const preview = within(await screen.findByRole('region', { name: 'Vorschau des Wochenplans' }));
    await waitFor(() => expect(preview.getAllByRole('table')).toHaveLength(3));
    for (const week of [49, 50, 51]) {
      expect(
        preview.getByRole('heading', { name: `Wochenplan KW ${week}/2026 – Bezirksamt Mitte` }),
      ).toBeTruthy();
    }
    const texts = preview.getAllByRole('listitem').map((item) => item.textContent);
    expect(texts).toEqual([
      expect.stringContaining('10:00 Freigegeben Stadtbibliothek'),
      expect.stringContaining('10:00 Entwurf Wochenmarkt'),
      expect.stringContaining('10:00 In Prüfung Adventskonzert'),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Wochenplan drucken' }));
    await screen.findByRole('status');
    expect(printed).toEqual(['wochenplan_KW49-51_2026.pdf']);
  });
});
