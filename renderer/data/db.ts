/**
 * The one Dexie database of the desk. Only `renderer/data/` imports this module (a lint rule holds it).
 *
 * Schema history: every change adds a `version(n)` with its stores and, where stored data changes shape, an
 * `upgrade()`; old versions stay listed so any older database opens and migrates. Each version has a migration
 * test in `db.migration.test.ts`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Post } from '../../shared/model/post';
import type { Settings } from '../../shared/model/settings';

export const DATABASE_NAME = 'civic-desk';

/** The settings table holds one row per settings document; the organisation's settings live under this id. */
export const ORGANISATION_SETTINGS_ID = 'organisation';

export interface SettingsRow extends Settings {
  id: typeof ORGANISATION_SETTINGS_ID;
}

export type CivicDeskDb = Dexie & {
  posts: EntityTable<Post, 'id'>;
  settings: EntityTable<SettingsRow, 'id'>;
};

/** Version 1: posts indexed by UTC schedule (range queries), status and last change; one settings row. */
export const SCHEMA_V1 = {
  posts: 'id, scheduledAtUtc, status, updatedAt',
  settings: 'id',
} as const;

export function openCivicDeskDb(name: string = DATABASE_NAME): CivicDeskDb {
  // Chromium commits IndexedDB with relaxed durability by default; strict asks for a flush at every commit.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CivicDeskDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

export const db = openCivicDeskDb();
