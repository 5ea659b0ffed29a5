/**
 * The calendar keeps showing what is stored, whether a change reaches FullCalendar as single event updates (a few
 * posts changed) or as a new array (many): through the calendar page and a real (in-memory) IndexedDB.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { deletePost, reschedulePost, savePostFromForm } from '../../data/posts/postsRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { CalendarPage } from './CalendarPage';

const initialUiState = useUiStore.getState();
const context = { actorId: 'seed', timeZone: 'Europe/Berlin', now: new Date('2026-11-25T09:00:00+01:00') };

async function seedPost(title: string, date: string): Promise<string> {
  const result = await savePostFromForm(
    { title, channels: ['instagram'], date, time: '10:00', text: '', campaignId: null, category: null },
    null,
    context,
  );
  if (!result.ok) throw new Error('seed failed');
  return result.post.id;
}

/** The day cell a post's title is drawn in (FullCalendar's month grid). */
function dayOf(title: string): string | null {
  return screen.getByText(title).closest('[data-date]')?.getAttribute('data-date') ?? null;
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

describe('calendar events follow the stored posts', () => {
  it('follows a rename, a move, a new and a deleted post', async () => {
    const quiz = await seedPost('Quiz der Woche', '2026-11-26');
    const portrait = await seedPost('Porträt Bürgerbüro', '2026-11-12');
    await seedPost('Adventsmarkt', '2026-11-20');
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <CalendarPage settings={DEFAULT_SETTINGS} />
      </I18nextProvider>,
    );
    await screen.findByText('Quiz der Woche');

    await savePostFromForm(
      {
        title: 'Quiz der Woche: Brücken',
        channels: ['instagram', 'linkedin'],
        date: '2026-11-26',
        time: '10:00',
        text: '',
        campaignId: null,
        category: null,
      },
      quiz,
      context,
    );
    await screen.findByText('Quiz der Woche: Brücken');
    expect(screen.queryByText('Quiz der Woche')).toBeNull();
    expect(screen.getByText('Quiz der Woche: Brücken').closest('.cd-event')?.textContent).toContain(
      'in · IG',
    );

    await reschedulePost(portrait, '2026-11-19T10:00:00+01:00', context);
    await waitFor(() => expect(dayOf('Porträt Bürgerbüro')).toBe('2026-11-19'));
    expect(screen.getAllByText('Porträt Bürgerbüro')).toHaveLength(1);

    await seedPost('Neu dazu', '2026-11-27');
    await deletePost(portrait, context);
    await screen.findByText('Neu dazu');
    await waitFor(() => expect(screen.queryByText('Porträt Bürgerbüro')).toBeNull());
    expect(dayOf('Adventsmarkt')).toBe('2026-11-20');
  });

  it('keeps the keyboard focus on a post whose shown values change', async () => {
    const quiz = await seedPost('Quiz der Woche', '2026-11-26');
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <CalendarPage settings={DEFAULT_SETTINGS} />
      </I18nextProvider>,
    );
    const focusable = (await screen.findByText('Quiz der Woche')).closest<HTMLElement>('[tabindex]');
    if (focusable === null) throw new Error('the event is not focusable');
    focusable.focus();
    await savePostFromForm(
      {
        title: 'Quiz der Woche: Brücken',
        channels: ['instagram'],
        date: '2026-11-26',
        time: '10:00',
        text: '',
        campaignId: null,
        category: null,
      },
      quiz,
      context,
    );
    await screen.findByText('Quiz der Woche: Brücken');
    // The same element, still focused (a redrawn element would leave the focus on the page's body).
    expect(document.activeElement).toBe(focusable);
    expect(focusable.isConnected).toBe(true);
    expect(focusable.textContent).toContain('Quiz der Woche: Brücken');
  });

  it('shows many new posts at once and keeps the ones it had', async () => {
    // One post a day: a month's day shows its first post and "+n weitere" for the others (CalendarView).
    await seedPost('Adventsmarkt', '2026-11-21');
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <CalendarPage settings={DEFAULT_SETTINGS} />
      </I18nextProvider>,
    );
    await screen.findByText('Adventsmarkt');
    const titles = Array.from({ length: 20 }, (_, index) => `Beitrag ${String(index + 1).padStart(2, '0')}`);
    await db.transaction('rw', db.posts, db.audit, async () => {
      for (const [index, title] of titles.entries())
        await seedPost(title, `2026-11-${String(index + 1).padStart(2, '0')}`);
    });
    await screen.findByText('Beitrag 20');
    for (const title of titles) expect(screen.getAllByText(title)).toHaveLength(1);
    expect(screen.getAllByText('Adventsmarkt')).toHaveLength(1);
  });

  it("shows a post's time in the organisation's zone, not the computer's", async () => {
    await seedPost('Quiz der Woche', '2026-11-26');
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <CalendarPage settings={{ ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' }} />
      </I18nextProvider>,
    );
    const event = (await screen.findByText('Quiz der Woche')).closest('.cd-event');
    // Stored as 09:00 UTC; shown as the 10:00 it was planned for in Berlin.
    expect(event?.querySelector('.cd-event-time')?.textContent).toBe('10:00');
  });
});
