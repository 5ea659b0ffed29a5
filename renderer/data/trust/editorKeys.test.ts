/**
 * Editors export publish packages signed by their own key, so the desk certifies editors' keys too (with their
 * roles, ['editor']): their package signature verifies as trusted against the desk's roster, while an approval
 * signed with such a key never counts (deriveApproval checks the certified roles).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAuditIndex } from '../../../shared/audit/anchors';
import { signPublishPackage } from '../../../shared/export/packageSignature';
import { verifyPublishPackage } from '../../../shared/export/verifyPackage';
import { packageOf } from '../../../shared/export/verifyPackageFixtures';
import { deriveApproval } from '../../../shared/trust/deriveApproval';
import { approve, DEFAULT_POLICIES, reviewPost, type Org } from '../../../shared/trust/testFixtures';
import { db } from '../store/db';
import { loadPackageSigner } from '../export/packageSigner';
import { ANNA_EDITOR, seedProfiles } from '../settings/testProfiles';
import { seedTrust, TRUST_SEEDED_AT } from './testTrust';
import { loadVerifiedRoster } from './trustRepository';
import { rosterRows } from '../../features/trust/rosterRows';

const LATER = new Date(TRUST_SEEDED_AT.getTime() + 60_000);

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe("an editor's certified key", () => {
  it('signs a trusted publish package but its approval is refused', async () => {
    await seedProfiles();
    await seedTrust();
    const roster = await loadVerifiedRoster();
    if (roster === null) throw new Error('no roster');
    const keys = await db.profileKeys.get(ANNA_EDITOR.id);
    if (!keys) throw new Error('the editor has no key');
    expect(roster.rolesAt(ANNA_EDITOR.id, keys.keyId, LATER.toISOString())).toEqual(['editor']);
    const row = rosterRows(await db.profiles.toArray(), roster, LATER.toISOString()).find(
      (each) => each.profile.id === ANNA_EDITOR.id,
    );
    expect(row).toMatchObject({ state: 'certified', certifiedKeyId: keys.keyId });

    const signing = await loadPackageSigner(ANNA_EDITOR.id, LATER);
    if (!signing.ok) throw new Error(signing.reason);
    const zip = await signPublishPackage(packageOf([], signing.exporter), signing.signer);
    const checked = await verifyPublishPackage(zip, { trust: { roster } });
    expect(checked.problems).toEqual([]);
    expect(checked.status).toBe('trusted');
    expect(checked.signer).toMatchObject({ profileId: ANNA_EDITOR.id, keyId: keys.keyId });

    // The same key signs an approval (statement v2) of someone else's post: it does not count.
    const info = (await db.profiles.get(ANNA_EDITOR.id))?.publicKey;
    if (!info) throw new Error('the editor names no key');
    const member = { profileId: ANNA_EDITOR.id, keys: { ...keys, publicKeyJwk: info.publicKeyJwk }, info };
    const org = { orgId: roster.orgId } as Org;
    const { post, audit } = await approve(org, reviewPost(), member);
    const verdict = await deriveApproval(
      { ...post, status: 'approved' },
      { roster, audit: buildAuditIndex(audit), defaultPolicies: DEFAULT_POLICIES },
    );
    expect(verdict.approved).toBe(false);
    expect(verdict.problems.map((problem) => problem.code)).toContain('notAuthorised');
  });
});
