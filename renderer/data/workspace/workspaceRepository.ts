/**
 * The workspace file of this desk: export (every table read in ONE transaction, workspaceSnapshot.ts), preview of
 * an import (validated before anything is written) and restore in ONE transaction over all tables
 * (workspaceRestoreWrite.ts). A restore keeps the desk as it was just before (restoreUndo.ts), so
 * `undoLastRestore()` brings it back.
 */
import { firstIntegrityProblem } from '../../../shared/exchange/workspaceIntegrity';
import { parseWorkspace, type Workspace } from '../../../shared/exchange/workspace';
import { buildWorkspace, serializeWorkspace } from '../../../shared/exchange/workspaceBuild';
import {
  restoredWorkspace,
  summarizeImport,
  type ImportSummary,
  type RestoreChoice,
} from '../../../shared/exchange/workspaceMerge';
import { guardData } from '../store/dataErrors';
import { appendAudit } from '../workflow/auditLog';
import { db } from '../store/db';
import { clearRestoreUndo, keepRestoreUndo, readRestoreUndo } from './restoreUndo';
import { checkIncomingApprovals, type Downgrade } from '../../../shared/exchange/incomingApprovals';
import { decodeUtf8Strict } from '../../../shared/exchange/decodeUtf8';
import { assessFileRoot, deskRootKey, mayRestore, trustedRootFor, type RootAssessment } from './restoreTrust';
import { byteSizeOf, ensureStorageFor } from '../store/storageGuard';
import { partsOf, readTables } from './workspaceSnapshot';
import { applyRestore } from './workspaceRestoreWrite';

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
