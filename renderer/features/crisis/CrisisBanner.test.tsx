/**
 * Crisis mode in the UI against a real IndexedDB: switching on holds the scheduled posts of the window (not the
 * crisis post), the banner says why and since when; switching off lists the held posts to release one by one.
 */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { switchCrisisOn } from '../../data/workflow/crisisState';
import { db } from '../../data/store/db';
import { getPost, savePostFromForm } from '../../data/posts/postsRepository';
import { setChecklistTick } from '../../data/workflow/reviewRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { ensureTestTrust } from '../../data/trust/testTrust';
import { approvePost, submitForReview } from '../../data/workflow/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { CrisisBanner } from './CrisisBanner';
import { CrisisControl } from './CrisisControl';

const NOW = new Date('2026-11-25T08:00:00Z');
const initialUiState = useUiStore.getState();

async function inReview(title: string, date: string, category: string | null = null, approve = false) {
  const context = { actorId: ANNA_EDITOR.id, now: new Date() };
  const saved = await savePostFromForm(
    {
      title,
      channels: ['facebook'],
      date,
      time: '10:00',
      text: 'Die Bibliothek ist am Samstag geöffnet.',
      category,
    },
    null,
    { ...context, timeZone: 'Europe/Berlin' },
  );
  if (!saved.ok) throw new Error('save failed');
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(saved.post.id, item.id, true, context);
  }
  if (!(await submitForReview(saved.post.id, context)).ok) throw new Error('submit failed');
  if (approve && !(await approvePost(saved.post.id, { actorId: PAUL_APPROVER.id, now: new Date() })).ok)
    throw new Error('approve failed');
  return saved.post.id;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  useUiStore.setState(initialUiState, true);
  await db.open();
  await seedProfiles();
  await ensureTestTrust();
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function renderBanner(profile: StoredProfile) {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <CrisisControl settings={DEFAULT_SETTINGS} profile={profile} />
      <CrisisBanner settings={DEFAULT_SETTINGS} profile={profile} />
    </I18nextProvider>,
  );
}

describe('CrisisBanner', () => {
  it('switches crisis mode on with a reason and holds the scheduled posts that are not crisis posts', async () => {
    const quiz = await inReview('Quiz', '2026-11-27', null, true);
    const warning = await inReview('Sturmwarnung', '2026-11-26', 'Krise');
    const advent = await inReview('Adventsmarkt', '2026-12-20');
    const user = userEvent.setup();
    renderBanner(ADA_ADMIN);

    await user.click(await screen.findByRole('button', { name: 'Krisenmodus' }));
    const dialog = screen.getByRole('dialog', { name: 'Krisenmodus einschalten' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Zeitraum (Tage)').value).toBe('7');
    expect(await within(dialog).findByText('1 geplanter Beitrag wird angehalten.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Krisenmodus einschalten' }));
    expect(within(dialog).getByText('Bitte geben Sie einen Grund für den Krisenmodus an.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Grund').getAttribute('aria-invalid')).toBe('true');

    await user.type(within(dialog).getByLabelText('Grund'), 'Unwetter im Landkreis');
    await user.click(within(dialog).getByRole('button', { name: 'Krisenmodus einschalten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(useUiStore.getState().notice?.text).toBe('Krisenmodus eingeschaltet. 1 Beitrag wurde angehalten.');

    const banner = await screen.findByRole('region', { name: 'Krisenmodus' });
    expect(within(banner).getByText(/Unwetter im Landkreis/)).toBeTruthy();
    expect(within(banner).getByText(/Seit 25\.11\.2026, 09:00/)).toBeTruthy();
    expect(within(banner).getByText(/Eingeschaltet von Ada Admin/)).toBeTruthy();
    expect(await within(banner).findByText(/1 Beitrag ist angehalten/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Der Krisenmodus ist eingeschaltet.');
    expect((await getPost(quiz))?.status).toBe('on_hold');
    expect((await getPost(warning))?.status).toBe('in_review');
    expect((await getPost(advent))?.status).toBe('in_review');
  });

  it('lists the held posts after switching off and releases them one by one', async () => {
    const quiz = await inReview('Quiz', '2026-11-27', null, true);
    const event = await inReview('Lesung', '2026-11-28');
    await switchCrisisOn({ reason: 'Shitstorm' }, { actorId: ADA_ADMIN.id, now: new Date() });
    vi.setSystemTime(new Date(NOW.getTime() + 3 * 3_600_000));
    const user = userEvent.setup();
    renderBanner(ADA_ADMIN);

    await user.click(await screen.findByRole('button', { name: 'Krisenmodus beenden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Angehaltene Beiträge' });
    expect(useUiStore.getState().notice?.text).toMatch(
      /Krisenmodus beendet. 2 Beiträge sind noch angehalten/,
    );
    expect(screen.queryByRole('region', { name: 'Krisenmodus' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '„Quiz“ freigeben' }));
    expect(await within(dialog).findByText(/„Quiz“ wurde freigegeben. .*„Freigegeben“ zurück/)).toBeTruthy();
    expect((await getPost(quiz))?.status).toBe('approved');
    await waitFor(() =>
      expect(within(dialog).queryByRole('button', { name: '„Quiz“ freigeben' })).toBeNull(),
    );

    // Held longer than the limit (48 h): back to review.
    vi.setSystemTime(new Date(NOW.getTime() + 50 * 3_600_000));
    await user.click(within(dialog).getByRole('button', { name: '„Lesung“ freigeben' }));
    expect(
      await within(dialog).findByText(/wieder in Prüfung und muss erneut freigegeben werden/),
    ).toBeTruthy();
    expect((await getPost(event))?.status).toBe('in_review');
    expect(await within(dialog).findByText('Es sind keine Beiträge angehalten.')).toBeTruthy();
  });

  it('shows editors the banner without the switch', async () => {
    await switchCrisisOn({ reason: 'Stromausfall' }, { actorId: PAUL_APPROVER.id, now: new Date() });
    renderBanner(ANNA_EDITOR);
    const banner = await screen.findByRole('region', { name: 'Krisenmodus' });
    expect(within(banner).getByText(/Stromausfall/)).toBeTruthy();
    expect(within(banner).getByText(/Eingeschaltet von Paula Prüfer/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Krisenmodus beenden' })).toBeNull();
  });
});
