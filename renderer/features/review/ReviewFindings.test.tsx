/**
 * The approver sees each finding, not only counts: rule, message, networks, source, and who overrode it why; the
 * crisis warnings the composer shows while crisis mode is on; an override whose finding is gone in words.
 */
import { I18nextProvider } from 'react-i18next';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredProfile } from '../../../shared/model/profile';
import { db } from '../../data/db';
import { switchCrisisOn } from '../../data/crisisState';
import { loadSettings } from '../../data/settingsRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/testProfiles';
import { setOverride } from '../../data/reviewRepository';
import { gateOf } from '../../data/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { ReviewDialog } from './ReviewDialog';
import { tickAndSubmit, writePost } from './reviewTestSetup';

const initialUi = useUiStore.getState();

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState(initialUi, true);
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.delete();
});

async function openAs(profile: StoredProfile, postId: string) {
  const settings = await loadSettings();
  useUiStore.getState().openReview(postId);
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ReviewDialog settings={{ ...settings, timeZone: 'Europe/Berlin' }} profile={profile} />
    </I18nextProvider>,
  );
  return within(await screen.findByRole('dialog', { name: /Freigabe: / }));
}

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
    const dialog = await openAs(PAUL_APPROVER, post.id);
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
    const dialog = await openAs(PAUL_APPROVER, post.id);
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
    const dialog = await openAs(PAUL_APPROVER, post.id);
    const stale = await dialog.findByText(/übergangen von/);
    expect(stale.textContent).toContain(
      'Personenbezogene Daten (Facebook): Der Befund steht nicht mehr im Text',
    );
    expect(stale.textContent).not.toContain('facebook.personalData.phone:322');
  });
});
