/**
 * Reads the desk for a workspace file: every table in ONE transaction (`readTables`, also usable inside a caller's
 * transaction), then the rows that still pass the format's checks as workspace parts (`partsOf`); rows that fail
 * are left out and counted per table.
 */
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/model/settings';
import { publicProfile, type PublicKeyInfo, type StoredProfile } from '../../../shared/model/profile';
import {
  mediaMetaSchema,
  postSchema,
  seriesSchema,
  type Workspace,
} from '../../../shared/exchange/workspace';
import type { WorkspaceParts } from '../../../shared/exchange/workspaceBuild';
import {
  CRISIS_OFF,
  crisisStateSchema,
  snippetRowSchema,
  templateRowSchema,
} from '../../../shared/exchange/workspaceTables';
import type { CrisisState } from '../../../shared/crisis/crisisMode';
import { campaignSchema } from '../../../shared/model/campaign';
import { consentSchema } from '../../../shared/media/consent';
import {
  auditEntrySchema,
  commentSchema,
  publicProfileSchema,
} from '../../../shared/exchange/workflowSchemas';
import { rosterEntrySchema } from '../../../shared/trust/rosterTypes';
import type { z } from 'zod';
import { loadCrisisState } from '../workflow/crisisState';
import { db, ORGANISATION_SETTINGS_ID } from '../store/db';
import type { MediaBlobRow } from '../store/rows';

/** Every table a workspace file reads or a restore writes (the scope of their transactions). */
export const ALL_TABLES = () => [
  db.settings,
  db.profiles,
  db.profileKeys,
  db.campaigns,
  db.series,
  db.templates,
  db.snippets,
  db.posts,
  db.media,
  db.mediaBlobs,
  db.consents,
  db.comments,
  db.audit,
  db.deskState,
  db.roster,
  db.rootKeys,
];

function validRows<T>(
  schema: z.ZodType<T>,
  rows: readonly unknown[],
  table: string,
  skipped: Record<string, number>,
): T[] {
  const valid: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else skipped[table] = (skipped[table] ?? 0) + 1;
  }
  return valid;
}

export interface RawTables {
  settings: unknown;
  profiles: StoredProfile[];
  rows: Record<
    'campaigns' | 'series' | 'templates' | 'snippets' | 'posts' | 'media' | 'consents' | 'comments' | 'audit',
    unknown[]
  >;
  blobs: MediaBlobRow[];
  crisis: CrisisState;
  roster: unknown[];
  root: PublicKeyInfo | null;
}

export async function readTables(includeMedia: boolean): Promise<RawTables> {
  return db.transaction('r', ALL_TABLES(), async () => {
    const settingsRow = await db.settings.get(ORGANISATION_SETTINGS_ID);
    return {
      settings: settingsRow,
      profiles: await db.profiles.toArray(),
      rows: {
        campaigns: await db.campaigns.toArray(),
        series: await db.series.toArray(),
        templates: await db.templates.toArray(),
        snippets: await db.snippets.toArray(),
        posts: await db.posts.toArray(),
        media: await db.media.toArray(),
        consents: await db.consents.toArray(),
        comments: await db.comments.toArray(),
        audit: await db.audit.orderBy('seq').toArray(),
      },
      blobs: includeMedia ? await db.mediaBlobs.toArray() : [],
      crisis: await loadCrisisState(),
      roster: await db.roster.toArray(),
      root: (await db.rootKeys.toArray())[0]?.publicKey ?? null,
    };
  });
}

function settingsOf(row: unknown): Workspace['settings'] {
  if (typeof row !== 'object' || row === null) return DEFAULT_SETTINGS;
  const { id: _id, ...stored } = row as Record<string, unknown>;
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function partsOf(
  tables: RawTables,
  includeMedia: boolean,
): Promise<{ parts: WorkspaceParts; skipped: Record<string, number> }> {
  const skipped: Record<string, number> = {};
  const media = validRows(mediaMetaSchema, tables.rows.media, 'media', skipped);
  const parts: WorkspaceParts = {
    settings: settingsOf(tables.settings),
    profiles: validRows(publicProfileSchema, tables.profiles.map(publicProfile), 'profiles', skipped),
    campaigns: validRows(campaignSchema, tables.rows.campaigns, 'campaigns', skipped),
    series: validRows(seriesSchema, tables.rows.series, 'series', skipped),
    templates: validRows(templateRowSchema, tables.rows.templates, 'templates', skipped),
    snippets: validRows(snippetRowSchema, tables.rows.snippets, 'snippets', skipped),
    posts: validRows(postSchema, tables.rows.posts, 'posts', skipped),
    media,
    consents: validRows(consentSchema, tables.rows.consents, 'consents', skipped),
    comments: validRows(commentSchema, tables.rows.comments, 'comments', skipped),
    audit: validRows(auditEntrySchema, tables.rows.audit, 'audit', skipped),
    crisis: crisisStateSchema.safeParse(tables.crisis).data ?? CRISIS_OFF,
    roster:
      tables.root === null
        ? null
        : { root: tables.root, entries: validRows(rosterEntrySchema, tables.roster, 'roster', skipped) },
  };
  if (includeMedia) {
    const known = new Set(media.map((meta) => meta.id));
    const bytes: { id: string; bytes: Uint8Array }[] = [];
    for (const blob of tables.blobs) {
      if (!known.has(blob.id)) continue;
      bytes.push({ id: blob.id, bytes: new Uint8Array(await blob.original.arrayBuffer()) });
    }
    parts.mediaBytes = bytes;
  }
  return { parts, skipped };
}
