/**
 * The organisation's trust root and signed roster on this desk (issue 13, docs/trust.md).
 *
 * - The root key pair is made once, by an admin (at first set-up, or on a desk upgraded from schema 5): its private
 *   key is non-extractable and stays in `rootKeys`; it signs the genesis entry, the first grants (every existing
 *   profile's key and roles, valid from the time its key was made) and the approval policies.
 * - Afterwards every roster entry is signed by an admin whose own key the roster certifies for `admin` now:
 *   certifying a profile's key and roles (a grant), revoking a key from a time on (with a reason), signing the
 *   approval policies. Each entry is written with an audit entry in one transaction.
 * - Every read that decides something verifies the roster against the stored root (never trusting rows as they
 *   are): `loadVerifiedRoster`.
 *
 * WebCrypto signing ends an IndexedDB transaction, so entries are signed before the transaction that stores them.
 */
import type { ChainHead } from '../../../shared/audit/chain';
import { GENESIS_HASH } from '../../../shared/audit/chain';
import { generateApproverKeys } from '../../../shared/approval/signature';
import type { PublicKeyInfo, StoredProfile } from '../../../shared/model/profile';
import type { Signer } from '../../../shared/trust/envelope';
import {
  createGenesis,
  createGrant,
  createPolicies,
  createRevoke,
  publicKeyInfoOf,
} from '../../../shared/trust/roster';
import type { RosterEntry } from '../../../shared/trust/rosterTypes';
import { buildRosterFile } from '../../../shared/trust/rosterFile';
import { verifyRoster, type VerifiedRoster } from '../../../shared/trust/verifyRoster';
import type { ApprovalPolicies } from '../../../shared/workflow/policy';
import { hasRole } from '../../../shared/workflow/roles';
import { appendAudit } from '../workflow/auditLog';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import { ensureProfileKeys } from '../settings/profileKeys';
import type { ProfileKeyRow, RootKeyRow } from '../store/rows';
import { loadSettings } from '../settings/settingsRepository';

export interface TrustActor {
  actorId: string;
  now: Date;
}

/** `reason`: an i18n key under `trustUi.errors.`. */
export type TrustResult = { ok: true } | TrustRefusal;
export interface TrustRefusal {
  ok: false;
  reason: string;
}

function refused(key: string): TrustRefusal {
  return { ok: false, reason: `trustUi.errors.${key}` };
}

/** The desk's root (the trust anchor), or undefined before one exists. */
export function loadRootKey(): Promise<RootKeyRow | undefined> {
  return guardData(async () => (await db.rootKeys.toArray())[0]);
}

export function listRosterEntries(): Promise<RosterEntry[]> {
  return guardData(() => db.roster.toArray());
}

/** The roster as the stored root certifies it; null while the desk has no root. */
export async function loadVerifiedRoster(): Promise<VerifiedRoster | null> {
  const root = await loadRootKey();
  if (!root) return null;
  return verifyRoster(await listRosterEntries(), root.publicKey);
}

/** The audit chain's head now (seq 0 and 64 zeros for an empty chain): the anchor a signed entry carries. */
export async function currentAuditHead(): Promise<ChainHead> {
  const last = await guardData(() => db.audit.orderBy('seq').last());
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

function signerOf(keys: ProfileKeyRow): Signer {
  return { keyId: keys.keyId, algorithm: keys.algorithm, privateKey: keys.privateKey };
}

/**
 * Writes entries with their audit inputs in one transaction; `before` runs first inside it and may refuse the
 * whole write (returns false).
 */
function storeEntries(
  entries: readonly RosterEntry[],
  audit: { actorId: string; action: string; note: string }[],
  now: Date,
  before: () => Promise<boolean> = () => Promise.resolve(true),
): Promise<boolean> {
  return guardData(() =>
    db.transaction('rw', [db.roster, db.audit, db.rootKeys], async () => {
      if (!(await before())) return false;
      await db.roster.bulkPut([...entries]);
      await appendAudit(
        audit.map((input) => ({ ...input, postId: null, contentHash: null })),
        now,
      );
      return true;
    }),
  );
}

/** When the profile's current key was made: its `keyCreated` audit entry, else the profile's creation. */
async function keyCreatedAt(profile: StoredProfile, keyId: string): Promise<string> {
  const entries = await guardData(() =>
    db.audit.filter((entry) => entry.action === 'keyCreated' && entry.actorId === profile.id).toArray(),
  );
  const made = entries.find((entry) => entry.note === keyId) ?? entries.at(-1);
  return made?.at ?? profile.createdAt;
}

function grantNote(profile: StoredProfile, key: PublicKeyInfo | null): string {
  return `${profile.name} (${profile.roles.join(', ')})${key === null ? '' : ` · ${key.keyId}`}`;
}

/**
 * Whether a profile needs a certified key: approvers and admins sign approvals and roster entries, editors (and
 * admins) sign the publish packages they export. Whether a key may approve is decided by its certified roles
 * (deriveApproval: approver or admin), never by holding a key.
 */
export function signs(profile: Pick<StoredProfile, 'roles'>): boolean {
  return hasRole(profile, 'editor') || hasRole(profile, 'approver') || hasRole(profile, 'admin');
}

/**
 * Creates the organisation's root (admins only, once): the genesis entry; a grant for every profile (editors,
 * approvers and admins with their key, made now when missing; a key made earlier certified from its `keyCreated` time); the
 * approval policies of the settings. The acting admin's own key is certified like the others.
 */
export async function createOrganisationRoot(actor: TrustActor): Promise<TrustResult> {
  const profile = await guardData(() => db.profiles.get(actor.actorId));
  if (!profile) return refused('unknownProfile');
  if (!hasRole(profile, 'admin')) return refused('adminOnly');
  if (await loadRootKey()) return refused('rootExists');
  const settings = await loadSettings();
  const profiles = await guardData(() => db.profiles.toArray());
  for (const each of profiles) if (signs(each)) await ensureProfileKeys(each.id, actor.now);
  const current = await guardData(() => db.profiles.toArray());
  const root = await generateApproverKeys();
  const orgId = root.keyId;
  const auditHead = await currentAuditHead();
  const genesis = await createGenesis(root, settings.organisationName || '—', actor.now);
  const grants: RosterEntry[] = [];
  const audit = [{ actorId: profile.id, action: 'rootCreated', note: orgId }];
  for (const each of current) {
    const key = signs(each) ? each.publicKey : null;
    const validFrom = key === null ? actor.now.toISOString() : await keyCreatedAt(each, key.keyId);
    grants.push(
      await createGrant(
        root,
        { orgId, profileId: each.id, name: each.name, roles: each.roles, key, validFrom, auditHead },
        actor.now,
      ),
    );
    audit.push({ actorId: profile.id, action: 'keyCertified', note: grantNote(each, key) });
  }
  const policies = await createPolicies(
    root,
    { orgId, approvalPolicies: settings.workflow.policies, auditHead },
    actor.now,
  );
  audit.push({ actorId: profile.id, action: 'policiesSigned', note: orgId });
  const row: RootKeyRow = {
    orgId,
    publicKey: publicKeyInfoOf(root),
    privateKey: root.privateKey as CryptoKey,
    createdAt: actor.now.toISOString(),
    createdBy: profile.id,
  };
  const stored = await storeEntries([genesis, ...grants, policies], audit, actor.now, async () => {
    // Another window made a root meanwhile: that one stays the organisation's.
    if ((await db.rootKeys.count()) > 0) return false;
    await db.rootKeys.add(row);
    return true;
  });
  return stored ? { ok: true } : refused('rootExists');
}

/** The acting admin's signer: their own key, certified for `admin` in the verified roster now. */
async function adminSigner(
  actor: TrustActor,
): Promise<{ ok: true; signer: Signer; orgId: string; roster: VerifiedRoster; at: Date } | TrustResult> {
  const root = await loadRootKey();
  if (!root) return refused('noRoot');
  const profile = await guardData(() => db.profiles.get(actor.actorId));
  if (!profile) return refused('unknownProfile');
  if (!hasRole(profile, 'admin')) return refused('adminOnly');
  const keys = await guardData(() => db.profileKeys.get(profile.id));
  const roster = await verifyRoster(await listRosterEntries(), root.publicKey);
  if (!keys || !roster.rolesAt(profile.id, keys.keyId, actor.now.toISOString()).includes('admin'))
    return refused('adminNotCertified');
  return {
    ok: true,
    signer: signerOf(keys),
    orgId: root.orgId,
    roster,
    at: signingTime(roster, profile.id, keys.keyId, actor.now),
  };
}

/**
 * The `at` of a new entry: now, or the `at` of the grant that certifies the signer when that lies later (a clock
 * behind another desk's). The roster counts a signer certified at or before the entry's `at`, inclusive and
 * causally within one instant, so no further shift is needed (the former "1 ms after the latest entry" is gone).
 */
function signingTime(roster: VerifiedRoster, profileId: string, keyId: string, now: Date): Date {
  const certified = roster.accepted.flatMap(({ payload }) =>
    payload.kind === 'grant' && payload.profileId === profileId && payload.key?.keyId === keyId
      ? [Date.parse(payload.at)]
      : [],
  );
  const latest = Math.max(now.getTime(), ...certified);
  return latest > now.getTime() ? new Date(latest) : now;
}

/**
 * Certifies a profile's current roles and key (made now when a signing profile has none) from now on. Also
 * the way to certify a role change. Admins only, with their own certified key.
 */
export async function certifyProfile(profileId: string, actor: TrustActor): Promise<TrustResult> {
  const signing = await adminSigner(actor);
  if (!('signer' in signing)) return signing;
  let profile = await guardData(() => db.profiles.get(profileId));
  if (!profile) return refused('unknownProfile');
  if (signs(profile)) {
    await ensureProfileKeys(profile.id, actor.now);
    profile = (await guardData(() => db.profiles.get(profileId))) ?? profile;
  }
  const key = signs(profile) ? profile.publicKey : null;
  const grant = await createGrant(
    signing.signer,
    {
      orgId: signing.orgId,
      profileId: profile.id,
      name: profile.name,
      roles: profile.roles,
      key,
      validFrom: actor.now.toISOString(),
      auditHead: await currentAuditHead(),
    },
    signing.at,
  );
  await storeEntries(
    [grant],
    [{ actorId: actor.actorId, action: 'keyCertified', note: grantNote(profile, key) }],
    actor.now,
  );
  return { ok: true };
}

export interface RevokeRequest {
  profileId: string;
  keyId: string;
  /** ISO instant from which the key signs nothing valid (may lie in the past: a suspected compromise). */
  effectiveAt: string;
  reason: string;
}

/** Revokes a key from `effectiveAt` on, with a reason. Admins only, with their own certified key. */
export async function revokeProfileKey(request: RevokeRequest, actor: TrustActor): Promise<TrustResult> {
  const reason = request.reason.trim();
  if (reason === '') return refused('reasonRequired');
  if (Number.isNaN(Date.parse(request.effectiveAt))) return refused('badTime');
  const signing = await adminSigner(actor);
  if (!('signer' in signing)) return signing;
  const revoke = await createRevoke(
    signing.signer,
    {
      orgId: signing.orgId,
      profileId: request.profileId,
      keyId: request.keyId,
      effectiveAt: request.effectiveAt,
      reason,
      auditHead: await currentAuditHead(),
    },
    signing.at,
  );
  await storeEntries(
    [revoke],
    [{ actorId: actor.actorId, action: 'keyRevoked', note: `${request.keyId}: ${reason}` }],
    actor.now,
  );
  return { ok: true };
}

/** Signs the approval policies into the roster (in force from now on). Admins only, with their certified key. */
export async function signApprovalPolicies(
  approvalPolicies: ApprovalPolicies,
  actor: TrustActor,
): Promise<TrustResult> {
  const signing = await adminSigner(actor);
  if (!('signer' in signing)) return signing;
  const entry = await createPolicies(
    signing.signer,
    { orgId: signing.orgId, approvalPolicies, auditHead: await currentAuditHead() },
    signing.at,
  );
  await storeEntries(
    [entry],
    [{ actorId: actor.actorId, action: 'policiesSigned', note: signing.orgId }],
    actor.now,
  );
  return { ok: true };
}

/** The exported roster file (`civic-desk verify --keys`): the root's public key and every stored entry. Admins only. */
export async function rosterFileText(
  actor: TrustActor,
): Promise<{ ok: true; fileName: string; text: string } | TrustRefusal> {
  const profile = await guardData(() => db.profiles.get(actor.actorId));
  if (!profile) return refused('unknownProfile');
  if (!hasRole(profile, 'admin')) return refused('adminOnly');
  const root = await loadRootKey();
  if (!root) return refused('noRoot');
  const file = buildRosterFile(root.publicKey, await listRosterEntries());
  const day = actor.now.toISOString().slice(0, 10);
  return {
    ok: true,
    fileName: `civic-desk-schluesselliste-${root.orgId}-${day}.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}
