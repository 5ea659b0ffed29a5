/**
 * For the data layer's tests: the organisation's root made by the test admin, which certifies every seeded
 * profile (approvers and admins with a key made now) and signs the default approval policies. Approvals count
 * only against it (approvalVerdicts.ts).
 */
import { ADA_ADMIN } from '../settings/testProfiles';
import { certifyProfile, createOrganisationRoot, loadRootKey } from './trustRepository';
import { db } from '../store/db';

export const TRUST_SEEDED_AT = new Date('2026-11-01T08:00:00.000Z');

/** Creates the root as the seeded admin (seed the profiles first). */
export async function seedTrust(now: Date = TRUST_SEEDED_AT, adminId: string = ADA_ADMIN.id): Promise<void> {
  const result = await createOrganisationRoot({ actorId: adminId, now });
  if (!result.ok) throw new Error(`seedTrust: ${result.reason}`);
}

/**
 * The root, made when missing (by the first seeded admin); profiles seeded after it are certified too. For
 * helpers that approve posts in tests which did not set up trust themselves.
 */
export async function ensureTestTrust(now: Date = TRUST_SEEDED_AT): Promise<void> {
  const admin = (await db.profiles.toArray()).find((profile) => profile.roles.includes('admin'));
  if (!admin) throw new Error('ensureTestTrust: seed an admin first');
  if (!(await loadRootKey())) {
    await seedTrust(now, admin.id);
    return;
  }
  for (const profile of await db.profiles.toArray()) {
    if (profile.publicKey === null && profile.roles.length > 0)
      await certifyProfile(profile.id, { actorId: admin.id, now });
  }
}
