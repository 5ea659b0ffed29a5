/**
 * The series section of the composer against a real (in-memory) IndexedDB: the live summary, refusals as alerts,
 * creating a series from a saved post, and the actions on an occurrence.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import { withChannels } from '../../../shared/model/postVariants';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { createSeries, listSeriesPosts } from '../../data/posts/seriesRepository';
import { createI18n } from '../../i18n/i18n';
import { emptyDraft, type ComposerDraft } from '../../../shared/model/composerDraft';
import { SeriesPanel } from './SeriesPanel';

const settings = DEFAULT_SETTINGS; // Berlin, Europe/Berlin, German
const writeContext = {
  actorId: 'local-editor',
  timeZone: 'Europe/Berlin',
  now: new Date('2026-11-25T08:00:00Z'),
};

const draft: ComposerDraft = {
  ...emptyDraft('2026-12-03', '10:00'),
  title: 'Quiz der Woche',
  content: withChannels(
    { channels: [], text: 'Raten Sie mit!', variants: [], variantsLinked: true, media: [] },
    ['instagram'],
  ),
};

function renderPanel(post: Post | null, value: ComposerDraft = draft) {
  const onDone = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <SeriesPanel draft={value} post={post} settings={settings} onDone={onDone} />
    </I18nextProvider>,
  );
  return onDone;
}

async function savedPost(): Promise<Post> {
  const result = await savePostFromForm(
    {
      title: 'Quiz der Woche',
      channels: ['instagram'],
      date: '2026-12-03',
      time: '10:00',
      text: 'Raten Sie mit!',
    },
    null,
    writeContext,
  );
  if (!result.ok) throw new Error('seed failed');
  return result.post;
}

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('SeriesPanel for a single post', () => {
  it('starts collapsed and opens on the draft weekday, date and time, with a live summary', async () => {
    const user = userEvent.setup();
    renderPanel(null);
    const toggle = screen.getByRole('button', { name: 'Als Serie wiederholen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Beginn')).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByLabelText<HTMLSelectElement>('Wiederholung').value).toBe('weekly');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Donnerstag' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Freitag' }).checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>('Beginn').value).toBe('2026-12-03');
    expect(screen.getByLabelText<HTMLInputElement>('Uhrzeit').value).toBe('10:00');
    expect(screen.getByLabelText<HTMLInputElement>('Letzter möglicher Tag').value).toBe('2027-03-02');
    expect(screen.getByRole('checkbox', { name: 'Feiertage überspringen' })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe('13 Termine von Do., 03.12.2026 bis Do., 25.02.2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the public holidays it skips', async () => {
    const user = userEvent.setup();
    renderPanel(null);
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Donnerstag' }));
    await user.click(screen.getByRole('checkbox', { name: 'Freitag' }));
    expect(screen.getByRole('status').textContent).toBe(
      '11 Termine von Fr., 04.12.2026 bis Fr., 26.02.2027; 2 Feiertage übersprungen: ' +
        'Fr., 25.12.2026: 1. Weihnachtstag, Fr., 01.01.2027: Neujahr',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Feiertage überspringen' }));
    expect(screen.getByRole('status').textContent).toBe('13 Termine von Fr., 04.12.2026 bis Fr., 26.02.2027');
  });

  it('shows why a rule creates nothing as an alert, beside a marked field', async () => {
    const user = userEvent.setup();
    renderPanel(null);
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));

    await user.click(screen.getByRole('radio', { name: 'Anzahl' }));
    fireEvent.change(screen.getByLabelText('Anzahl der Termine'), { target: { value: '500' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Diese Regel ergibt mehr als 400 Termine. Bitte wählen Sie ein früheres Ende oder eine geringere Anzahl.',
    );
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.change(screen.getByLabelText('Anzahl der Termine'), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('Bitte geben Sie eine Anzahl von 1 bis 9999 an.');
    expect(screen.getByLabelText('Anzahl der Termine').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('Anzahl der Termine'), { target: { value: '4' } });
    await user.click(screen.getByRole('checkbox', { name: 'Donnerstag' }));
    expect(screen.getByRole('alert').textContent).toBe('Bitte wählen Sie mindestens einen Wochentag.');
  });

  it('creates the series, replaces the saved post and calls onDone', async () => {
    const user = userEvent.setup();
    const post = await savedPost();
    const onDone = renderPanel(post);
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));
    await user.click(screen.getByRole('button', { name: 'Serie anlegen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(await db.posts.get(post.id)).toBeUndefined();
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(13);
    expect(posts.every((entry) => entry.series !== null && entry.title === 'Quiz der Woche')).toBe(true);
  });

  it('refuses a draft without a title with an alert and writes nothing', async () => {
    const user = userEvent.setup();
    const onDone = renderPanel(null, { ...draft, title: '' });
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));
    await user.click(screen.getByRole('button', { name: 'Serie anlegen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte geben Sie einen Titel ein.');
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.posts.count()).toBe(0);
  });
});

describe('SeriesPanel for an occurrence', () => {
  async function seedSeries() {
    const result = await createSeries(
      {
        rule: {
          frequency: 'weekly',
          interval: 1,
          weekdays: ['TH'],
          startDate: '2026-12-03',
          time: '10:00',
          end: { kind: 'count', count: 4 },
          skipPublicHolidays: false,
        },
        draft,
        replacePostId: null,
      },
      { ...writeContext, region: settings.region },
    );
    if (!result.ok) throw new Error(result.messageKey);
    return listSeriesPosts(result.seriesId);
  }

  it('notes the series and applies the draft to every attached date', async () => {
    const user = userEvent.setup();
    const [first, second] = await seedSeries();
    if (!first?.series || !second?.series) throw new Error('no occurrences');
    await db.posts.update(second.id, {
      series: { ...second.series, detached: true },
      title: 'Sonderausgabe',
    });

    const onDone = renderPanel({ ...first }, { ...draft, title: 'Quiz: Brücken' });
    expect(await screen.findByText('Dieser Beitrag gehört zu einer Serie')).toBeTruthy();
    expect(screen.queryByText('einzeln bearbeitet')).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Änderungen auf alle Termine der Serie übertragen' }),
    );
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const titles = (await listSeriesPosts(first.series.seriesId)).map((post) => post.title);
    expect(titles).toEqual(['Quiz: Brücken', 'Sonderausgabe', 'Quiz: Brücken', 'Quiz: Brücken']);
  });

  it('marks a detached occurrence, changes the rule and deletes the series after confirmation', async () => {
    const user = userEvent.setup();
    const [first] = await seedSeries();
    if (!first?.series) throw new Error('no occurrence');
    const detached = { ...first, series: { ...first.series, detached: true } };
    await db.posts.put(detached);
    const onDone = renderPanel(detached);
    expect(await screen.findByText('einzeln bearbeitet')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Serienregel ändern' }));
    expect(screen.getByLabelText<HTMLInputElement>('Anzahl der Termine').value).toBe('4');
    fireEvent.change(screen.getByLabelText('Anzahl der Termine'), { target: { value: '6' } });
    expect(screen.getByRole('status').textContent).toBe('6 Termine von Do., 03.12.2026 bis Do., 07.01.2027');
    await user.click(screen.getByRole('button', { name: 'Regel übernehmen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(await listSeriesPosts(first.series.seriesId)).toHaveLength(6);

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Serie löschen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Serie „Quiz der Woche“ löschen?'));
    expect(await db.series.count()).toBe(0);
    expect(await db.posts.toArray()).toEqual([expect.objectContaining({ id: first.id, series: null })]);
  });
});
