/**
 * Review by file through the queue page: the approver opens a request, imports it, decides and exports the
 * decision; the editor opens the decision, is asked before trusting the unknown key, and sees it applied. The two
 * laptops take turns on the default database (the editor's tables are kept and put back); only the platform seam
 * (open and save file) is replaced.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { I18nextProvider } from 'react-i18next';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, OpenFileResult, SaveFileRequest } from '../../../shared/ipc/contract';
import type { StoredProfile } from '../../../shared/model/profile';
import { db } from '../../data/db';
import { buildReviewRequestFile } from '../../data/reviewFileRepository';
import { loadSettings } from '../../data/settingsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/testProfiles';
import { approvePost } from '../../data/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { ReviewQueuePage } from './ReviewQueuePage';
import { submittedPost } from './reviewTestSetup';

const saved: SaveFileRequest[] = [];
let nextFile: OpenFileResult = { status: 'cancelled' };
const bridge: Pick<DesktopApi, 'saveFile' | 'openFile'> = {
  saveFile: (request) => {
    saved.push(request);
    return Promise.resolve({ status: 'saved', fileName: request.suggestedName });
  },
  openFile: () => Promise.resolve(nextFile),
};
vi.mock('../../platform/platform', () => ({ getPlatform: () => bridge }));

beforeEach(async () => {
  saved.length = 0;
  vi.stubGlobal('Blob', NodeBlob);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  await db.open();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await db.delete();
});

async function renderAs(profile: StoredProfile) {
  const settings = await loadSettings();
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ReviewQueuePage settings={{ ...settings, timeZone: 'Europe/Berlin' }} profile={profile} />
    </I18nextProvider>,
  );
}

describe('review by file on the queue page', () => {
  it('imports a request, exports the decision, and applies it after the editor trusts the key', async () => {
    const user = userEvent.setup();
    await seedProfiles([ANNA_EDITOR]);
    const post = await submittedPost(ANNA_EDITOR.id);
    const request = await buildReviewRequestFile([post.id], { actorId: ANNA_EDITOR.id, now: new Date() });
    if (!request.ok) throw new Error(request.messageKey);
    const editorDesk = { posts: await db.posts.toArray(), profiles: await db.profiles.toArray() };

    // The approver's laptop.
    await db.delete();
    await db.open();
    await seedProfiles([PAUL_APPROVER]);
    nextFile = { status: 'opened', fileName: request.file.name, bytes: request.file.bytes };
    await renderAs(PAUL_APPROVER);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    expect(await screen.findByText('Die Freigabeanfrage von Anna Autorin enthält 1 Beiträge.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Beiträge übernehmen' }));
    expect(
      await screen.findByText(
        '1 Beiträge aus der Freigabedatei wurden übernommen und warten auf Ihre Entscheidung.',
      ),
    ).toBeTruthy();
    const waiting = within(
      screen.getByRole('heading', { name: 'Wartet auf meine Freigabe' }).closest('section') as HTMLElement,
    );
    expect(await waiting.findByRole('button', { name: 'Quiz der Woche' })).toBeTruthy();
    expect((await approvePost(post.id, { actorId: PAUL_APPROVER.id, now: new Date() })).ok).toBe(true);
    await user.click(await screen.findByRole('button', { name: 'Entscheidung exportieren' }));
    expect(
      await screen.findByText(
        'Die Entscheidungsdatei „2026-11-25-entscheidung.civicdesk“ wurde gespeichert.',
      ),
    ).toBeTruthy();
    const decision = saved[0];
    if (!decision) throw new Error('no decision saved');
    cleanup();

    // Back on the editor's laptop.
    await db.delete();
    await db.open();
    await db.posts.bulkPut(editorDesk.posts);
    await db.profiles.bulkPut(editorDesk.profiles);
    nextFile = { status: 'opened', fileName: decision.suggestedName, bytes: decision.bytes };
    await renderAs(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    expect(
      await screen.findByText(/mit einem Schlüssel signiert, der hier nicht hinterlegt ist/),
    ).toBeTruthy();
    expect((await db.posts.get(post.id))?.status).toBe('in_review');
    await user.click(
      screen.getByRole('button', { name: 'Diesem Schlüssel vertrauen und Entscheidung prüfen' }),
    );
    expect(await screen.findByText('✓ Übernommen: „Quiz der Woche“')).toBeTruthy();
    expect((await db.posts.get(post.id))?.status).toBe('approved');
  });

  it('names what is wrong with a file that is not a review file', async () => {
    const user = userEvent.setup();
    await seedProfiles([ANNA_EDITOR]);
    nextFile = {
      status: 'opened',
      fileName: 'notizen.json',
      bytes: new TextEncoder().encode('{"format":"anders"}'),
    };
    await renderAs(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    expect((await screen.findByText(/keine gültige Freigabedatei/)).textContent).toContain(
      '(an der Stelle format)',
    );
  });

  it('asks to choose posts before exporting for review', async () => {
    const user = userEvent.setup();
    await seedProfiles([ANNA_EDITOR]);
    await submittedPost(ANNA_EDITOR.id);
    await renderAs(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: 'Zur Freigabe exportieren' }));
    expect(
      await screen.findByText('Bitte wählen Sie oben mindestens einen Beitrag in Prüfung aus.'),
    ).toBeTruthy();
    await user.click(
      screen.getByRole('checkbox', { name: '„Quiz der Woche“ für die Freigabedatei auswählen' }),
    );
    await user.click(screen.getByRole('button', { name: 'Zur Freigabe exportieren' }));
    expect(
      await screen.findByText('Die Freigabedatei „2026-11-25-freigabe.civicdesk“ wurde gespeichert.'),
    ).toBeTruthy();
    expect(saved[0]?.filters).toEqual([{ name: 'Civic Desk', extensions: ['civicdesk', 'json'] }]);
  });

  it('reads a file dropped onto the review-by-file area', async () => {
    await seedProfiles([ANNA_EDITOR]);
    await renderAs(ANNA_EDITOR);
    const area = (await screen.findByRole('heading', { name: 'Freigabe per Datei' })).closest(
      'section',
    ) as HTMLElement;
    const file = {
      name: 'kaputt.civicdesk',
      arrayBuffer: () => Promise.resolve(new TextEncoder().encode('kein json').buffer),
    };
    fireEvent.drop(area, { dataTransfer: { files: [file] } });
    expect(
      await screen.findByText('Die Datei „kaputt.civicdesk“ ist keine Freigabedatei (kein gültiges JSON).'),
    ).toBeTruthy();
  });
});
