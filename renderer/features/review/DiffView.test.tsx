/** The review diff names a variant's format as the composer does ("Beitrag"), never by its stored key ("feed"). */
import { I18nextProvider } from 'react-i18next';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newDraftPost, validatePostInput } from '../../../shared/model/postInput';
import type { Post } from '../../../shared/model/post';
import { createI18n } from '../../i18n/i18n';
import { DiffView } from './DiffView';

afterEach(cleanup);

function draft(): Post {
  const fields = validatePostInput(
    { title: 'Bürgeramt', channels: ['facebook'], date: '', time: '', text: 'Samstag geöffnet.' },
    'Europe/Berlin',
  );
  if (!fields.ok) throw new Error('invalid test post');
  return newDraftPost(fields.value, { id: 'p1', actorId: 'ada', now: new Date('2026-11-25T09:00:00Z') });
}

describe('DiffView', () => {
  it.each([
    ['de-DE', 'Beitrag'],
    ['de-CH', 'Beitrag'],
    ['en', 'Post'],
  ] as const)('shows the format label in %s, not the key', (locale, label) => {
    render(
      <I18nextProvider i18n={createI18n(locale)}>
        <DiffView post={draft()} profiles={[]} timeZone="Europe/Berlin" locale={locale} />
      </I18nextProvider>,
    );
    const formatRow = screen
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('rowheader')?.textContent === 'Format');
    expect(formatRow).toBeDefined();
    const cells = within(formatRow as HTMLElement).getAllByRole('cell');
    expect(cells[1]?.textContent).toBe(label);
    expect(formatRow?.textContent).not.toContain('feed');
  });
});
