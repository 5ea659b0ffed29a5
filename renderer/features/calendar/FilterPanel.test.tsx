/**
 * Calendar filters by campaign and category, through the calendar page and a real (in-memory) IndexedDB: ticking
 * a campaign hides the posts of other campaigns; groups without campaigns or categories are not shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { deleteCampaign, saveCampaign } from '../../data/posts/campaignsRepository';
import { db } from '../../data/store/db';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { CalendarPage } from './CalendarPage';

const initialUiState = useUiStore.getState();

async function seedCampaign(name: string, categories: string[]) {
  const result = await saveCampaign({
    name,
    goal: '',
    targetGroup: '',
    categories,
    responsible: '',
    budgetPlannedCents: 0,
    budgetSpentCents: 0,
    startDate: '2026-11-01',
    endDate: '2026-12-31',
  });
  if (!result.ok) throw new Error('seed failed');
  return result.campaign;
}

/** A post on `date` (one post a day: a month's day shows its first post and "+n weitere" for the others). */
async function seedPost(
  title: string,
  campaignId: string | null,
  category: string | null,
  date = '2026-11-26',
) {
  const result = await savePostFromForm(
    { title, channels: ['instagram'], date, time: '10:00', text: '', campaignId, category },
    null,
    { actorId: 'seed', timeZone: 'Europe/Berlin', now: new Date() },
  );
  if (!result.ok) throw new Error('seed failed');
}

function renderCalendar() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <CalendarPage settings={DEFAULT_SETTINGS} />
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState(initialUiState, true);
  await db.open();
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('calendar filters by campaign and category', () => {
  it('hides posts of another campaign, and filters by category', async () => {
    const advent = await seedCampaign('Advent', ['Veranstaltungen', 'Service']);
    const career = await seedCampaign('Ausbildung', ['Karriere', 'Service']);
    await seedPost('Türchen 1', advent.id, 'Veranstaltungen');
    await seedPost('Azubi-Tag', career.id, 'Karriere', '2026-11-27');
    await seedPost('Öffnungszeiten', null, 'Service');
    const user = userEvent.setup();
    renderCalendar();
    await screen.findByText('Azubi-Tag');
    const filters = within(screen.getByRole('region', { name: 'Filter' }));

    const campaigns = within(await filters.findByRole('group', { name: 'Kampagnen' }));
    await user.click(campaigns.getByRole('checkbox', { name: 'Advent' }));
    await waitFor(() => expect(screen.queryByText('Azubi-Tag')).toBeNull());
    expect(screen.getByText('Türchen 1')).toBeTruthy();
    expect(screen.queryByText('Öffnungszeiten')).toBeNull();
    expect(useUiStore.getState().filters.campaignIds).toEqual([advent.id]);

    await user.click(filters.getByRole('button', { name: 'Filter zurücksetzen' }));
    const categories = within(filters.getByRole('group', { name: 'Kategorien' }));
    expect(categories.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Karriere',
      'Service',
      'Veranstaltungen',
    ]);
    await user.click(categories.getByRole('checkbox', { name: 'Service' }));
    await waitFor(() => expect(screen.queryByText('Türchen 1')).toBeNull());
    expect(screen.getByText('Öffnungszeiten')).toBeTruthy();
    expect(screen.queryByText('Azubi-Tag')).toBeNull();
  });

  it('shows no campaign or category group without campaigns, and forgets a deleted campaign as a filter', async () => {
    const advent = await seedCampaign('Advent', []);
    await seedPost('Türchen 1', advent.id, null);
    await seedPost('Ohne Kampagne', null, null, '2026-11-27');
    const user = userEvent.setup();
    renderCalendar();
    const filters = within(screen.getByRole('region', { name: 'Filter' }));
    await user.click(await filters.findByRole('checkbox', { name: 'Advent' }));
    expect(filters.queryByRole('group', { name: 'Kategorien' })).toBeNull();
    await waitFor(() => expect(screen.queryByText('Ohne Kampagne')).toBeNull());

    await deleteCampaign(advent.id);
    await waitFor(() => expect(filters.queryByRole('group', { name: 'Kampagnen' })).toBeNull());
    // The filter forgets the campaign in an effect after the render that drops the group.
    await waitFor(() => expect(useUiStore.getState().filters.campaignIds).toEqual([]));
    expect(await screen.findByText('Ohne Kampagne')).toBeTruthy();
    expect(screen.getByText('Türchen 1')).toBeTruthy();
  });
});
