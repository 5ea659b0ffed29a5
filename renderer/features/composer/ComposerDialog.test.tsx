/**
 * The composer against a real (in-memory) IndexedDB: drafts save themselves while typing, undo and redo work, and
 * variants diverge only when the networks are unlinked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { ComposerDialog } from './ComposerDialog';

const initialUiState = useUiStore.getState();

function renderComposer() {
  useUiStore.getState().openEditor({ mode: 'create', date: '2026-12-03', time: '10:00' });
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ComposerDialog settings={DEFAULT_SETTINGS} />
    </I18nextProvider>,
  );
  return screen.getByRole('dialog', { name: 'Neuer Beitrag' });
}

beforeEach(async () => {
  useUiStore.setState(initialUiState, true);
  await db.open();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('composer', () => {
  it('saves the draft by itself once it has a title and a network, without pressing save', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    await user.type(within(dialog).getByLabelText('Titel'), 'Quiz der Woche');
    await user.click(within(dialog).getByRole('checkbox', { name: /Instagram/ }));
    await user.type(within(dialog).getByLabelText('Text für alle Netzwerke'), 'Wie viele Brücken?');
    await waitFor(async () => expect(await db.posts.count()).toBe(1), { timeout: 3000 });
    const [post] = await db.posts.toArray();
    expect(post).toMatchObject({
      title: 'Quiz der Woche',
      channels: ['instagram'],
      text: 'Wie viele Brücken?',
    });
    await waitFor(() => expect(within(dialog).getByText(/Gespeichert um/)).toBeTruthy());
    expect(screen.getByRole('dialog')).toBeTruthy(); // still open: autosave does not close
  });

  it('saves what was typed last when the composer is closed before the typing pause ends', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    await user.type(within(dialog).getByLabelText('Titel'), 'Quiz der Woche');
    await user.click(within(dialog).getByRole('checkbox', { name: /Instagram/ }));
    await user.type(
      within(dialog).getByLabelText('Text für alle Netzwerke'),
      'Wie viele Brücken hat die Stadt?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [post] = await db.posts.toArray();
    expect(post).toMatchObject({ title: 'Quiz der Woche', text: 'Wie viele Brücken hat die Stadt?' });
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Y', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    const title = within(dialog).getByLabelText<HTMLInputElement>('Titel');
    await user.type(title, 'Erster Titel');
    await user.click(within(dialog).getByRole('checkbox', { name: /LinkedIn/ }));
    expect(within(dialog).getByRole('checkbox', { name: /LinkedIn/ })).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('button', { name: 'Rückgängig' }));
    expect(within(dialog).getByRole('checkbox', { name: /LinkedIn/ })).toHaveProperty('checked', false);
    await user.click(within(dialog).getByRole('button', { name: 'Wiederholen' }));
    expect(within(dialog).getByRole('checkbox', { name: /LinkedIn/ })).toHaveProperty('checked', true);
    title.focus();
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    expect(title.value).toBe('');
    await user.keyboard('{Control>}y{/Control}');
    expect(title.value).toBe('Erster Titel');
  });

  it('keeps variants equal while linked and lets one diverge when unlinked', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    await user.type(within(dialog).getByLabelText('Titel'), 'Stellenanzeige');
    await user.click(within(dialog).getByRole('checkbox', { name: /LinkedIn/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^X/ }));
    await user.type(within(dialog).getByLabelText('Text für alle Netzwerke'), 'Wir suchen Sie!');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Alle Netzwerke gleich halten' }));
    await user.click(within(dialog).getByRole('tab', { name: /LinkedIn/ }));
    await user.type(within(dialog).getByLabelText('Text für LinkedIn'), ' Bewerben Sie sich bis 31.12.');
    await user.click(within(dialog).getByRole('tab', { name: /^X/ }));
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Text für X').value).toBe('Wir suchen Sie!');
    expect(within(dialog).getByText('15 / 280 Zeichen')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [post] = await db.posts.toArray();
    expect(post?.variants.map((variant) => [variant.channel, variant.text])).toEqual([
      ['linkedin', 'Wir suchen Sie! Bewerben Sie sich bis 31.12.'],
      ['x', 'Wir suchen Sie!'],
    ]);
  });

  it('asks before linking again replaces a network\u2019s own text, and keeps it when told to', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    await user.type(within(dialog).getByLabelText('Titel'), 'Stellenanzeige');
    await user.click(within(dialog).getByRole('checkbox', { name: /LinkedIn/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^X/ }));
    await user.type(within(dialog).getByLabelText('Text für alle Netzwerke'), 'Wir suchen Sie!');
    const link = within(dialog).getByRole<HTMLInputElement>('checkbox', {
      name: 'Alle Netzwerke gleich halten',
    });
    await user.click(link);
    await user.click(within(dialog).getByRole('tab', { name: /LinkedIn/ }));
    await user.type(within(dialog).getByLabelText('Text für LinkedIn'), ' Jetzt bewerben.');

    await user.click(link);
    const question = within(dialog).getByRole('group', {
      name: 'Die eigenen Texte für LinkedIn werden durch den Text für alle Netzwerke ersetzt. Ersetzen?',
    });
    expect(link.checked).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Eigene Texte behalten' }));
    expect(link.checked).toBe(false);
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Text für LinkedIn').value).toBe(
      'Wir suchen Sie! Jetzt bewerben.',
    );

    await user.click(link);
    await user.click(within(dialog).getByRole('button', { name: 'Texte ersetzen' }));
    expect(link.checked).toBe(true);
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Text für LinkedIn').value).toBe(
      'Wir suchen Sie!',
    );
  });

  it('says where the preview appears until a network is chosen, then the preview of the network', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    const hint = /^Wählen Sie ein Netzwerk: Hier erscheint dann die Vorschau/;
    expect(within(dialog).getByText(hint)).toBeTruthy();
    await user.click(within(dialog).getByRole('checkbox', { name: /Instagram/ }));
    expect(within(dialog).queryByText(hint)).toBeNull();
    expect(within(dialog).getByRole('figure', { name: 'Vorschau Instagram' })).toBeTruthy();
  });

  it('lists a finding of the shared text once for all its networks, and one reason overrides it in each', async () => {
    const user = userEvent.setup();
    const dialog = renderComposer();
    expect(
      within(dialog).getByText(/^Wählen Sie ein Netzwerk: Hier erscheint dann die Vorschau/),
    ).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Titel'), 'Sprechstunde');
    await user.click(within(dialog).getByRole('checkbox', { name: /LinkedIn/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Facebook/ }));
    await user.type(
      within(dialog).getByLabelText('Text für alle Netzwerke'),
      'Fragen? Herr Maier hilft unter 0171 2345678 weiter.',
    );
    const label = await within(dialog).findByText('Blockiert · LinkedIn, Facebook:');
    expect(within(dialog).queryByText('Blockiert · LinkedIn:')).toBeNull();
    expect(within(dialog).queryByText('Blockiert · Facebook:')).toBeNull();
    await waitFor(async () => expect(await db.posts.count()).toBe(1), { timeout: 3000 });
    const item = label.closest('li') as HTMLElement;
    // Overrides are stored on the saved post: the button appears once the draft has saved itself.
    await user.click(await within(item).findByRole('button', { name: 'Begründet übergehen' }));
    await user.type(
      within(item).getByLabelText(/Begründung für/),
      'Dienstnummer der Sprechstunde, freigegeben.',
    );
    await user.click(within(item).getByRole('button', { name: 'Begründung speichern' }));
    await waitFor(async () => {
      const [post] = await db.posts.toArray();
      expect(post?.checks.overrides.map((override) => override.findingId.split('.')[0]).sort()).toEqual([
        'facebook',
        'linkedin',
      ]);
    });
  });
});
