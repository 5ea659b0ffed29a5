/** The review dialog against a real IndexedDB: notes, approvals with signatures, refusals, the diff, comments. */
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/store/db';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER } from '../../data/settings/testProfiles';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { setOverride } from '../../data/workflow/reviewRepository';
import { gateOf, requestChanges } from '../../data/workflow/workflowRepository';
import { openReviewAs } from './reviewTestRender';
import { clearReviewDesk, seedReviewDesk, submittedPost, tickAndSubmit, writePost } from './reviewTestSetup';

// Approvals are signed for the organisation's root and count only against its roster.
beforeEach(() => seedReviewDesk(db, { trust: true }));
afterEach(() => clearReviewDesk(db));

describe('ReviewDialog', () => {
  it('asks for a note before requesting changes, then sends the post back with it', async () => {
    const post = await submittedPost(ANNA_EDITOR.id);
    const user = userEvent.setup();
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    expect(dialog.getByText('Erste Prüfung: Der gesamte Inhalt ist neu.')).toBeTruthy();

    await user.click(dialog.getByRole('button', { name: 'Änderungen anfordern' }));
    expect(dialog.getByRole('alert').textContent).toBe('Bitte beschreiben Sie, was geändert werden soll.');
    expect((await db.posts.get(post.id))?.status).toBe('in_review');

    await user.type(
      dialog.getByLabelText('Begründung für die erbetenen Änderungen'),
      'Bitte die Frist nennen.',
    );
    await user.click(dialog.getByRole('button', { name: 'Änderungen anfordern' }));
    expect(await dialog.findByText('Status: Änderungen erbeten')).toBeTruthy();
    const stored = await db.posts.get(post.id);
    expect(stored?.status).toBe('changes_requested');
    expect(stored?.workflow.changesNote).toBe('Bitte die Frist nennen.');
  });

  it('approves with a signature that verifies, and lists the signer', async () => {
    const post = await submittedPost(ANNA_EDITOR.id);
    const user = userEvent.setup();
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    await user.click(dialog.getByRole('button', { name: 'Freigeben' }));
    expect(await dialog.findByText('✓ Signatur gültig', {}, { timeout: 3000 })).toBeTruthy();
    expect(dialog.getByText(/Stufe 1: Paula Prüfer am/)).toBeTruthy();
    expect((await db.posts.get(post.id))?.status).toBe('approved');
  });

  it('shows why a signature is invalid when the stored approval was tampered with', async () => {
    const post = await submittedPost(ANNA_EDITOR.id);
    const user = userEvent.setup();
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    await user.click(dialog.getByRole('button', { name: 'Freigeben' }));
    await dialog.findByText('✓ Signatur gültig', {}, { timeout: 3000 });
    const stored = await db.posts.get(post.id);
    const approval = stored?.workflow.approvals[0];
    if (!stored || !approval) throw new Error('no approval');
    await db.posts.update(post.id, {
      workflow: { ...stored.workflow, approvals: [{ ...approval, step: 1 }] },
    });
    expect(await dialog.findByText('✗ Signatur ungültig')).toBeTruthy();
    expect(dialog.getByText(/Die Signatur passt nicht zu dieser Freigabe/)).toBeTruthy();
  });

  it('refuses the author’s own approval with the four-eyes text', async () => {
    const post = await submittedPost(ADA_ADMIN.id);
    const user = userEvent.setup();
    const dialog = within(await openReviewAs(ADA_ADMIN, post.id));
    await user.click(dialog.getByRole('button', { name: 'Freigeben' }));
    expect((await dialog.findByRole('alert')).textContent).toBe(
      'Sie haben diesen Beitrag verfasst und können ihn daher nicht selbst freigeben (Vier-Augen-Prinzip).',
    );
    expect((await db.posts.get(post.id))?.status).toBe('in_review');
  });

  it('shows the words changed since the last review side by side', async () => {
    const post = await submittedPost(ANNA_EDITOR.id, { text: 'Die Bibliothek öffnet am Montag.' });
    await requestChanges(post.id, 'Bitte den Tag prüfen.', { actorId: PAUL_APPROVER.id, now: new Date() });
    const edited = await writePost(ANNA_EDITOR.id, { text: 'Die Bibliothek öffnet am Dienstag.' }, post.id);
    await tickAndSubmit(edited, ANNA_EDITOR.id);
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    expect(dialog.getByText(/Verglichen mit der Fassung, die Paula Prüfer/)).toBeTruthy();
    const removed = dialog.getByText('Montag', { selector: 'del' });
    const added = dialog.getByText('Dienstag', { selector: 'ins' });
    expect(removed.title).toBe('entfernt');
    expect(added.title).toBe('hinzugefügt');
  });

  it('adds a comment and marks a mention of the active profile', async () => {
    const post = await submittedPost(ANNA_EDITOR.id);
    const user = userEvent.setup();
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    await user.click(dialog.getByRole('button', { name: 'Kommentar speichern' }));
    expect(dialog.getByRole('alert').textContent).toBe('Bitte schreiben Sie einen Kommentar.');
    await user.type(dialog.getByLabelText('Neuer Kommentar'), '@PP bitte ansehen, @AA zur Info');
    await user.click(dialog.getByRole('button', { name: 'Kommentar speichern' }));
    const me = await dialog.findByText('@PP', { selector: 'mark' });
    expect(me.className).toContain('cd-mention-me');
    expect(dialog.getByText('@AA', { selector: 'mark' }).className).not.toContain('cd-mention-me');
    expect(dialog.getByText(/Erwähnt Sie/)).toBeTruthy();
  });

  it('shows an override given once for the same finding in two networks once, with its reason', async () => {
    const saved = await savePostFromForm(
      {
        title: 'Sprechstunde',
        channels: ['facebook', 'linkedin'],
        date: '2026-12-03',
        time: '10:00',
        text: 'Fragen? Herr Maier hilft unter 0171 2345678 weiter.',
      },
      null,
      { actorId: ANNA_EDITOR.id, timeZone: 'Europe/Berlin', now: new Date() },
    );
    if (!saved.ok) throw new Error('post invalid');
    const blocking = (await gateOf(saved.post, new Date())).blocking;
    // The gate's findings are the engine's, each with its network (GateResult types them as plain findings).
    expect(new Set(blocking.map((finding) => ('channel' in finding ? finding.channel : null)))).toEqual(
      new Set(['facebook', 'linkedin']),
    );
    for (const finding of blocking)
      await setOverride(saved.post.id, finding.id, 'Dienstnummer der Sprechstunde.', {
        actorId: ANNA_EDITOR.id,
        now: new Date(),
      });
    await tickAndSubmit(saved.post, ANNA_EDITOR.id);
    const dialog = within(await openReviewAs(PAUL_APPROVER, saved.post.id));
    await dialog.findByText(/^Automatische Hinweise: /);
    expect(await dialog.findAllByText(/: Dienstnummer der Sprechstunde\.$/)).toHaveLength(
      blocking.length / 2,
    );
  });
});
