/** The review queue against a real IndexedDB (fake-indexeddb): four eyes, sections, expiry warnings. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/store/db';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER } from '../../data/settings/testProfiles';
import { useUiStore } from '../../state/uiStore';
import { renderQueueAs } from './reviewTestRender';
import { clearReviewDesk, seedReviewDesk, submittedPost } from './reviewTestSetup';

beforeEach(() => seedReviewDesk(db));
afterEach(() => clearReviewDesk(db));

async function section(name: string) {
  return within((await screen.findByRole('heading', { name })).closest('section') as HTMLElement);
}

describe('ReviewQueuePage', () => {
  it('never lists my own post as waiting for me (four eyes), but shows it among my posts', async () => {
    await submittedPost(ADA_ADMIN.id, { title: 'Adas Beitrag' });
    await renderQueueAs(ADA_ADMIN);
    expect(await screen.findByText('Zurzeit wartet kein Beitrag auf Ihre Freigabe.')).toBeTruthy();
    const mine = await section('Meine Beiträge in Prüfung');
    const row = mine.getByRole('rowheader', { name: 'Adas Beitrag' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Facebook')).toBeTruthy();
    expect(within(row).getByText('Stufe 1 von 1')).toBeTruthy();
    expect(within(row).getByText('Ada Admin')).toBeTruthy();
    expect(within(row).getByText('03.12.2026, 10:00')).toBeTruthy();
  });

  it("lists another person's post as waiting for an approver, and opens it for review", async () => {
    const post = await submittedPost(ANNA_EDITOR.id, { title: 'Annas Quiz' });
    await renderQueueAs(PAUL_APPROVER);
    const waiting = await section('Wartet auf meine Freigabe');
    await userEvent.setup().click(await waiting.findByRole('button', { name: 'Annas Quiz' }));
    expect(useUiStore.getState().reviewPostId).toBe(post.id);
    // An approver without the editor role has no "my posts" section.
    expect(screen.queryByRole('heading', { name: 'Meine Beiträge in Prüfung' })).toBeNull();
  });

  it('warns in words when a waiting post expires within the lead time, and marks expired ones', async () => {
    await submittedPost(ANNA_EDITOR.id, { title: 'Morgen früh', date: '2026-11-26', time: '08:00' });
    await submittedPost(ANNA_EDITOR.id, { title: 'Nächste Woche', date: '2026-12-03' });
    const gone = await submittedPost(ANNA_EDITOR.id, {
      title: 'Verpasst',
      date: '2026-11-25',
      time: '12:00',
    });
    await db.posts.update(gone.id, { status: 'expired' });
    await renderQueueAs(ANNA_EDITOR);
    const mine = await section('Meine Beiträge in Prüfung');
    const soon = (await mine.findByRole('rowheader', { name: 'Morgen früh' })).closest('tr') as HTMLElement;
    expect(within(soon).getByText(/Läuft bald ab/)).toBeTruthy();
    const later = mine.getByRole('rowheader', { name: 'Nächste Woche' }).closest('tr') as HTMLElement;
    expect(within(later).queryByText(/Läuft bald ab/)).toBeNull();
    const expired = mine.getByRole('rowheader', { name: 'Verpasst' }).closest('tr') as HTMLElement;
    expect(within(expired).getByText(/abgelaufen/)).toBeTruthy();
  });
});
