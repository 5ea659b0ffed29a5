/**
 * The workspace file of this desk: export (every table read in ONE transaction), preview of an import (validated
 * before anything is written) and restore in ONE transaction over all tables. A restore keeps the desk as it was
 * just before (restoreUndo.ts), so `undoLastRestore()` brings it back.
 */
import { firstIntegrityProblem } from '../../shared/exchange/workspaceIntegrity';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/model/settings';
import { publicProfile, type StoredProfile } from '../../shared/model/profile';
import {
  mediaMetaSchema,
  parseWorkspace,
  postSchema,
  seriesSchema,
  type Workspace,
} from '../../shared/exchange/workspace';
import {
  buildWorkspace,
  serializeWorkspace,
  type WorkspaceParts,
} from '../../shared/exchange/workspaceBuild';
import {
  restoredWorkspace,
  summarizeImport,
  type ImportSummary,
  type RestoreChoice,
} from '../../shared/exchange/workspaceMerge';
import {
  base64ToBytes,
  CRISIS_OFF,
  crisisStateSchema,
  snippetRowSchema,
  templateRowSchema,
} from '../../shared/exchange/workspaceTables';
import type { CrisisState } from '../../shared/crisis/crisisMode';
import { campaignSchema } from '../../shared/model/campaign';
import { consentSchema } from '../../shared/media/consent';
import { auditEntrySchema, commentSchema, publicProfileSchema } from '../../shared/exchange/workflowSchemas';
import type { z } from 'zod';
import { loadCrisisState, putCrisisState } from './crisisState';
import { guardData } from './dataErrors';
import { appendAudit } from './auditLog';
import { db, ORGANISATION_SETTINGS_ID } from './db';
import type { MediaBlobRow } from './rows';
import { clearRestoreUndo, keepRestoreUndo, readRestoreUndo } from './restoreUndo';
import {
  checkIncomingApprovals,
  withVerifiedApprovals,
  type Downgrade,
} from '../../shared/exchange/incomingApprovals';
import { decodeUtf8Strict } from '../../shared/exchange/decodeUtf8';
import { rosterEntrySchema } from '../../shared/trust/rosterTypes';
import type { PublicKeyInfo } from '../../shared/model/profile';
import {
  assessFileRoot,
  deskRootKey,
  mayRestore,
  recordRestore,
  trustedRootFor,
  type RootAssessment,
} from './restoreTrust';
import { byteSizeOf, ensureStorageFor } from './storageGuard';

export interface ExportOptions {
  /** Backups carry the media bytes; a plain export only their metadata. */
  includeMedia: boolean;
}

export interface ExportedWorkspace {
  workspace: Workspace;
  /** The file's text (canonical JSON). */
  json: string;
  /** Stored rows that no longer pass the format's checks and were left out, per table. */
  skipped: Record<string, number>;
}

/**
 * The file was refused: the first problem and its JSON path ('' for the whole file). Nothing was written.
 * `messageKey`: an i18n key (`backupUi.refused.*`) when the refusal is not about the file's format.
 */
export interface ImportRefusal {
  ok: false;
  message: string;
  path: string;
  messageKey?: string;
}

export type PreviewResult =
  { ok: true; workspace: Workspace; summary: ImportSummary; root: RootAssessment } | ImportRefusal;
export type RestoreResult =
  | {
      ok: true;
      summary: ImportSummary;
      backupJson: string;
      /** Posts that came in "in review" because their approval did not hold here, with the reasons. */
      downgrades: Downgrade[];
    }
  | ImportRefusal;

/** Who restores, and when; `confirmedFingerprint`: the root fingerprint the admin confirmed (desk without root). */
export interface RestoreContext {
  actorId: string;
  now: Date;
  confirmedFingerprint?: string;
}

function refusedBy(key: 'adminsOnly' | 'foreignRoot'): ImportRefusal {
  return { ok: false, message: key, path: '', messageKey: `backupUi.refused.${key}` };
}

const ALL_TABLES = () => [
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

interface RawTables {
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

async function readTables(includeMedia: boolean): Promise<RawTables> {
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

async function partsOf(
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

/** The whole desk as a workspace file; every table is read in one transaction, so the file is one moment. */
export async function exportWorkspace(options: ExportOptions, now: Date): Promise<ExportedWorkspace> {
  const tables = await guardData(() => readTables(options.includeMedia));
  const { parts, skipped } = await partsOf(tables, options.includeMedia);
  const workspace = buildWorkspace(parts, now);
  return { workspace, json: serializeWorkspace(workspace), skipped };
}

/** Reads and checks a workspace file: JSON, the format (parseWorkspace) and the audit chain. */
export function readWorkspaceFile(
  file: Uint8Array | string,
): { ok: true; workspace: Workspace } | ImportRefusal {
  let text: string;
  if (typeof file === 'string') text = file;
  else {
    const decoded = decodeUtf8Strict(file); // invalid UTF-8 refuses the file, never replaced
    if (!decoded.ok) return { ok: false, message: decoded.message, path: '' };
    text = decoded.text;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the file is not valid JSON', path: '' };
  }
  const parsed = parseWorkspace(json);
  if (!parsed.ok) return parsed;
  return firstIntegrityProblem(parsed.workspace) ?? { ok: true, workspace: parsed.workspace };
}

/** What a restore of `file` would add, change and remove; nothing is written. */
export async function previewImport(
  file: Uint8Array | string,
  now: Date = new Date(),
): Promise<PreviewResult> {
  const read = readWorkspaceFile(file);
  if (!read.ok) return read;
  const mine = await exportWorkspace({ includeMedia: false }, now);
  return {
    ok: true,
    workspace: read.workspace,
    summary: summarizeImport(mine.workspace, read.workspace),
    root: assessFileRoot(read.workspace, mine.workspace.roster?.root ?? null),
  };
}

function blobRowsOf(
  target: Workspace,
  incoming: Workspace,
  existing: Map<string, MediaBlobRow>,
): MediaBlobRow[] {
  const bytesById = new Map((incoming.mediaFiles ?? []).map((file) => [file.id, file.base64]));
  const rows: MediaBlobRow[] = [];
  for (const meta of target.media) {
    const base64 = bytesById.get(meta.id);
    const known = existing.get(meta.id);
    const bytes = base64 === undefined ? null : base64ToBytes(base64);
    if (bytes !== null) {
      rows.push({
        id: meta.id,
        original: new Blob([bytes.slice()], { type: meta.mimeType }),
        thumbnail: known?.thumbnail ?? null,
      });
    } else if (known !== undefined) rows.push(known);
  }
  return rows;
}

/** Writes `target` as the whole content of the desk, in the caller's transaction. */
async function writeWorkspace(target: Workspace, incoming: Workspace): Promise<void> {
  const pins = new Map((await db.profiles.toArray()).map((profile) => [profile.id, profile.pin]));
  const existingBlobs = new Map((await db.mediaBlobs.toArray()).map((row) => [row.id, row]));
  const keys = await db.profileKeys.toArray();
  const blobs = blobRowsOf(target, incoming, existingBlobs);
  const tables = [
    db.settings,
    db.profiles,
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
  ];
  for (const table of tables) await table.clear();
  await db.settings.put({ ...target.settings, id: ORGANISATION_SETTINGS_ID });
  await db.profiles.bulkPut(
    target.profiles.map((profile) => ({ ...profile, pin: pins.get(profile.id) ?? null })),
  );
  // A private key stays only with its own profile and public key; any other key pair would sign unverifiably.
  const keyIds = new Map(target.profiles.map((profile) => [profile.id, profile.publicKey?.keyId]));
  const staleKeys = keys.filter((key) => keyIds.get(key.profileId) !== key.keyId).map((key) => key.profileId);
  await db.profileKeys.bulkDelete(staleKeys);
  await db.campaigns.bulkPut(target.campaigns);
  await db.series.bulkPut(target.series);
  await db.templates.bulkPut(target.templates);
  await db.snippets.bulkPut(target.snippets);
  await db.posts.bulkPut(target.posts);
  await db.media.bulkPut(target.media);
  await db.mediaBlobs.bulkPut(blobs);
  await db.consents.bulkPut(target.consents);
  await db.comments.bulkPut(target.comments);
  await db.audit.bulkPut(target.audit);
  await putCrisisState(target.crisis);
}

/** What a restore writes besides the file: the verified approvals and who restores (null: the undo path). */
interface RestoreTrust {
  verified: ReadonlyMap<string, string>;
  downgrades: readonly Downgrade[];
  root: PublicKeyInfo | null;
  adopt: PublicKeyInfo | null;
  actorId: string;
}

/**
 * Restores without keeping a backup first (the undo path and the core of `restoreWorkspace`). With `trust`, every
 * post the file brings in claiming approval that was not verified exactly as it is written comes in "in review",
 * and the restore is recorded (restoreTrust.ts); all in the same transaction.
 */
async function applyRestore(
  incoming: Workspace,
  choice: RestoreChoice,
  now: Date,
  trust: RestoreTrust | null,
): Promise<ImportSummary> {
  return guardData(() =>
    db.transaction('rw', ALL_TABLES(), async () => {
      const tables = await readTables(false);
      const { parts } = await partsOf(tables, false);
      const mine = buildWorkspace(parts, now);
      const restored = restoredWorkspace(mine, incoming, choice);
      if (trust === null) {
        await writeWorkspace(restored, incoming);
        return summarizeImport(mine, incoming);
      }
      const { workspace, downgradedIds } = withVerifiedApprovals(restored, mine, trust.verified);
      await writeWorkspace(workspace, incoming);
      await recordRestore({
        actorId: trust.actorId,
        now,
        mode: choice.mode,
        file: incoming,
        root: trust.root,
        adopt: trust.adopt,
        downgrades: trust.downgrades,
        downgradedIds,
        contentHashes: new Map(workspace.posts.map((post) => [post.id, post.workflow.contentHash])),
      });
      return summarizeImport(mine, incoming);
    }),
  );
}

/**
 * Restores a workspace file: an admin action. The file is checked first (a refused file changes nothing): its
 * format and audit chain, its root (a file under another organisation's root is refused), and the approval of
 * every post it brings in, against this desk's own root (deriveApproval). Then the desk as it is is kept as a
 * backup with its media (see `undoLastRestore`, and `backupJson` for the caller to write elsewhere), and the file
 * is written in one transaction over all tables, posts whose approval does not hold "in review", with audit
 * entries for the restore and each such post.
 */
export async function restoreWorkspace(
  file: Uint8Array | string,
  choice: RestoreChoice,
  context: RestoreContext,
): Promise<RestoreResult> {
  const { now } = context;
  if (!(await guardData(() => mayRestore(context.actorId)))) return refusedBy('adminsOnly');
  const read = readWorkspaceFile(file);
  if (!read.ok) return read;
  const deskRoot = await guardData(() => deskRootKey());
  if (assessFileRoot(read.workspace, deskRoot).kind === 'foreign') return refusedBy('foreignRoot');
  const { root, adopt } = trustedRootFor(read.workspace, deskRoot, context.confirmedFingerprint);
  const backup = await exportWorkspace({ includeMedia: true }, now);
  const mine = backup.workspace;
  const target = restoredWorkspace(mine, read.workspace, choice);
  const { verified, downgrades } = await checkIncomingApprovals(
    target,
    mine,
    root,
    mine.settings.workflow.policies,
  );
  await ensureStorageFor(byteSizeOf(file) + backup.json.length); // low disk: refused before any write
  await keepRestoreUndo({ json: backup.json, at: now.toISOString() });
  const summary = await applyRestore(read.workspace, choice, now, {
    verified,
    downgrades,
    root,
    adopt,
    actorId: context.actorId,
  });
  return { ok: true, summary, backupJson: backup.json, downgrades };
}

/** When the desk was last restored over (the time of the kept backup), or null when there is nothing to undo. */
export async function lastRestoreBackupAt(): Promise<string | null> {
  return (await readRestoreUndo())?.at ?? null;
}

/**
 * Puts back the desk as it was before the last restore (admins only, like the restore; recorded in the audit
 * trail). `false` when there is nothing to undo; `'adminsOnly'` when the actor is no admin (nothing changes).
 */
export async function undoLastRestore(context: {
  actorId: string;
  now: Date;
}): Promise<boolean | 'adminsOnly'> {
  if (!(await guardData(() => mayRestore(context.actorId)))) return 'adminsOnly';
  const kept = await readRestoreUndo();
  if (kept === null) return false;
  const read = readWorkspaceFile(kept.json);
  if (!read.ok) throw new Error(`The kept backup is unreadable: ${read.message} (${read.path})`);
  await applyRestore(read.workspace, { mode: 'replace', conflicts: {} }, context.now, null);
  await guardData(() =>
    db.transaction('rw', db.audit, () =>
      appendAudit(
        [
          {
            actorId: context.actorId,
            action: 'restoreUndone',
            postId: null,
            contentHash: null,
            note: kept.at,
          },
        ],
        context.now,
      ),
    ),
  );
  await clearRestoreUndo();
  return true;
}
