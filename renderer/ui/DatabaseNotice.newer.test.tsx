import { render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_V4 } from '../data/store/db';
import { DatabaseNoticeGate } from './DatabaseNoticeGate';

// The organisation's language is in the unreadable database: the browser's decides (jsdom says en-US).
beforeEach(() => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
});

describe('DatabaseNoticeGate with a database of a newer build', () => {
  it('shows the full-page German notice instead of the desk and leaves the data alone', async () => {
    const newer = new Dexie(DATABASE_NAME);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V4, later: 'id' });
    await newer.open();
    await newer.table('later').add({ id: 'x', value: 1 });
    newer.close();

    render(
      <DatabaseNoticeGate>
        <p>Der Schreibtisch</p>
      </DatabaseNoticeGate>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Die Daten stammen aus einer neueren Version von Civic Desk. Bitte installieren Sie die neueste Version. Es wurde nichts verändert.',
    );
    expect(screen.queryByText('Der Schreibtisch')).toBeNull();
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeTruthy();

    const again = new Dexie(DATABASE_NAME);
    again.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V4, later: 'id' });
    expect(await again.table('later').get('x')).toEqual({ id: 'x', value: 1 });
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    again.close();
  });
});

describe('DatabaseNotice in an English browser', () => {
  it('speaks English when the browser does', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    render(
      <DatabaseNoticeGate>
        <p>Desk</p>
      </DatabaseNoticeGate>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The data comes from a newer version/);
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeTruthy();
  });
});
