/**
 * The one Dexie database of the desk. Only `renderer/data/` imports this module (a lint rule holds it).
 *
 * Schema history: every change adds a `version(n)` with its stores and, where stored data changes shape, an
 * `upgrade()`; old versions stay listed so any older database opens and migrates. Each version has a migration
 * test in `db.test.ts` and one from a fixture database in `db.migration.test.ts`.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Campaign } from '../../../shared/model/campaign';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import type { AuditEntry } from '../../../shared/audit/chain';
import type { PostComment } from '../../../shared/model/comment';
import type { StoredProfile } from '../../../shared/model/profile';
import { migratePostV1toV2, migratePostV2toV3, migratePostV3toV4 } from './migrations';
import type {
  DeskStateRow,
  MediaBlobRow,
  ProfileKeyRow,
  RootKeyRow,
  RosterRow,
  SeriesRow,
  SnippetRow,
  TemplateRow,
} from './rows';
import { guardedIndexedDbOption } from './storageGuardVersion';

export const DATABASE_NAME = 'civic-desk';

/** The settings table holds one row per settings document; the organisation's settings live under this id. */
export const ORGANISATION_SETTINGS_ID = 'organisation';

export interface SettingsRow extends Settings {
  id: typeof ORGANISATION_SETTINGS_ID;
}

export type CivicDeskDb = Dexie & {
  posts: EntityTable<Post, 'id'>;
  settings: EntityTable<SettingsRow, 'id'>;
  media: EntityTable<MediaMeta, 'id'>;
  mediaBlobs: EntityTable<MediaBlobRow, 'id'>;
  consents: EntityTable<Consent, 'id'>;
  campaigns: EntityTable<Campaign, 'id'>;
  series: EntityTable<SeriesRow, 'id'>;
  templates: EntityTable<TemplateRow, 'id'>;
  snippets: EntityTable<SnippetRow, 'id'>;
  profiles: EntityTable<StoredProfile, 'id'>;
  profileKeys: EntityTable<ProfileKeyRow, 'profileId'>;
  comments: EntityTable<PostComment, 'id'>;
  audit: EntityTable<AuditEntry, 'seq'>;
  deskState: EntityTable<DeskStateRow, 'id'>;
  roster: EntityTable<RosterRow, 'id'>;
  rootKeys: EntityTable<RootKeyRow, 'orgId'>;
};

/** Version 1: posts indexed by UTC schedule (range queries), status and last change; one settings row. */
export const SCHEMA_V1 = {
  posts: 'id, scheduledAtUtc, status, updatedAt',
  settings: 'id',
} as const;

/**
 * Version 2 (composer): posts get variants, media, campaign, category and series links (indexed by campaign and
 * series); media metadata apart from the bytes (listing the library never loads blobs); consents, campaigns,
 * series, templates and snippets.
 */
export const SCHEMA_V2 = {
  posts: 'id, scheduledAtUtc, status, updatedAt, campaignId, series.seriesId',
  settings: 'id',
  media: 'id, createdAt',
  mediaBlobs: 'id',
  consents: 'id',
  campaigns: 'id, startDate',
  series: 'id',
  templates: 'id',
  snippets: 'id',
} as const;

/** Version 3 (checks): posts record checklist ticks and overrides; stores and indexes as in version 2. */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4 (approval): posts carry their workflow (approvals, content hash, revision, hold, last reviewed version)
 * and internal notes; profiles with their key pairs apart (private keys never leave this store), comments, the
 * audit trail (hash chain by `seq`) and the desk's state (crisis mode).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  profiles: 'id',
  profileKeys: 'profileId',
  comments: 'id, postId, at',
  audit: 'seq, postId',
  deskState: 'id',
} as const;

/**
 * Version 5 (indexes chosen by the queries): posts get the compound index `[status+scheduledAtUtc]`, so "posts in
 * review that are due" or "approved posts around today" read only those rows instead of every post of a status.
 * No data changes shape (no upgrade). IndexedDB leaves a row out of a compound index when a part of the key is
 * missing: unscheduled posts (`scheduledAtUtc: null`) are never in it and are read by the `status` index.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  posts: `${SCHEMA_V4.posts}, [status+scheduledAtUtc]`,
} as const;

/**
 * Version 6 (organisation trust, issue 13): the signed roster (immutable entries by their content address, so a
 * later team sync can carry each entry as one document) and the organisation root's key pair (the private key
 * non-extractable; only on the desk that made it). No stored data changes shape (no upgrade): an upgraded desk
 * has no root yet, and its admin is asked to create it (renderer/features/trust); approvals signed before
 * version 6 (statement v1) simply stop counting, as the derived verdict decides (approvalVerdicts.ts).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  roster: 'id',
  rootKeys: 'orgId',
} as const;

export const CURRENT_SCHEMA_VERSION = 6;

function reshapePosts(migrate: (post: Record<string, unknown>) => Record<string, unknown>) {
  return async (transaction: Transaction): Promise<void> => {
    await transaction
      .table('posts')
      .toCollection()
      .modify((post: Record<string, unknown>) => {
        Object.assign(post, migrate(post));
      });
  };
}

export function openCivicDeskDb(name: string = DATABASE_NAME): CivicDeskDb {
  // Chromium commits IndexedDB with relaxed durability by default; strict asks for a flush at every commit.
  // A database of a newer build is refused without a write (storageGuardVersion.ts).
  const db = new Dexie(name, {
    chromeTransactionDurability: 'strict',
    ...guardedIndexedDbOption(),
  }) as CivicDeskDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(reshapePosts(migratePostV1toV2));
  db.version(3).stores(SCHEMA_V3).upgrade(reshapePosts(migratePostV2toV3));
  db.version(4).stores(SCHEMA_V4).upgrade(reshapePosts(migratePostV3toV4));
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6);
  return db;
}

export const db = openCivicDeskDb();
