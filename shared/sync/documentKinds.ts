/**
 * The kinds of documents team sync carries through the office's CouchDB (issue 15): one document per entity, its
 * `_id` `<kind>:<key>`. IMMUTABLE kinds are signed or hash-chained records, written once and never edited or
 * deleted; REVISED kinds are working data whose documents get new revisions (and may conflict).
 *
 * Each kind names the validating schema of its row (the workspace format's, shared/exchange, wherever one exists)
 * and how its key is taken from the row. Pure: no React, Dexie, DOM or Node.
 */
import { z } from 'zod';
import type { AuditEntry } from '../audit/chain';
import type { CrisisState } from '../crisis/crisisMode';
import { campaignSchema, type Campaign } from '../model/campaign';
import type { PostComment } from '../model/comment';
import type { Consent, MediaMeta } from '../model/media';
import type { Post } from '../model/post';
import { settingsSchema, type Settings } from '../model/settings';
import { consentSchema } from '../media/consent';
import { mediaMetaSchema, postSchema, seriesSchema } from '../exchange/workspace';
import { auditEntrySchema, commentSchema } from '../exchange/workflowSchemas';
import { crisisStateSchema, snippetRowSchema, templateRowSchema } from '../exchange/workspaceTables';
import { rosterEntrySchema, type RosterEntry } from '../trust/rosterTypes';
import { approvalEventSchema, type ApprovalEvent } from './approvalEvents';

/** The one settings document of the organisation (renderer/data/store/db.ts ORGANISATION_SETTINGS_ID). */
export const SETTINGS_ROW_ID = 'organisation';
/** The one crisis-state document (renderer/data/store/rows.ts CrisisRow). */
export const CRISIS_ROW_ID = 'crisis';

export type SeriesSyncRow = z.infer<typeof seriesSchema>;
export type TemplateSyncRow = z.infer<typeof templateRowSchema>;
export type SnippetSyncRow = z.infer<typeof snippetRowSchema>;
export type SettingsSyncRow = Settings & { id: typeof SETTINGS_ROW_ID };
export interface CrisisSyncRow {
  id: typeof CRISIS_ROW_ID;
  state: CrisisState;
}
/** One entry of one device's audit chain: each desk keeps its own chain (device id, sequence). */
export interface DeviceAuditEntry {
  deviceId: string;
  entry: AuditEntry;
}

/** The row each kind carries (the desk's stored shape; see renderer/data/store/rows.ts and shared/model). */
export interface SyncRows {
  post: Post;
  media: MediaMeta;
  consent: Consent;
  campaign: Campaign;
  series: SeriesSyncRow;
  template: TemplateSyncRow;
  snippet: SnippetSyncRow;
  comment: PostComment;
  settings: SettingsSyncRow;
  crisis: CrisisSyncRow;
  roster: RosterEntry;
  approval: ApprovalEvent;
  audit: DeviceAuditEntry;
}

export type SyncKind = keyof SyncRows;
export type Mutability = 'immutable' | 'revised';

/** Every kind, in a fixed order. */
export const SYNC_KINDS = [
  'post',
  'media',
  'consent',
  'campaign',
  'series',
  'template',
  'snippet',
  'comment',
  'settings',
  'crisis',
  'roster',
  'approval',
  'audit',
] as const satisfies readonly SyncKind[];

type Assert<T extends true> = T;
type _EveryKindListed = Assert<[SyncKind] extends [(typeof SYNC_KINDS)[number]] ? true : false>;

/** Signed or chained records: written once, never edited or deleted (validate_doc_update holds this). */
export const IMMUTABLE_KINDS = ['roster', 'approval', 'audit'] as const satisfies readonly SyncKind[];

export function mutabilityOf(kind: SyncKind): Mutability {
  return (IMMUTABLE_KINDS as readonly SyncKind[]).includes(kind) ? 'immutable' : 'revised';
}

export function isSyncKind(value: unknown): value is SyncKind {
  return typeof value === 'string' && (SYNC_KINDS as readonly string[]).includes(value);
}

/** The version of each kind's document shape this desk writes and reads. A newer one is refused, not guessed. */
export const SYNC_SCHEMA_VERSION: Readonly<Record<SyncKind, number>> = {
  post: 1,
  media: 1,
  consent: 1,
  campaign: 1,
  series: 1,
  template: 1,
  snippet: 1,
  comment: 1,
  settings: 1,
  crisis: 1,
  roster: 1,
  approval: 1,
  audit: 1,
};

/** A device id in an audit `_id`: letters, digits, `-` and `_` (no `:`, which separates the parts). */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/u;
/** Audit sequence numbers are zero-padded to this many digits, so `_id` order is chain order. */
export const AUDIT_SEQ_DIGITS = 12;

const deviceAuditEntrySchema = z
  .object({
    deviceId: z.string().regex(DEVICE_ID_PATTERN, 'expected a device id of letters, digits, - and _'),
    entry: auditEntrySchema.refine((entry) => entry.seq < 10 ** AUDIT_SEQ_DIGITS, {
      message: `the sequence number has more than ${AUDIT_SEQ_DIGITS} digits`,
      path: ['seq'],
    }),
  })
  .strict();

const settingsRowSchema = settingsSchema.extend({ id: z.literal(SETTINGS_ROW_ID) }).strict();
const crisisRowSchema = z.object({ id: z.literal(CRISIS_ROW_ID), state: crisisStateSchema }).strict();

/** The validating schema of each kind's row. */
export const ROW_SCHEMAS: { readonly [K in SyncKind]: z.ZodType<SyncRows[K]> } = {
  post: postSchema,
  media: mediaMetaSchema,
  consent: consentSchema,
  campaign: campaignSchema,
  series: seriesSchema,
  template: templateRowSchema,
  snippet: snippetRowSchema,
  comment: commentSchema,
  settings: settingsRowSchema,
  crisis: crisisRowSchema,
  roster: rosterEntrySchema,
  approval: approvalEventSchema,
  audit: deviceAuditEntrySchema,
};

/** The part of `_id` after `<kind>:`: the entity id, or `<deviceId>:<seq zero-padded>` for audit entries. */
export function documentKeyOf<K extends SyncKind>(kind: K, row: SyncRows[K]): string {
  if (kind === 'audit') {
    const { deviceId, entry } = row as DeviceAuditEntry;
    return `${deviceId}:${String(entry.seq).padStart(AUDIT_SEQ_DIGITS, '0')}`;
  }
  return (row as { id: string }).id;
}

/** `<kind>:<key>`. */
export function documentIdOf<K extends SyncKind>(kind: K, row: SyncRows[K]): string {
  return `${kind}:${documentKeyOf(kind, row)}`;
}

/** The kind an `_id` names (the part before the first `:`), or null when it names none. */
export function kindOfDocumentId(id: unknown): SyncKind | null {
  if (typeof id !== 'string') return null;
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const prefix = id.slice(0, colon);
  return isSyncKind(prefix) ? prefix : null;
}
