/**
 * "Serie anlegen" on a new post replaces the post the composer's autosave created, even when the live post has
 * not reached the panel yet: the composer hands over the id its autosave knows (useAutosave `replace`).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { withChannels } from '../../../shared/model/postVariants';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { createI18n } from '../../i18n/i18n';
import { emptyDraft, type ComposerDraft } from '../../../shared/model/composerDraft';
import { SeriesPanel, type ReplaceDraft } from './SeriesPanel';

const draft: ComposerDraft = {
  ...emptyDraft('2026-12-03', '10:00'),
  title: 'Quiz der Woche',
  content: withChannels(
    { channels: [], text: 'Raten Sie mit!', variants: [], variantsLinked: true, media: [] },
    ['instagram'],
  ),
};

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('SeriesPanel replacing the autosaved draft', () => {
  it('deletes the draft the autosave created although the panel has no post yet', async () => {
    const user = userEvent.setup();
    const saved = await savePostFromForm(
      {
        title: 'Quiz der Woche',
        channels: ['instagram'],
        date: '2026-12-03',
        time: '10:00',
        text: 'Raten Sie mit!',
      },
      null,
      { actorId: 'local-editor', timeZone: 'Europe/Berlin', now: new Date('2026-11-25T08:00:00Z') },
    );
    if (!saved.ok) throw new Error('seed failed');
    const replaced = vi.fn();
    const replaceDraft: ReplaceDraft = async (work, wasReplaced) => {
      const result = await work(saved.post.id);
      replaced(wasReplaced(result));
      return result;
    };
    const onDone = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <SeriesPanel
          draft={draft}
          post={null}
          settings={DEFAULT_SETTINGS}
          onDone={onDone}
          replaceDraft={replaceDraft}
        />
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));
    await user.click(screen.getByRole('button', { name: 'Serie anlegen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());

    expect(replaced.mock.calls).toEqual([[true]]);
    expect(await db.posts.get(saved.post.id)).toBeUndefined();
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(13);
    expect(posts.every((post) => post.series !== null)).toBe(true);
  });
});
