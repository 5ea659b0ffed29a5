/**
 * What the first screen needs from the database, read once at start-up (issue 14, page load): the organisation's
 * settings and the profiles. `main.tsx` starts the read as soon as the modules have run, while React renders for
 * the first time, instead of after the database gate has rendered the desk and the desk's live queries have
 * subscribed (two React passes and Dexie's timer later). The desk shows these rows until its live queries deliver
 * theirs, which then take over (`useStartData` in App.tsx). Without a start read (the component tests), or when
 * the database cannot be opened, there is no snapshot and the desk waits for its live queries as before.
 */
import { useSyncExternalStore } from 'react';
import type { Settings } from '../../shared/model/settings';
import type { StoredProfile } from '../../shared/model/profile';
import { openDeskDatabase } from '../data/store/dbEvents';
import { loadSettings } from '../data/settings/settingsRepository';
import { listProfiles } from '../data/settings/profilesRepository';

export interface StartData {
  settings: Settings;
  profiles: StoredProfile[];
}

let snapshot: StartData | undefined;
let reading: Promise<StartData | undefined> | undefined;
const listeners = new Set<() => void>();

/** Opens the database and reads the first screen's rows, once; resolves to them, or undefined on a failure. */
export function readStartData(): Promise<StartData | undefined> {
  reading ??= openDeskDatabase().then(
    async (problem) => {
      // The gate shows the problem; the desk is not rendered, so there is nothing to prepare.
      if (problem !== null) return undefined;
      const [settings, profiles] = await Promise.all([loadSettings(), listProfiles()]);
      snapshot = { settings, profiles };
      for (const listener of listeners) listener();
      return snapshot;
    },
    () => undefined,
  );
  return reading.catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function current(): StartData | undefined {
  return snapshot;
}

/** The rows read at start-up, once they are in (undefined before, and when nothing was read). */
export function useStartData(): StartData | undefined {
  return useSyncExternalStore(subscribe, current, current);
}

/** Tests only: forgets the start read. */
export function resetStartDataForTests(): void {
  snapshot = undefined;
  reading = undefined;
}
