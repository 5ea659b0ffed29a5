/**
 * The campaigns page against a real (in-memory) IndexedDB: creating a campaign with a German euro amount, field
 * messages beside their fields, deleting with confirmation, the content mix with its table, and snippets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { db } from '../../data/store/db';
import { saveCampaign } from '../../data/posts/campaignsRepository';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { CampaignsPage } from './CampaignsPage';

const initialUiState = useUiStore.getState();

function renderPage() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <CampaignsPage />
    </I18nextProvider>,
  );
}

async function seedPost(
  title: string,
  channels: string[],
  date: string,
  campaignId: string | null,
  category: string | null,
) {
  const result = await savePostFromForm(
    { title, channels, date, time: '10:00', text: '', campaignId, category },
    null,
    {
      actorId: 'seed',
      timeZone: 'Europe/Berlin',
      now: new Date(),
    },
  );
  if (!result.ok) throw new Error('seed failed');
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState(initialUiState, true);
  await db.open();
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.delete();
});

describe('the campaigns page', () => {
  it('creates a campaign with a budget of 1.500,50 € and lists it', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Neue Kampagne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neue Kampagne' });
    const form = within(dialog);
    expect(document.activeElement).toBe(form.getByLabelText('Name'));
    await user.type(form.getByLabelText('Name'), 'Ausbildung im Rathaus');
    await user.type(form.getByLabelText('Zielgruppe'), 'Schulabgänger');
    await user.type(form.getByLabelText('Kategorien (Themensäulen)'), 'Karriere, Service');
    await user.type(form.getByLabelText('Verantwortlich'), 'Frau Yilmaz');
    await user.type(form.getByLabelText('Budget geplant (Euro)'), '1.500,50 €');
    await user.type(form.getByLabelText('Budget ausgegeben (Euro)'), '200');
    await user.type(form.getByLabelText('Beginn'), '2026-10-01');
    await user.type(form.getByLabelText('Ende'), '2026-12-31');
    await user.click(form.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = (await screen.findByRole('rowheader', { name: /Ausbildung im Rathaus/ })).closest('tr');
    const cells = within(row as HTMLElement);
    expect(cells.getByText('1.500,50 €')).toBeTruthy();
    expect(cells.getByText('200,00 €')).toBeTruthy();
    expect(cells.getByText('1.300,50 €')).toBeTruthy();
    expect(cells.getByText('01.10.2026 – 31.12.2026')).toBeTruthy();
    expect(cells.getByText('Frau Yilmaz')).toBeTruthy();
    const [stored] = await db.campaigns.toArray();
    expect(stored).toMatchObject({
      name: 'Ausbildung im Rathaus',
      categories: ['Karriere', 'Service'],
      budgetPlannedCents: 150050,
      budgetSpentCents: 20000,
      startDate: '2026-10-01',
      endDate: '2026-12-31',
    });
    expect(useUiStore.getState().notice).toEqual({
      kind: 'info',
      text: 'Kampagne „Ausbildung im Rathaus“ gespeichert.',
    });
  });

  it('shows an end before the start beside the end field and saves nothing', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Neue Kampagne' }));
    const form = within(await screen.findByRole('dialog', { name: 'Neue Kampagne' }));
    await user.type(form.getByLabelText('Name'), 'Advent');
    await user.type(form.getByLabelText('Beginn'), '2026-12-01');
    await user.type(form.getByLabelText('Ende'), '2026-11-30');
    await user.type(form.getByLabelText('Budget geplant (Euro)'), '1500.50');
    await user.click(form.getByRole('button', { name: 'Speichern' }));

    const end = form.getByLabelText('Ende');
    const message = await form.findByText('Das Ende darf nicht vor dem Beginn liegen.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toBe(message.id);
    expect(message.closest('.cd-field')).toBe(end.closest('.cd-field'));
    const budget = form.getByLabelText('Budget geplant (Euro)');
    expect(budget.getAttribute('aria-invalid')).toBe('true');
    expect(form.getByText('Bitte geben Sie einen Betrag in Euro ein, z. B. 1.500,50.')).toBeTruthy();
    expect(form.getByLabelText('Beginn').getAttribute('aria-invalid')).toBeNull();
    expect(form.getByRole('alert').textContent).toContain('nicht gespeichert');
    expect(await db.campaigns.count()).toBe(0);
  });

  it('edits and deletes a campaign after confirmation; its posts stay', async () => {
    const saved = await saveCampaign({
      name: 'Advent',
      goal: '',
      targetGroup: '',
      categories: [],
      responsible: '',
      budgetPlannedCents: 10000,
      budgetSpentCents: 12000,
      startDate: '2026-11-27',
      endDate: '2026-12-24',
    });
    if (!saved.ok) throw new Error('seed failed');
    await seedPost('Türchen 1', ['instagram'], '2026-12-01', saved.campaign.id, null);
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText('Überschritten um 20,00 €')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kampagne „Advent“ bearbeiten' }));
    const form = within(await screen.findByRole('dialog', { name: 'Kampagne bearbeiten' }));
    expect(form.getByLabelText<HTMLInputElement>('Budget geplant (Euro)').value).toBe('100,00');
    await user.clear(form.getByLabelText('Name'));
    await user.type(form.getByLabelText('Name'), 'Adventskalender');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('rowheader', { name: /Adventskalender/ })).toBeTruthy();
    expect(await db.campaigns.count()).toBe(1);

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'Kampagne „Adventskalender“ löschen' }));
    expect(await db.campaigns.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Kampagne „Adventskalender“ löschen' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Adventskalender/ })).toBeNull());
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(await db.campaigns.count()).toBe(0);
    expect((await db.posts.toArray())[0]?.campaignId).toBeNull();
  });

  it('shows the content mix of the current quarter as bars with numbers and as a table', async () => {
    const saved = await saveCampaign({
      name: 'Karriere',
      goal: '',
      targetGroup: '',
      categories: ['Karriere'],
      responsible: '',
      budgetPlannedCents: 0,
      budgetSpentCents: 0,
      startDate: '2026-10-01',
      endDate: '2026-12-31',
    });
    if (!saved.ok) throw new Error('seed failed');
    await seedPost('Azubi-Tag', ['instagram', 'linkedin'], '2026-11-10', saved.campaign.id, 'Karriere');
    await seedPost('Stellenanzeige', ['linkedin'], '2026-11-20', saved.campaign.id, 'Karriere');
    await seedPost('Müllabfuhr', ['facebook'], '2026-12-02', null, null);
    await seedPost('Nächstes Jahr', ['facebook'], '2027-01-05', null, null);
    const user = userEvent.setup();
    renderPage();

    const section = within(await screen.findByRole('region', { name: 'Themenmix' }));
    expect(section.getByLabelText<HTMLInputElement>('Von (Monat)').value).toBe('2026-10');
    expect(section.getByLabelText<HTMLInputElement>('Bis (Monat)').value).toBe('2026-12');
    const chart = await section.findByRole('img', { name: /Balkendiagramm.*Oktober 2026 bis Dezember 2026/ });
    const texts = [...chart.querySelectorAll('text')].map((text) => text.textContent);
    // Per month: the month, then each category with its number (November: 3 placements of Karriere).
    expect(texts).toEqual([
      'Oktober 2026',
      'Karriere',
      '0',
      'Ohne Kategorie',
      '0',
      'November 2026',
      'Karriere',
      '3',
      'Ohne Kategorie',
      '0',
      'Dezember 2026',
      'Karriere',
      '0',
      'Ohne Kategorie',
      '1',
    ]);

    const table = section.getByRole('table', { name: 'Geplante Beiträge je Monat, Kategorie und Netzwerk' });
    const november = within(table).getAllByRole('rowheader', { name: 'Karriere' })[1]?.closest('tr');
    expect([...(november as HTMLElement).querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '2',
      '0',
      '1',
      '0',
      '3',
    ]);

    await user.selectOptions(section.getByLabelText('Kampagne'), 'Karriere');
    await waitFor(() => expect(section.queryByText('Ohne Kategorie')).toBeNull());
    await user.clear(section.getByLabelText('Bis (Monat)'));
    expect(await section.findByText(/Bitte wählen Sie einen Zeitraum/)).toBeTruthy();
  });

  it('manages snippets: a netiquette link must be a web address', async () => {
    const user = userEvent.setup();
    renderPage();
    const panel = within(await screen.findByRole('region', { name: 'Textbausteine' }));
    expect(await panel.findByText('Noch keine Textbausteine.')).toBeTruthy();
    await user.selectOptions(panel.getByLabelText('Art'), 'link');
    await user.type(panel.getByLabelText('Bezeichnung'), 'Netiquette');
    await user.type(panel.getByLabelText('Inhalt'), 'unsere Website');
    await user.click(panel.getByRole('button', { name: 'Baustein speichern' }));
    expect(
      await panel.findByText('Bitte geben Sie eine Webadresse ein, die mit https:// beginnt.'),
    ).toBeTruthy();
    expect(await db.snippets.count()).toBe(0);

    await user.clear(panel.getByLabelText('Inhalt'));
    await user.type(panel.getByLabelText('Inhalt'), 'https://www.musterstadt.de/netiquette');
    await user.click(panel.getByRole('button', { name: 'Baustein speichern' }));
    const list = await panel.findByRole('list', { name: 'Links (z. B. Netiquette)' });
    expect(within(list).getByText('https://www.musterstadt.de/netiquette')).toBeTruthy();
    expect(panel.getByLabelText<HTMLInputElement>('Bezeichnung').value).toBe('');

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(panel.getByRole('button', { name: 'Baustein „Netiquette“ löschen' }));
    expect(await panel.findByText('Noch keine Textbausteine.')).toBeTruthy();
  });
});
