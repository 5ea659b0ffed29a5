/**
 * Approver key pairs: made with WebCrypto (Ed25519 where available, else ECDSA P-256), the private key
 * non-extractable and kept in IndexedDB as a CryptoKey; the public half goes on the profile, so it travels with
 * files and exports.
 */
import { generateApproverKeys } from '../../../shared/approval/signature';
import { appendAudit } from '../workflow/auditLog';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import type { ProfileKeyRow } from '../store/rows';

/** The profile's key pair, made on first use; null when the profile does not exist. */
export async function ensureProfileKeys(profileId: string, now: Date): Promise<ProfileKeyRow | null> {
  const existing = await guardData(() => db.profileKeys.get(profileId));
  if (existing) return existing;
  if (!(await guardData(() => db.profiles.get(profileId)))) return null;
  // Key generation is asynchronous WebCrypto, so it runs before the transaction that stores the keys.
  const keys = await generateApproverKeys();
  return guardData(() =>
    db.transaction('rw', db.profiles, db.profileKeys, db.audit, async () => {
      const raced = await db.profileKeys.get(profileId);
      if (raced) return raced;
      const profile = await db.profiles.get(profileId);
      if (!profile) return null;
      const row: ProfileKeyRow = {
        profileId,
        keyId: keys.keyId,
        algorithm: keys.algorithm,
        privateKey: keys.privateKey as CryptoKey,
        publicKey: keys.publicKey as CryptoKey,
      };
      await db.profileKeys.add(row);
      const publicKey = { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk };
      await db.profiles.put({ ...profile, publicKey });
      await appendAudit(
        [{ actorId: profileId, action: 'keyCreated', postId: null, contentHash: null, note: keys.keyId }],
        now,
      );
      return row;
    }),
  );
}
