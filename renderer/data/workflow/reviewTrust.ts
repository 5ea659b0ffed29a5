/**
 * Trusting a key that arrives in a review decision (issue 13): never a click any profile can make. An admin of
 * this desk, whose own key the roster certifies for `admin`, compares the key's fingerprint with the approver
 * (e.g. by phone) and types or confirms it in full; only then is the key certified into the roster (a signed
 * grant, with an audit entry, in one transaction). The grant holds from the decision file's time, so the
 * decisions it signed count when the file is opened again.
 */
import type { PublicKeyInfo } from '../../../shared/model/profile';
import type { ReviewDecision } from '../../../shared/review/reviewFile';
import { fingerprintMatches, keyFingerprint } from '../../../shared/trust/fingerprint';
import { createGrant } from '../../../shared/trust/roster';
import { hasRole, type Role } from '../../../shared/workflow/roles';
import { appendAudit } from './auditLog';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import {
  currentAuditHead,
  loadRootKey,
  loadVerifiedRoster,
  type TrustActor,
  type TrustResult,
} from '../trust/trustRepository';

function refused(key: string): TrustResult {
  return { ok: false, reason: `reviewUi.trust.errors.${key}` };
}

/** The earliest time the file's decisions were signed (the grant must hold from then). */
function signedFrom(file: ReviewDecision): string {
  const times = [
    file.createdAt,
    ...file.decisions.flatMap((entry) => (entry.approval ? [entry.approval.at] : [])),
  ];
  return times.reduce((earliest, at) => (Date.parse(at) < Date.parse(earliest) ? at : earliest));
}

/**
 * Certifies the decision's signer key into the roster after the admin typed or confirmed its full fingerprint
 * (`typedFingerprint`). A person known here keeps their roles; one known only from the file may approve, nothing
 * else (never the file's roles).
 */
export async function certifyDecisionKey(
  file: ReviewDecision,
  typedFingerprint: string,
  actor: TrustActor,
): Promise<TrustResult> {
  const key: PublicKeyInfo | null = file.by.publicKey;
  if (key === null) return refused('noKey');
  const admin = await guardData(() => db.profiles.get(actor.actorId));
  if (!admin || !hasRole(admin, 'admin')) return { ok: false, reason: 'trustUi.errors.adminOnly' };
  if (!fingerprintMatches(typedFingerprint, key)) return refused('fingerprintMismatch');
  const root = await loadRootKey();
  const roster = await loadVerifiedRoster();
  if (!root || !roster) return { ok: false, reason: 'trustUi.errors.noRoot' };
  const keys = await guardData(() => db.profileKeys.get(admin.id));
  if (!keys || !roster.rolesAt(admin.id, keys.keyId, actor.now.toISOString()).includes('admin'))
    return { ok: false, reason: 'trustUi.errors.adminNotCertified' };
  const known = await guardData(() => db.profiles.get(file.by.id));
  const roles: Role[] = known ? known.roles : ['approver'];
  const validFrom = signedFrom(file);
  // The root signs where this desk holds it (its entries never depend on the order of same-instant grants);
  // elsewhere the admin's own certified key.
  const signer =
    root.privateKey !== null
      ? { keyId: root.publicKey.keyId, algorithm: root.publicKey.algorithm, privateKey: root.privateKey }
      : { keyId: keys.keyId, algorithm: keys.algorithm, privateKey: keys.privateKey };
  const grant = await createGrant(
    signer,
    {
      orgId: root.orgId,
      profileId: file.by.id,
      name: known?.name ?? file.by.name,
      roles,
      key,
      ...(Date.parse(validFrom) < actor.now.getTime() ? { validFrom } : {}),
      auditHead: await currentAuditHead(),
    },
    actor.now,
  );
  await guardData(() =>
    db.transaction('rw', [db.roster, db.profiles, db.audit], async () => {
      await db.roster.put(grant);
      // A person known only from the file becomes a profile here (no PIN, no private key).
      if (!(await db.profiles.get(file.by.id))) await db.profiles.put({ ...file.by, roles, pin: null });
      await appendAudit(
        [
          {
            actorId: actor.actorId,
            action: 'keyCertified',
            postId: null,
            contentHash: null,
            note: `${known?.name ?? file.by.name} (${roles.join(', ')}) · ${key.keyId} · ${keyFingerprint(key) ?? ''}`,
          },
        ],
        actor.now,
      );
    }),
  );
  return { ok: true };
}
