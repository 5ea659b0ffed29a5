/**
 * Writes a restore or merge: the desk as it is and the file are merged (restoredWorkspace) and written as the
 * whole content of the desk, all in ONE transaction over all tables, together with the record of the restore.
 */
import type { PublicKeyInfo } from '../../../shared/model/profile';
import type { Workspace } from '../../../shared/exchange/workspace';
import { buildWorkspace } from '../../../shared/exchange/workspaceBuild';
import {
  restoredWorkspace,
  summarizeImport,
  type ImportSummary,
  type RestoreChoice,
} from '../../../shared/exchange/workspaceMerge';
import { base64ToBytes } from '../../../shared/exchange/workspaceTables';
import { withVerifiedApprovals, type Downgrade } from '../../../shared/exchange/incomingApprovals';
import { putCrisisState } from '../workflow/crisisState';
import { guardData } from '../store/dataErrors';
import { db, ORGANISATION_SETTINGS_ID } from '../store/db';
import type { MediaBlobRow } from '../store/rows';
import { recordRestore } from './restoreTrust';
import { ALL_TABLES, partsOf, readTables } from './workspaceSnapshot';

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
export interface RestoreTrust {
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
export async function applyRestore(
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
