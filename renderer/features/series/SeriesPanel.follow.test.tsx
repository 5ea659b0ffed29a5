/**
 * The series start follows the post's date until the person changes it, and an impossible date (a five-digit
 * year typed into the field) is refused with a message instead of being kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { withChannels } from '../../../shared/model/postVariants';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { createI18n } from '../../i18n/i18n';
import { emptyDraft, type ComposerDraft } from '../../../shared/model/composerDraft';
import { SeriesPanel } from './SeriesPanel';

const i18n = createI18n('de-DE');
const draftOn = (date: string, time = '10:00'): ComposerDraft => ({
  ...emptyDraft(date, time),
  title: 'Quiz der Woche',
  content: withChannels(
    { channels: [], text: 'Raten Sie mit!', variants: [], variantsLinked: true, media: [] },
    ['instagram'],
  ),
});

function renderPanel(draft: ComposerDraft) {
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SeriesPanel draft={draft} post={null} settings={DEFAULT_SETTINGS} onDone={vi.fn()} />
    </I18nextProvider>,
  );
  return (next: ComposerDraft) =>
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <SeriesPanel draft={next} post={null} settings={DEFAULT_SETTINGS} onDone={vi.fn()} />
      </I18nextProvider>,
    );
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('series start and the post date', () => {
  it('follows the post date and time until the person changes the start', async () => {
    const user = userEvent.setup();
    const rerender = renderPanel(draftOn('2026-12-03'));
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));
    expect(field('Beginn').value).toBe('2026-12-03');

    rerender(draftOn('2026-12-08', '09:30'));
    expect(field('Beginn').value).toBe('2026-12-08');
    expect(field('Uhrzeit').value).toBe('09:30');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Dienstag' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Donnerstag' }).checked).toBe(false);
    expect(field('Letzter möglicher Tag').value).toBe('2027-03-07');

    fireEvent.change(field('Beginn'), { target: { value: '2026-12-15' } });
    rerender(draftOn('2026-12-10', '09:30'));
    expect(field('Beginn').value).toBe('2026-12-15');
  });

  it('refuses an impossible date with a message and puts the last valid day back', async () => {
    const user = userEvent.setup();
    renderPanel(draftOn('2026-12-03'));
    await user.click(screen.getByRole('button', { name: 'Als Serie wiederholen' }));
    const start = field('Beginn');
    fireEvent.change(start, { target: { value: '92026-12-07' } });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'Dieses Datum gibt es nicht oder es liegt außerhalb von 1970 bis 2999. Es wird nicht übernommen; beim ' +
        'Verlassen des Feldes gilt wieder das letzte gültige Datum.',
    );
    expect(start.getAttribute('aria-invalid')).toBe('true');
    // Nothing can be created from it meanwhile: the summary names no dates.
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.blur(start);
    expect(field('Beginn').value).toBe('2026-12-03');
    expect(screen.getByRole('status').textContent).toContain('Do., 03.12.2026');
  });
});
