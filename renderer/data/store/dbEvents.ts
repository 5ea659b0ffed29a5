/**
 * What can go wrong with the database as a whole, for the UI to show instead of the desk:
 * - it cannot be opened (a newer build's database, storage blocked): `cannotOpen` with the DataError's key;
 * - another window or tab upgraded it (a newer build opened the same origin): IndexedDB fires `versionchange` here,
 *   and this window closes its connection at once, so the upgrade in the other window is not blocked and this
 *   window, still running the old code, writes nothing more. The person reloads to get the new version.
 */
import { toDataError, type DataErrorKey } from './dataErrors';
import { db } from './db';

export type DatabaseProblem =
  { kind: 'cannotOpen'; messageKey: DataErrorKey } | { kind: 'upgradedElsewhere' };

type Listener = (problem: DatabaseProblem) => void;

const listeners = new Set<Listener>();
let current: DatabaseProblem | null = null;

function report(problem: DatabaseProblem): void {
  current = problem;
  for (const listener of listeners) listener(problem);
}

db.on('versionchange', () => {
  report({ kind: 'upgradedElsewhere' });
  db.close();
  // false: Dexie's default handler (a console warning and a reopen on the next query) does not run.
  return false;
});

/** The problem seen so far, or null. */
export function currentDatabaseProblem(): DatabaseProblem | null {
  return current;
}

/** Calls `listener` on every new problem; returns the unsubscribe function. */
export function subscribeDatabaseProblems(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Opens the database (running any migration); a failure is reported and returned, never thrown. */
export async function openDeskDatabase(): Promise<DatabaseProblem | null> {
  try {
    await db.open();
    return current;
  } catch (error) {
    const problem: DatabaseProblem = { kind: 'cannotOpen', messageKey: toDataError(error).messageKey };
    report(problem);
    return problem;
  }
}
