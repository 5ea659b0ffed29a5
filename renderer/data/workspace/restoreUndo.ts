/**
 * The desk as it was just before the last restore (a workspace file with media), kept in a small database of its
 * own so that a restore, which replaces every table of the desk, never replaces it. One row: the last restore only.
 */
import Dexie, { type EntityTable } from 'dexie';
import { guardData } from '../store/dataErrors';

export const RESTORE_UNDO_DATABASE_NAME = 'civic-desk-restore-undo';

export interface RestoreUndoRow {
  id: 'last';
  /** The workspace file's text. */
  json: string;
  /** When the restore began (ISO 8601 UTC). */
  at: string;
}

type UndoDb = Dexie & { kept: EntityTable<RestoreUndoRow, 'id'> };

function openUndoDb(): UndoDb {
  const undoDb = new Dexie(RESTORE_UNDO_DATABASE_NAME, { chromeTransactionDurability: 'strict' }) as UndoDb;
  undoDb.version(1).stores({ kept: 'id' });
  return undoDb;
}

const undoDb = openUndoDb();

export function keepRestoreUndo(backup: Omit<RestoreUndoRow, 'id'>): Promise<void> {
  return guardData(async () => {
    await undoDb.kept.put({ id: 'last', ...backup });
  });
}

export function readRestoreUndo(): Promise<RestoreUndoRow | null> {
  return guardData(async () => (await undoDb.kept.get('last')) ?? null);
}

export function clearRestoreUndo(): Promise<void> {
  return guardData(() => undoDb.kept.delete('last'));
}
