/**
 * Review by file through the queue page: the approver opens a request, imports it, decides and exports the
 * decision; on the editor's desk the decision has no effect until an admin certifies the key after comparing its
 * fingerprint (an editor cannot), then it is applied. The two
 * laptops take turns on the default database (the editor's tables are kept and put back); only the platform seam
 * (open and save file) is replaced.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, OpenFileResult, SaveFileRequest } from '../../../shared/ipc/contract';
import { db } from '../../data/store/db';
import { buildReviewRequestFile } from '../../data/workflow/reviewFileRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { certifyProfile, createOrganisationRoot } from '../../data/trust/trustRepository';
import { keyFingerprint } from '../../../shared/trust/fingerprint';
import type { ReviewDecision } from '../../../shared/review/reviewFile';
import { approvePost } from '../../data/workflow/workflowRepository';
import { renderQueueAs } from './reviewTestRender';
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

describe('review by file on the queue page', () => {
  it('imports a request, exports the decision, and applies it once an admin certified the key', async () => {
    const user = userEvent.setup();
    await seedProfiles([ANNA_EDITOR, ADA_ADMIN]);
    const earlier = new Date(Date.now() - 3_600_000);
    expect(await createOrganisationRoot({ actorId: ADA_ADMIN.id, now: earlier })).toEqual({ ok: true });
    const post = await submittedPost(ANNA_EDITOR.id);
    const request = await buildReviewRequestFile([post.id], { actorId: ANNA_EDITOR.id, now: new Date() });
    if (!request.ok) throw new Error(request.messageKey);
    const editorDesk = {
      posts: await db.posts.toArray(),
      profiles: await db.profiles.toArray(),
      audit: await db.audit.toArray(),
      roster: await db.roster.toArray(),
      rootKeys: await db.rootKeys.toArray(),
      profileKeys: await db.profileKeys.toArray(),
    };

    // The approver's laptop: the same organisation (its roster and root), Ada certified Paula's key there.
    await db.delete();
    await db.open();
    await db.roster.bulkPut(editorDesk.roster);
    await db.rootKeys.bulkPut(editorDesk.rootKeys);
    await db.profileKeys.bulkPut(editorDesk.profileKeys);
    await seedProfiles([PAUL_APPROVER, ADA_ADMIN]);
    expect(await certifyProfile(PAUL_APPROVER.id, { actorId: ADA_ADMIN.id, now: new Date() })).toEqual({
      ok: true,
    });
    nextFile = { status: 'opened', fileName: request.file.name, bytes: request.file.bytes };
    await renderQueueAs(PAUL_APPROVER);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    expect(await screen.findByText('Die Freigabeanfrage von Anna Autorin enthält 1 Beitrag.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Beiträge übernehmen' }));
    expect(
      await screen.findByText(
        '1 Beitrag aus der Freigabedatei wurde übernommen und wartet auf Ihre Entscheidung.',
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
    await db.audit.bulkPut(editorDesk.audit);
    await db.roster.bulkPut(editorDesk.roster);
    await db.rootKeys.bulkPut(editorDesk.rootKeys);
    await db.profileKeys.bulkPut(editorDesk.profileKeys);
    nextFile = { status: 'opened', fileName: decision.suggestedName, bytes: decision.bytes };
    await renderQueueAs(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    expect(await screen.findByText(/den keine Administratorin und kein Administrator/)).toBeTruthy();
    // The editor cannot trust the key: no button, only who can.
    expect(
      screen.getByText(/Nur eine Administratorin oder ein Administrator kann diesen Schlüssel/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /vertrauen|bestätigen/ })).toBeNull();
    expect((await db.posts.get(post.id))?.status).toBe('in_review');
    cleanup();

    // Ada (admin) compares the fingerprint with Paula by phone and types it in.
    const file = JSON.parse(new TextDecoder().decode(decision.bytes)) as ReviewDecision;
    const key = file.by.publicKey;
    if (key === null) throw new Error('no key');
    await renderQueueAs(ADA_ADMIN);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    const field = await screen.findByLabelText('Fingerabdruck, wie Paula Prüfer ihn vorgelesen hat');
    await user.type(field, '0000');
    await user.click(
      screen.getByRole('button', { name: 'Schlüssel bestätigen und Entscheidung erneut prüfen' }),
    );
    expect(await screen.findByText(/stimmt nicht mit dem Schlüssel in der Datei überein/)).toBeTruthy();
    await user.clear(field);
    await user.type(field, keyFingerprint(key) ?? '');
    await user.click(
      screen.getByRole('button', { name: 'Schlüssel bestätigen und Entscheidung erneut prüfen' }),
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
    await renderQueueAs(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: 'Freigabedatei öffnen' }));
    expect((await screen.findByText(/keine gültige Freigabedatei/)).textContent).toContain(
      '(an der Stelle format)',
    );
  });

  it('asks to choose posts before exporting for review', async () => {
    const user = userEvent.setup();
    await seedProfiles([ANNA_EDITOR]);
    await submittedPost(ANNA_EDITOR.id);
    await renderQueueAs(ANNA_EDITOR);
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
    await renderQueueAs(ANNA_EDITOR);
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
