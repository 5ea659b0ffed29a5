/** The composer's workflow section against a real IndexedDB: banner, notice, and the actions by status. */
import { I18nextProvider } from 'react-i18next';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/store/db';
import { usePost } from '../../data/store/liveQueries';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { ensureTestTrust } from '../../data/trust/testTrust';
import { approvePost } from '../../data/workflow/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { submittedPost, writePost } from '../review/reviewTestSetup';
import { WorkflowPanel } from './WorkflowPanel';

const initialUi = useUiStore.getState();

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState(initialUi, true);
  useUiStore.getState().setCurrentUser(ANNA_EDITOR.id);
  await db.open();
  await seedProfiles();
  await ensureTestTrust();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.delete();
});

function Live({ postId }: { postId: string }) {
  const post = usePost(postId);
  return post === undefined ? null : <WorkflowPanel post={post} />;
}

function renderPanel(postId: string) {
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <Live postId={postId} />
    </I18nextProvider>,
  );
}

describe('WorkflowPanel', () => {
  it('warns on an approved post and says so when an edit voided the approval', async () => {
    const post = await submittedPost(ANNA_EDITOR.id);
    await approvePost(post.id, { actorId: PAUL_APPROVER.id, now: new Date() });
    renderPanel(post.id);
    expect(
      await screen.findByText(
        'Dieser Beitrag ist freigegeben. Jede Änderung am Inhalt hebt die Freigabe auf.',
      ),
    ).toBeTruthy();
    await writePost(
      ANNA_EDITOR.id,
      { text: 'Wie viele Brücken, hat unsere Stadt? Antworten Sie bis Freitag.' },
      post.id,
    );
    expect(await screen.findByText(/Ihre Änderung hat die Freigabe aufgehoben/)).toBeTruthy();
    expect(screen.getByText(/Status: In Prüfung/)).toBeTruthy();
  });

  it('withdraws a post in review, and opens it for review', async () => {
    const user = userEvent.setup();
    const post = await submittedPost(ANNA_EDITOR.id);
    renderPanel(post.id);
    await user.click(await screen.findByRole('button', { name: 'Zur Freigabe öffnen' }));
    expect(useUiStore.getState().reviewPostId).toBe(post.id);
    await user.click(screen.getByRole('button', { name: 'Zurückziehen' }));
    expect(await screen.findByText(/Status: Zurückgezogen/)).toBeTruthy();
    expect((await db.posts.get(post.id))?.status).toBe('withdrawn');
  });

  it('confirms publication only with the post’s address, then archives it', async () => {
    const user = userEvent.setup();
    const post = await submittedPost(ANNA_EDITOR.id);
    await approvePost(post.id, { actorId: PAUL_APPROVER.id, now: new Date() });
    await db.posts.update(post.id, { status: 'exported' });
    renderPanel(post.id);
    await user.type(await screen.findByLabelText('Adresse des veröffentlichten Beitrags'), 'facebook');
    await user.click(screen.getByRole('button', { name: 'Veröffentlichung bestätigen' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Bitte geben Sie die Adresse/);
    await user.clear(screen.getByLabelText('Adresse des veröffentlichten Beitrags'));
    await user.type(
      screen.getByLabelText('Adresse des veröffentlichten Beitrags'),
      'https://facebook.com/stadt/posts/1',
    );
    await user.click(screen.getByRole('button', { name: 'Veröffentlichung bestätigen' }));
    expect(await screen.findByText('Veröffentlicht unter: https://facebook.com/stadt/posts/1')).toBeTruthy();
    expect(screen.getByText(/kann nicht mehr geändert werden/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Archivieren' }));
    expect(await screen.findByText(/Status: Archiviert/)).toBeTruthy();
  });
});
