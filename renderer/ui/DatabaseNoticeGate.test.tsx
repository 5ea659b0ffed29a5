import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_V4 } from '../data/store/db';
import { DatabaseNoticeGate } from './DatabaseNoticeGate';

// The organisation's language is in the unreadable database: the browser's decides (jsdom says en-US).
beforeEach(() => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
});

describe('DatabaseNoticeGate', () => {
  it('shows the desk once the database is open, and a reload notice when another window upgrades it', async () => {
    const reload = vi.fn();
    render(
      <DatabaseNoticeGate onReload={reload}>
        <p>Der Schreibtisch</p>
      </DatabaseNoticeGate>,
    );
    expect(await screen.findByText('Der Schreibtisch')).toBeTruthy();

    // A newer build opens the same database in another window: this window must let go at once (not block it).
    const newer = new Dexie(DATABASE_NAME);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V4, later: 'id' });
    await newer.open();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Civic Desk wurde in einem anderen Fenster aktualisiert. Bitte laden Sie diese Seite neu.',
    );
    expect(screen.queryByText('Der Schreibtisch')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Civic Desk kann die Daten nicht öffnen',
    );
    const button = screen.getByRole('button', { name: 'Seite neu laden' });
    expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    expect(reload).toHaveBeenCalledTimes(1);
    newer.close();
  });
});
