import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateApproverKeys } from '../approval/signature';
import { canonicalJson, fromBase64Url, toBase64Url, utf8 } from '../approval/webCrypto';
import { envelopeId, PAYLOAD_TYPES, signEnvelope } from './envelope';
import { createGenesis, createGrant, createPolicies, createRevoke, publicKeyInfoOf } from './roster';
import { buildRosterFile, parseRosterFile } from './rosterFile';
import type { RosterEntry } from './rosterTypes';
import { verifyRoster } from './verifyRoster';
import { DEFAULT_POLICIES, makeOrg, minutesAfter, orgRoster, T0 } from './testFixtures';

const at = (minutes: number) => minutesAfter(T0, minutes).toISOString();

function codes(roster: { problems: readonly { code: string }[] }): string[] {
  return roster.problems.map((p) => p.code);
}

/** Re-signs a changed payload with another key (to forge an entry). */
async function resign(
  entry: RosterEntry,
  change: (p: Record<string, unknown>) => Record<string, unknown>,
  signer: Parameters<typeof signEnvelope>[2],
) {
  const payload = JSON.parse(
    new TextDecoder().decode(fromBase64Url(entry.envelope.payload) ?? new Uint8Array()),
  ) as Record<string, unknown>;
  const envelope = await signEnvelope(PAYLOAD_TYPES.rosterEntry, change(payload), signer);
  return { id: envelopeId(envelope), envelope };
}

describe('verifyRoster: a scenario', () => {
  it('root → admin → approver, in any order, with roles, role change and revocation by time', async () => {
    const org = await makeOrg();
    const roster = await orgRoster(org);
    expect(roster.problems).toEqual([]);
    expect(roster.orgName).toBe('Stadt Musterstadt');
    expect(roster.orgId).toBe(org.root.keyId);
    const a = org.approverA;
    expect(roster.rolesAt(a.profileId, a.keys.keyId, at(10))).toEqual(['approver']);
    expect(roster.rolesAt('admin', org.admin.keys.keyId, at(10))).toContain('admin');
    expect(roster.rolesAt(a.profileId, org.approverB.keys.keyId, at(10))).toEqual([]);
    expect(roster.keyFor(a.profileId, a.keys.keyId)).toEqual(a.info);
    expect(roster.profileOfKey(a.keys.keyId)).toBe(a.profileId);

    // Role change at +60: A becomes editor only; revocation of B from +90 on (signed later, at +120).
    const change = await createGrant(
      org.admin.keys,
      {
        orgId: org.orgId,
        profileId: a.profileId,
        name: 'A',
        roles: ['editor'],
        key: a.info,
        validFrom: at(60),
      },
      minutesAfter(T0, 59),
    );
    const revoke = await createRevoke(
      org.admin.keys,
      {
        orgId: org.orgId,
        profileId: 'appr-b',
        keyId: org.approverB.keys.keyId,
        effectiveAt: at(90),
        reason: 'lost',
      },
      minutesAfter(T0, 120),
    );
    const entries = [...org.entries, change, revoke];
    const shuffled = [...entries].reverse();
    const later = await verifyRoster(shuffled, org.rootInfo);
    const again = await verifyRoster([...entries, ...entries], org.rootInfo);
    expect(later.problems).toEqual([]);
    expect(later.accepted.map((e) => e.id)).toEqual(again.accepted.map((e) => e.id));
    expect(later.rolesAt(a.profileId, a.keys.keyId, at(30))).toEqual(['approver']);
    expect(later.rolesAt(a.profileId, a.keys.keyId, at(61))).toEqual(['editor']);
    const b = org.approverB.keys.keyId;
    expect(later.isRevokedAt(b, at(89))).toBe(false);
    expect(later.isRevokedAt(b, at(90))).toBe(true);
    expect(later.rolesAt('appr-b', b, at(89))).toEqual(['approver']);
    expect(later.rolesAt('appr-b', b, at(95))).toEqual([]);
    const profiles = later.currentProfiles(at(200));
    expect(profiles.find((p) => p.profileId === 'appr-b')?.revoked).toBe(true);
    expect(profiles.find((p) => p.profileId === a.profileId)?.roles).toEqual(['editor']);
  });

  it('property: the verified roster does not depend on the order of entries', async () => {
    const org = await makeOrg();
    const expected = (await orgRoster(org)).accepted.map((e) => e.id);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(org.entries, { minLength: org.entries.length }),
        async (entries) => {
          const roster = await verifyRoster(entries, org.rootInfo);
          expect(roster.accepted.map((e) => e.id)).toEqual(expected);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('property: a chain root → admin → approver signed at one instant holds in any order, whatever the ids', async () => {
    // Build the chain until the approver's grant sorts before the admin's by id (the case id order got wrong).
    for (;;) {
      const root = await generateApproverKeys();
      const [admin, approver] = await Promise.all([generateApproverKeys(), generateApproverKeys()]);
      const instant = new Date(T0);
      const grant = (
        signer: typeof root,
        profileId: string,
        key: typeof admin,
        roles: ('admin' | 'approver')[],
      ) =>
        createGrant(
          signer,
          { orgId: root.keyId, profileId, name: profileId, roles, key: publicKeyInfoOf(key), validFrom: T0 },
          instant,
        );
      const adminGrant = await grant(root, 'admin', admin, ['admin']);
      const approverGrant = await grant(admin, 'appr', approver, ['approver']);
      if (approverGrant.id > adminGrant.id) continue;
      const policies = await createPolicies(
        admin,
        { orgId: root.keyId, approvalPolicies: DEFAULT_POLICIES },
        instant,
      );
      const entries = [await createGenesis(root, 'Stadt', instant), adminGrant, approverGrant, policies];
      await fc.assert(
        fc.asyncProperty(fc.shuffledSubarray(entries, { minLength: entries.length }), async (shuffled) => {
          const roster = await verifyRoster(shuffled, publicKeyInfoOf(root));
          expect(codes(roster)).toEqual([]);
          expect(new Set(roster.accepted.map((e) => e.id))).toEqual(new Set(entries.map((e) => e.id)));
          expect(roster.rolesAt('appr', approver.keyId, T0)).toEqual(['approver']);
          expect(roster.policiesAt(T0)).toEqual(DEFAULT_POLICIES);
        }),
        { numRuns: 20 },
      );
      // A grant signed by a key certified one millisecond later still does not count.
      const early = await createGrant(
        approver,
        { orgId: root.keyId, profileId: 'x', name: 'x', roles: ['approver'], key: null, validFrom: T0 },
        new Date(Date.parse(T0) - 1),
      );
      const roster = await verifyRoster([...entries, early], publicKeyInfoOf(root));
      expect(codes(roster)).toEqual(['unknownSigner']);
      return;
    }
  });

  it('refuses a backdated grant by a non-admin, and entries of an admin after revocation', async () => {
    const org = await makeOrg();
    // Approver A (never admin) makes themself admin, dated back to T0+3.
    const selfPromotion = await createGrant(
      org.approverA.keys,
      {
        orgId: org.orgId,
        profileId: 'appr-a',
        name: 'A',
        roles: ['admin'],
        key: org.approverA.info,
        validFrom: T0,
      },
      minutesAfter(T0, 3),
    );
    const roster = await orgRoster(org, [selfPromotion]);
    expect(codes(roster)).toEqual(['signerNotAdmin']);
    expect(roster.rolesAt('appr-a', org.approverA.keys.keyId, at(10))).toEqual(['approver']);

    // The admin is revoked from +50 (by the root, signed at +100); a grant the admin signs at +60 is dropped.
    const revokeAdmin = await createRevoke(
      org.root,
      {
        orgId: org.orgId,
        profileId: 'admin',
        keyId: org.admin.keys.keyId,
        effectiveAt: at(50),
        reason: 'left',
      },
      minutesAfter(T0, 100),
    );
    const late = await createGrant(
      org.admin.keys,
      {
        orgId: org.orgId,
        profileId: 'appr-a',
        name: 'A',
        roles: ['admin'],
        key: org.approverA.info,
        validFrom: at(60),
      },
      minutesAfter(T0, 60),
    );
    const after = await orgRoster(org, [revokeAdmin, late]);
    expect(codes(after)).toEqual(['signerRevoked']);
    expect(after.rolesAt('appr-a', org.approverA.keys.keyId, at(70))).toEqual(['approver']);
    // Grants the admin signed before +50 still hold.
    expect(after.rolesAt('appr-b', org.approverB.keys.keyId, at(70))).toEqual(['approver']);
  });

  it('applies policies from their time on', async () => {
    const org = await makeOrg();
    const policies = await createPolicies(
      org.admin.keys,
      { orgId: org.orgId, approvalPolicies: DEFAULT_POLICIES },
      minutesAfter(T0, 5),
    );
    const roster = await orgRoster(org, [policies]);
    expect(roster.policiesAt(at(4))).toBeNull();
    expect(roster.policiesAt(at(5))).toEqual(DEFAULT_POLICIES);
  });
});

describe('verifyRoster: every problem', () => {
  it('malformed and idMismatch', async () => {
    const org = await makeOrg();
    const [genesis] = org.entries;
    if (genesis === undefined) throw new Error('no genesis');
    const roster = await orgRoster(org, [
      { id: 'x' } as unknown as RosterEntry,
      { ...genesis, id: 'f'.repeat(64) },
    ]);
    expect(codes(roster)).toEqual(['malformed', 'idMismatch']);
    const wrongType = await signEnvelope(PAYLOAD_TYPES.approval, { kind: 'genesis' }, org.root);
    const again = await orgRoster(org, [{ id: envelopeId(wrongType), envelope: wrongType }]);
    expect(codes(again)).toEqual(['malformed']);
  });

  it('badSignature, wrongOrg, unknownSigner', async () => {
    const org = await makeOrg();
    const grant = org.entries[2] as RosterEntry;
    const otherSig = org.entries[3]?.envelope.signatures ?? [];
    const swapped = { ...grant.envelope, signatures: otherSig };
    const stranger = await generateApproverKeys();
    const foreign = await resign(grant, (p) => ({ ...p, orgId: stranger.keyId }), org.admin.keys);
    const unknown = await resign(grant, (p) => ({ ...p, name: 'X' }), stranger);
    const roster = await orgRoster(org, [{ id: envelopeId(swapped), envelope: swapped }, foreign, unknown]);
    expect(codes(roster).sort()).toEqual(['badSignature', 'unknownSigner', 'wrongOrg']);
  });

  it('untrustedGenesis, duplicateGenesis, missingGenesis', async () => {
    const org = await makeOrg();
    const other = await generateApproverKeys();
    const foreignGenesis = await createGenesis(other, 'Andere Stadt', new Date(T0));
    const relabelled = await resign(foreignGenesis, (p) => ({ ...p, orgId: org.orgId }), other);
    const second = await createGenesis(org.root, 'Zweiter Anfang', minutesAfter(T0, 1));
    const roster = await orgRoster(org, [relabelled, second]);
    expect(codes(roster).sort()).toEqual(['duplicateGenesis', 'untrustedGenesis']);
    expect(roster.orgName).toBe('Stadt Musterstadt');
    // Verified against another trusted root, the whole roster is foreign.
    const foreign = await verifyRoster(org.entries, publicKeyInfoOf(other));
    expect(foreign.accepted).toEqual([]);
    expect(codes(foreign)).toContain('missingGenesis');
    expect(codes(foreign)).toContain('wrongOrg');
  });

  it('keyReused: a key certified for two profiles', async () => {
    const org = await makeOrg();
    const reuse = await createGrant(
      org.admin.keys,
      { orgId: org.orgId, profileId: 'someone', name: 'S', roles: ['approver'], key: org.approverA.info },
      minutesAfter(T0, 5),
    );
    const roster = await orgRoster(org, [reuse]);
    expect(codes(roster)).toEqual(['keyReused']);
    expect(roster.profileOfKey(org.approverA.keys.keyId)).toBe('appr-a');
  });

  it('property: any one-character change of a roster entry is refused or changes nothing', async () => {
    const org = await makeOrg();
    const target = org.entries[2] as RosterEntry;
    const text = JSON.stringify(target);
    const rest = org.entries.filter((e) => e !== target);
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 1), fc.integer({ min: 32, max: 126 }), async (index, code) => {
        const replacement = String.fromCharCode(code);
        fc.pre(text[index] !== replacement);
        let changed: unknown;
        try {
          changed = JSON.parse(text.slice(0, index) + replacement + text.slice(index + 1));
        } catch {
          return;
        }
        const roster = await verifyRoster([...rest, changed], org.rootInfo);
        expect(roster.accepted.some((e) => e.id === target.id)).toBe(false);
        expect(roster.rolesAt('appr-a', org.approverA.keys.keyId, at(10))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a payload field changed and re-encoded under the old signature', async () => {
    const org = await makeOrg();
    const target = org.entries[2] as RosterEntry;
    const payload = JSON.parse(
      new TextDecoder().decode(fromBase64Url(target.envelope.payload) ?? new Uint8Array()),
    ) as Record<string, unknown>;
    for (const [field, value] of Object.entries({
      roles: ['admin'],
      validFrom: '2026-10-01T00:00:00.000Z',
      name: 'Y',
      profileId: 'other',
    })) {
      const envelope = {
        ...target.envelope,
        payload: toBase64Url(utf8(canonicalJson({ ...payload, [field]: value }))),
      };
      const rest = { ...org, entries: org.entries.filter((e) => e !== target) };
      const roster = await orgRoster(rest, [{ id: envelopeId(envelope), envelope }]);
      expect(codes(roster)).toEqual(['badSignature']);
    }
  });
});

describe('roster file', () => {
  it('round-trips and refuses anything else', async () => {
    const org = await makeOrg();
    const file = buildRosterFile(org.rootInfo, org.entries);
    const parsed = parseRosterFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file });
    expect(parseRosterFile('{').ok).toBe(false);
    expect(parseRosterFile({ ...file, version: 2 }).ok).toBe(false);
    expect(parseRosterFile({ ...file, extra: 1 }).ok).toBe(false);
    expect(parseRosterFile(null).ok).toBe(false);
  });
});
