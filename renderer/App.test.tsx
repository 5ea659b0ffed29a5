/**
 * Component tests of the desk against a real (in-memory) IndexedDB: the calendar shows saved posts with their
 * networks as text, the form validates beside each field, filters hide posts, and the language follows settings.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todayInZone } from '../shared/time/zoned';
import { DEFAULT_SETTINGS } from '../shared/model/settings';
import { App } from './App';
import { db } from './data/store/db';
import { savePostFromForm } from './data/posts/postsRepository';
import { storeSettings } from './data/settings/testSettings';
import { useUiStore } from './state/uiStore';
import { ADA_ADMIN, seedProfiles } from './data/settings/testProfiles';
import { ensureTestTrust } from './data/trust/testTrust';

const initialUiState = useUiStore.getState();

beforeEach(async () => {
  // Only the clock is fixed (a known month on screen); timers run for real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState(initialUiState, true);
  await db.open();
  // Past the first-start set-up: a profile exists and is the active one.
  await seedProfiles([ADA_ADMIN]);
  // The organisation's root exists (else the desk asks the admin to create it).
  await ensureTestTrust();
  useUiStore.getState().setCurrentUser(ADA_ADMIN.id);
});

afterEach(async () => {
  // Unmount first: live queries of a mounted app would otherwise read a deleted database.
  cleanup();
  vi.useRealTimers();
  await db.delete();
});

async function seedPost(title: string, channels: string[], date = todayInZone(new Date(), 'Europe/Berlin')) {
  const result = await savePostFromForm({ title, channels, date, time: '10:00', text: '' }, null, {
    actorId: 'seed',
    timeZone: 'Europe/Berlin',
    now: new Date(),
  });
  if (!result.ok) throw new Error('seed failed');
  return result.post;
}

describe('the desk', () => {
  it('shows this month in German with saved posts, their networks as text and their status', async () => {
    await seedPost('Quiz der Woche', ['instagram', 'facebook']);
    render(<App />);
    const event = await screen.findByText('Quiz der Woche');
    const item = event.closest('[role="listitem"]');
    expect(item).not.toBeNull();
    const scope = within(item as HTMLElement);
    // Networks as text badges in the fixed network order, named in full for the tooltip and for screen readers.
    const badges = scope.getByText('f · IG');
    expect(badges.getAttribute('title')).toBe('Facebook, Instagram');
    // The status in words beside its symbol; the networks spoken in the visually hidden text.
    expect(scope.getByText('Entwurf')).toBeTruthy();
    expect(scope.getByText(', Facebook, Instagram')).toBeTruthy();
    expect(screen.getByText('Heute').closest('button')).not.toBeNull();
    // An effect sets the attribute after the render that shows the language: wait for it, do not race it.
    await waitFor(() => expect(document.documentElement.lang).toBe('de-DE'));
  });

  it('creates a post through the form, with messages beside the fields for bad input', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Neuer Beitrag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neuer Beitrag' });
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText('Bitte geben Sie einen Titel ein.')).toBeTruthy();
    expect(within(dialog).getByText('Bitte wählen Sie mindestens ein Netzwerk.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(await db.posts.count()).toBe(0);

    await user.type(within(dialog).getByLabelText('Titel'), 'Stellenanzeige Bauamt');
    await user.click(within(dialog).getByRole('checkbox', { name: /LinkedIn/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Stellenanzeige Bauamt')).toBeTruthy();
    const [stored] = await db.posts.toArray();
    expect(stored).toMatchObject({ title: 'Stellenanzeige Bauamt', channels: ['linkedin'], status: 'draft' });
  });

  it('filters by network and by status', async () => {
    const user = userEvent.setup();
    await seedPost('Nur Instagram', ['instagram']);
    await seedPost('Nur X', ['x']);
    render(<App />);
    await screen.findByText('Nur Instagram');
    const filters = screen.getByRole('region', { name: 'Filter' });
    await user.click(within(filters).getByRole('checkbox', { name: /^X/ }));
    await waitFor(() => expect(screen.queryByText('Nur Instagram')).toBeNull());
    expect(screen.getByText('Nur X')).toBeTruthy();
    await user.click(within(filters).getByRole('checkbox', { name: 'Freigegeben' }));
    await waitFor(() => expect(screen.queryByText('Nur X')).toBeNull());
    await user.click(within(filters).getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(await screen.findByText('Nur Instagram')).toBeTruthy();
  });

  it('lists unscheduled drafts beside the calendar and opens them', async () => {
    const user = userEvent.setup();
    await savePostFromForm(
      { title: 'Idee: Porträt', channels: ['linkedin'], date: '', time: '', text: 'x' },
      null,
      {
        actorId: 'seed',
        timeZone: 'Europe/Berlin',
        now: new Date(),
      },
    );
    render(<App />);
    const list = await screen.findByRole('region', { name: 'Ohne Termin' });
    await user.click(await within(list).findByRole('button', { name: /Idee: Porträt/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Beitrag bearbeiten' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Titel').value).toBe('Idee: Porträt');
  });

  it('speaks Swiss German without ß when the organisation chooses de-CH', async () => {
    await storeSettings({
      ...DEFAULT_SETTINGS,
      locale: 'de-CH',
      region: { country: 'CH', subdivision: 'ZH' },
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Neuer Beitrag' }));
    await user.keyboard('{Escape}');
    // An effect sets the attribute after the render that shows the language: wait for it, do not race it.
    await waitFor(() => expect(document.documentElement.lang).toBe('de-CH'));
    await user.click(screen.getByRole('button', { name: 'Einstellungen' }));
    expect(await screen.findByRole('heading', { name: 'Einstellungen' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Sprache').value).toBe('de-CH');
    expect(document.body.textContent).not.toContain('ß');
  });

  it('shows the public holidays of the organisation region as background days', async () => {
    await storeSettings({ ...DEFAULT_SETTINGS, region: { country: 'DE', subdivision: 'SN' } });
    render(<App />);
    // Buß- und Bettag, 18 November 2026: a day off in Saxony only.
    expect(await screen.findByText('Buß- und Bettag')).toBeTruthy();
  });

  it('switches the whole interface to English from the settings', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Einstellungen' }));
    await user.selectOptions(await screen.findByLabelText('Sprache'), 'en');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect(await screen.findByRole('button', { name: 'Calendar' })).toBeTruthy();
    // An effect sets the attribute after the render that shows the language: wait for it, do not race it.
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await user.click(screen.getByRole('button', { name: 'Calendar' }));
    expect(await screen.findByRole('button', { name: 'New post' })).toBeTruthy();
  });

  it('marks a post whose checks block in the calendar and sums up the week', async () => {
    await savePostFromForm(
      {
        title: 'Sturmwarnung',
        channels: ['facebook'],
        date: '2026-11-26',
        time: '10:00',
        text: 'Sturm erwartet 😂',
        category: 'Krise',
      },
      null,
      { actorId: 'seed', timeZone: 'Europe/Berlin', now: new Date() },
    );
    render(<App />);
    const event = (await screen.findByText('Sturmwarnung')).closest('[role="listitem"]') as HTMLElement;
    expect(await within(event).findByText(/^, 1 blockierender Befund, Facebook/)).toBeTruthy();
    expect(within(event).getByText('✖ 1').getAttribute('aria-hidden')).toBe('true');
    const summary = screen.getByRole('region', { name: 'Prüfergebnisse' });
    // The summary is drawn after the calendar (a deferred value), so it may come a moment later.
    expect(await within(summary).findByText(/1 Beitrag, davon 1 blockiert/)).toBeTruthy();
  });
});
