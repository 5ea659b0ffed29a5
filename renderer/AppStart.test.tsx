/**
 * The desk's start (issue 14, page load): the settings and profiles read at start-up (app/startData.ts) draw the
 * desk before its live queries deliver. Here the live queries never deliver, so only the start read can show it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '../shared/model/settings';
import { App } from './App';
import { readStartData, resetStartDataForTests } from './app/startData';
import { db } from './data/store/db';
import { storeSettings } from './data/settings/testSettings';
import { ADA_ADMIN, seedProfiles } from './data/settings/testProfiles';
import { ensureTestTrust } from './data/trust/testTrust';
import { useUiStore } from './state/uiStore';

vi.mock(import('./data/store/liveQueries'), async (original) => ({
  ...(await original()),
  useSettings: () => undefined,
}));
vi.mock(import('./data/workflow/workflowQueries'), async (original) => ({
  ...(await original()),
  useProfiles: () => undefined,
}));

const initialUiState = useUiStore.getState();

beforeEach(async () => {
  useUiStore.setState(initialUiState, true);
  resetStartDataForTests();
  await db.open();
  await storeSettings({ ...DEFAULT_SETTINGS, organisationName: 'Gemeinde Beispielstadt' });
  await seedProfiles([ADA_ADMIN]);
  await ensureTestTrust();
  useUiStore.getState().setCurrentUser(ADA_ADMIN.id);
});

afterEach(async () => {
  cleanup();
  resetStartDataForTests();
  await db.delete();
});

describe('the start read', () => {
  it('reads the settings and the profiles once the database is open', async () => {
    const start = await readStartData();
    expect(start?.settings.organisationName).toBe('Gemeinde Beispielstadt');
    expect(start?.profiles.map((profile) => profile.id)).toEqual([ADA_ADMIN.id]);
    // One read per start: a second call hands back the same rows.
    expect(await readStartData()).toBe(start);
  });

  it('draws the desk from the start read while the live queries have not delivered', async () => {
    render(<App />);
    // Without the start read the desk waits for its live queries, which never answer here.
    expect(screen.getByText('Wird geladen …')).toBeTruthy();
    void readStartData();
    expect(await screen.findByRole('button', { name: 'Neuer Beitrag' })).toBeTruthy();
    expect(screen.getByText('Gemeinde Beispielstadt')).toBeTruthy();
  });
});
