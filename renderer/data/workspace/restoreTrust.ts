/**
 * Trust at the door of restore and merge (issue 13, docs/workspace.md "Trust at restore and merge"): who may
 * restore (admins of this desk), which root a file's approvals are verified against (the desk's own; a desk
 * without a root adopts the file's only after the admin confirmed its fingerprint), and what a restore writes
 * besides the tables: the roster entries, the adopted root, and its audit entries.
 */
import type { AuditInput } from '../../../shared/audit/chain';
import type { Workspace } from '../../../shared/exchange/workspace';
import type { Downgrade } from '../../../shared/exchange/incomingApprovals';
import type { PublicKeyInfo } from '../../../shared/model/profile';
import { fingerprintMatches, keyFingerprint } from '../../../shared/trust/fingerprint';
import { sameKey } from '../../../shared/trust/keys';
import { appendAudit } from '../workflow/auditLog';
import { db } from '../store/db';
import type { RootKeyRow } from '../store/rows';
import { isAdmin } from '../settings/settingsRepository';

/**
 * How the file's root relates to this desk's: `none` the file carries no roster; `same` the desk's root;
 * `foreign` another root than the desk's (the file is refused); `adoptable` the desk has no root yet and the file
 * brings one (adopted only with its fingerprint confirmed).
 */
export type RootAssessment =
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'foreign'; fingerprint: string }
  | { kind: 'adoptable'; fingerprint: string };

export function assessFileRoot(file: Workspace, deskRoot: PublicKeyInfo | null): RootAssessment {
  if (file.roster === null) return { kind: 'none' };
  const fingerprint = keyFingerprint(file.roster.root) ?? file.roster.root.keyId;
  if (deskRoot === null) return { kind: 'adoptable', fingerprint };
  return sameKey(deskRoot, file.roster.root) ? { kind: 'same' } : { kind: 'foreign', fingerprint };
}

/** The desk's trusted root (its public key), or null before one exists. */
export async function deskRootKey(): Promise<PublicKeyInfo | null> {
  return (await db.rootKeys.toArray())[0]?.publicKey ?? null;
}

/**
 * Whether the actor may restore: an admin of this desk (restore, merge and undo are theirs only), or anyone on a
 * desk without a single profile (the first start on a new laptop, which holds nothing to protect yet).
 */
export function mayRestore(actorId: string): Promise<boolean> {
  return db.transaction('r', db.profiles, async () => (await db.profiles.count()) === 0 || isAdmin(actorId));
}

/**
 * The root to verify the file against: the desk's own; for a desk without one, the file's when the admin typed
 * or confirmed its full fingerprint (`confirmedFingerprint`); else none (nothing can be confirmed).
 */
export function trustedRootFor(
  file: Workspace,
  deskRoot: PublicKeyInfo | null,
  confirmedFingerprint: string | undefined,
): { root: PublicKeyInfo | null; adopt: PublicKeyInfo | null } {
  if (deskRoot !== null) return { root: deskRoot, adopt: null };
  const fileRoot = file.roster?.root ?? null;
  if (
    fileRoot !== null &&
    confirmedFingerprint !== undefined &&
    fingerprintMatches(confirmedFingerprint, fileRoot)
  )
    return { root: fileRoot, adopt: fileRoot };
  return { root: null, adopt: null };
}

export interface RestoreRecord {
  actorId: string;
  now: Date;
  mode: 'replace' | 'merge';
  file: Workspace;
  /** The root that was trusted (desk's or adopted); the file's roster entries are kept only under it. */
  root: PublicKeyInfo | null;
  adopt: PublicKeyInfo | null;
  downgrades: readonly Downgrade[];
  downgradedIds: readonly string[];
  contentHashes: ReadonlyMap<string, string>;
}

/**
 * Inside the restore's transaction (over `db.roster`, `db.rootKeys`, `db.audit`): keeps the file's roster entries
 * (only under the trusted root; entries are never removed, so a restore cannot drop a revocation), adopts the
 * root, and writes the audit entries: the restore itself, the adopted root, and one per downgraded post.
 */
export async function recordRestore(record: RestoreRecord): Promise<void> {
  const { file, root, adopt } = record;
  if (root !== null && file.roster !== null && sameKey(root, file.roster.root))
    await db.roster.bulkPut(file.roster.entries);
  const inputs: AuditInput[] = [];
  const base = { actorId: record.actorId, postId: null, contentHash: null };
  if (adopt !== null && (await db.rootKeys.count()) === 0) {
    const row: RootKeyRow = {
      orgId: adopt.keyId,
      publicKey: adopt,
      privateKey: null,
      createdAt: record.now.toISOString(),
      createdBy: record.actorId,
    };
    await db.rootKeys.add(row);
    inputs.push({ ...base, action: 'rootAdopted', note: keyFingerprint(adopt) ?? adopt.keyId });
  }
  inputs.push({
    ...base,
    action: record.mode === 'merge' ? 'workspaceMerged' : 'workspaceRestored',
    note: JSON.stringify({
      exportedAt: file.exportedAt,
      posts: file.posts.length,
      downgraded: record.downgradedIds.length,
    }),
  });
  const reasons = new Map(record.downgrades.map((d) => [d.postId, d]));
  for (const postId of record.downgradedIds) {
    const found = reasons.get(postId);
    const codes =
      found === undefined
        ? ['changedMeanwhile']
        : found.noRoot
          ? ['noRoot']
          : found.problems.map((p) => p.code);
    inputs.push({
      actorId: record.actorId,
      action: 'approvalNotVerified',
      postId,
      contentHash: record.contentHashes.get(postId) ?? null,
      note: [...new Set(codes)].join(', '),
    });
  }
  await appendAudit(inputs, record.now);
}
