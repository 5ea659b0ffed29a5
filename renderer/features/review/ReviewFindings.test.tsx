/**
 * The approver sees each finding, not only counts: rule, message, networks, source, and who overrode it why; the
 * crisis warnings the composer shows while crisis mode is on; an override whose finding is gone in words.
 */
import { within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/store/db';
import { switchCrisisOn } from '../../data/workflow/crisisState';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER } from '../../data/settings/testProfiles';
import { setOverride } from '../../data/workflow/reviewRepository';
import { gateOf } from '../../data/workflow/workflowRepository';
import { openReviewAs } from './reviewTestRender';
import { clearReviewDesk, seedReviewDesk, tickAndSubmit, writePost } from './reviewTestSetup';

beforeEach(() => seedReviewDesk(db));
afterEach(() => clearReviewDesk(db));

describe('findings in the review', () => {
  it('lists each finding with rule, networks, message and the override with who and why', async () => {
    const post = await writePost(ANNA_EDITOR.id, {
      title: 'Sprechstunde',
      text: 'Fragen? Herr Maier hilft unter 0171 2345678 weiter.',
    });
    for (const finding of (await gateOf(post, new Date())).blocking)
      await setOverride(post.id, finding.id, 'Dienstnummer der Sprechstunde.', {
        actorId: ANNA_EDITOR.id,
        now: new Date(),
      });
    await tickAndSubmit(post, ANNA_EDITOR.id);
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    const list = within(await dialog.findByRole('list', { name: 'Alle Befunde' }));
    const phone = list.getByText(/Blockiert · Personenbezogene Daten · Facebook/).closest('li');
    expect(phone?.textContent).toMatch(/0171 2345678|Telefonnummer/);
    expect(phone?.textContent).toContain('Quelle:');
    expect(phone?.textContent).toContain('Übergangen von Anna');
    expect(phone?.textContent).toContain('Begründung: „Dienstnummer der Sprechstunde.“');
  });

  it('shows the crisis warnings while crisis mode is on, as the composer does', async () => {
    const post = await writePost(ANNA_EDITOR.id, { text: 'Wir bleiben dran 😉 Antworten Sie bis Freitag.' });
    await tickAndSubmit(post, ANNA_EDITOR.id);
    const result = await switchCrisisOn({ reason: 'Hochwasser' }, { actorId: ADA_ADMIN.id, now: new Date() });
    expect(result.ok).toBe(true);
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    const list = within(await dialog.findByRole('list', { name: 'Alle Befunde' }));
    expect(await list.findByText(/Krisenkommunikation · Facebook/)).toBeTruthy();
  });

  it('names an override whose finding is gone in words, not by its internal key', async () => {
    const post = await writePost(ANNA_EDITOR.id, {});
    await setOverride(post.id, 'facebook.personalData.phone:322', 'Dienstnummer.', {
      actorId: ANNA_EDITOR.id,
      now: new Date(),
    });
    await tickAndSubmit(post, ANNA_EDITOR.id);
    const dialog = within(await openReviewAs(PAUL_APPROVER, post.id));
    const stale = await dialog.findByText(/übergangen von/);
    expect(stale.textContent).toContain(
      'Personenbezogene Daten (Facebook): Der Befund steht nicht mehr im Text',
    );
    expect(stale.textContent).not.toContain('facebook.personalData.phone:322');
  });
});
