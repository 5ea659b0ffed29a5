/** The composer's snippet menu: the menu button pattern by keyboard and by pointer, against a real IndexedDB. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { db } from '../../data/store/db';
import { saveSnippet } from '../../data/posts/snippetsRepository';
import { createI18n } from '../../i18n/i18n';
import { SnippetMenu } from './SnippetMenu';

function renderMenu(onInsert: (text: string) => void) {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <SnippetMenu onInsert={onInsert} />
      <button type="button">danach</button>
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

async function seed() {
  await saveSnippet({ kind: 'hashtags', label: 'Karriere', text: '#KarriereImRathaus #Musterstadt' });
  await saveSnippet({ kind: 'hashtags', label: 'Advent', text: '#Adventskalender' });
  await saveSnippet({ kind: 'link', label: 'Netiquette', text: 'https://www.musterstadt.de/netiquette' });
}

describe('SnippetMenu', () => {
  it('opens with the keyboard, moves with arrows, inserts with Enter and returns focus', async () => {
    await seed();
    const onInsert = vi.fn();
    const user = userEvent.setup();
    renderMenu(onInsert);
    const button = screen.getByRole('button', { name: 'Baustein einfügen' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.focus();
    await user.keyboard('{ArrowDown}');
    // Snippets load asynchronously; the open menu fills in when they arrive.
    await waitFor(() => expect(screen.getAllByRole('menuitem')).toHaveLength(3));
    const menu = screen.getByRole('menu', { name: 'Baustein einfügen' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Advent (Hashtag-Gruppe)',
      'Karriere (Hashtag-Gruppe)',
      'Netiquette (Link)',
    ]);
    expect(document.activeElement).toBe(items[0]);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{Enter}');

    expect(onInsert).toHaveBeenCalledExactlyOnceWith('#KarriereImRathaus #Musterstadt');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes with Escape without inserting, and inserts on click', async () => {
    await seed();
    const onInsert = vi.fn();
    const user = userEvent.setup();
    renderMenu(onInsert);
    const button = screen.getByRole('button', { name: 'Baustein einfügen' });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onInsert).not.toHaveBeenCalled();

    await user.click(button);
    await user.click(await screen.findByRole('menuitem', { name: 'Netiquette (Link)' }));
    expect(onInsert).toHaveBeenCalledExactlyOnceWith('https://www.musterstadt.de/netiquette');

    await user.click(button);
    expect(await screen.findByRole('menu')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'danach' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('says so when there are no snippets, and inserts nothing', async () => {
    const onInsert = vi.fn();
    const user = userEvent.setup();
    renderMenu(onInsert);
    await user.click(screen.getByRole('button', { name: 'Baustein einfügen' }));
    const item = screen.getByRole('menuitem', { name: /Keine Bausteine vorhanden/ });
    expect(item.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(item);
    await user.keyboard('{Enter}');
    expect(onInsert).not.toHaveBeenCalled();
  });
});
