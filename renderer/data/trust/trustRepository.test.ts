/**
 * The organisation's trust root on a real (in-memory) IndexedDB: set-up makes the root and certifies the first
 * admin; admins certify and revoke (nobody else); approving signs statement v2 and is refused for an uncertified
 * key; an upgraded desk's keys are certified from their creation; approval is derived (forged or changed content,
 * old v1 approvals, revoked keys do not count) and only verified approvals are exported.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { verifyRoster } from '../../../shared/trust/verifyRoster';
import { parseRosterFile } from '../../../shared/trust/rosterFile';
import type { Post } from '../../../shared/model/post';
import { verdictsFor } from '../workflow/approvalVerdicts';
import { db } from '../store/db';
import { EXPORT_TEST_NOW, postAt } from '../export/exportTestPosts';
import { markExported } from '../export/exportRepository';
import { completeSetup, saveProfile } from '../settings/profilesRepository';
import { ensureProfileKeys } from '../settings/profileKeys';
import {
  ADA_ADMIN,
  ANNA_EDITOR,
  BERND_APPROVER,
  PAUL_APPROVER,
  seedProfiles,
} from '../settings/testProfiles';
import {
  certifyProfile,
  createOrganisationRoot,
  loadRootKey,
  revokeProfileKey,
  rosterFileText,
} from './trustRepository';
import { approvePost } from '../workflow/workflowRepository';

const NOW = EXPORT_TEST_NOW;
const at = (actorId: string, minutes = 0) => ({ actorId, now: new Date(NOW.getTime() + minutes * 60_000) });
const FILE = { fileName: 'plan.ics', sha256: 'a'.repeat(64) };

async function roster() {
  const root = await loadRootKey();
  if (!root) throw new Error('no root');
  return verifyRoster(await db.roster.toArray(), root.publicKey);
}

async function stored(id: string): Promise<Post> {
  const post = await db.posts.get(id);
  if (!post) throw new Error('post missing');
  return post;
}

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('the organisation root', () => {
  it('is made at set-up: the first admin certified, the policies signed; an admin who adds an approver certifies them', async () => {
    const setup = await completeSetup(
      { ...DEFAULT_SETTINGS, organisationName: 'Stadt Muster' },
      { name: 'Ada Admin', initials: '', pin: null },
      NOW,
    );
    if (!setup.ok) throw new Error('setup failed');
    const admin = setup.profile;
    const first = await roster();
    expect(first.problems).toEqual([]);
    expect(first.orgName).toBe('Stadt Muster');
    expect(first.rolesAt(admin.id, admin.publicKey?.keyId ?? '', NOW.toISOString())).toEqual([
      'editor',
      'approver',
      'admin',
    ]);
    expect(first.policiesAt(NOW.toISOString())).toEqual(DEFAULT_SETTINGS.workflow.policies);
    expect(await createOrganisationRoot(at(admin.id))).toEqual({
      ok: false,
      reason: 'trustUi.errors.rootExists',
    });

    const saved = await saveProfile(
      { name: 'Paula Prüfer', initials: '', roles: ['approver'], pin: null },
      null,
      // The same instant as the set-up (a frozen clock): the admin's grant must still come first.
      at(admin.id),
    );
    if (!saved.ok) throw new Error('save failed');
    const paula = saved.profile;
    expect(paula.publicKey).not.toBeNull();
    const after = await roster();
    expect(after.problems).toEqual([]);
    expect(after.rolesAt(paula.id, paula.publicKey?.keyId ?? '', NOW.toISOString())).toEqual(['approver']);
    const actions = (await db.audit.toArray()).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['rootCreated', 'keyCertified', 'policiesSigned']));
  });

  it('refuses everyone but a certified admin: certify, revoke and the roster file', async () => {
    await seedProfiles();
    expect(await createOrganisationRoot(at(ANNA_EDITOR.id))).toEqual({
      ok: false,
      reason: 'trustUi.errors.adminOnly',
    });
    expect(await createOrganisationRoot(at(ADA_ADMIN.id))).toEqual({ ok: true });
    expect(await certifyProfile(PAUL_APPROVER.id, at(PAUL_APPROVER.id))).toEqual({
      ok: false,
      reason: 'trustUi.errors.adminOnly',
    });
    const paulKey = (await db.profiles.get(PAUL_APPROVER.id))?.publicKey?.keyId ?? '';
    expect(
      await revokeProfileKey(
        { profileId: ADA_ADMIN.id, keyId: paulKey, effectiveAt: NOW.toISOString(), reason: 'x' },
        at(ANNA_EDITOR.id),
      ),
    ).toEqual({ ok: false, reason: 'trustUi.errors.adminOnly' });
    expect(await rosterFileText(at(BERND_APPROVER.id))).toEqual({
      ok: false,
      reason: 'trustUi.errors.adminOnly',
    });
    // An admin whose own key the roster does not certify signs nothing.
    await db.profiles.put({ ...ANNA_EDITOR, id: 'eve', name: 'Eve Admin', roles: ['admin'] });
    expect(await certifyProfile('eve', at('eve'))).toEqual({
      ok: false,
      reason: 'trustUi.errors.adminNotCertified',
    });
    const file = await rosterFileText(at(ADA_ADMIN.id));
    if (!file.ok) throw new Error('export refused');
    const parsed = parseRosterFile(file.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.root).toEqual((await loadRootKey())?.publicKey);
    expect((await verifyRoster(parsed.file.entries, parsed.file.root)).problems).toEqual([]);
  });

  it('on an upgraded desk certifies existing keys from when they were made; old v1 approvals stop counting', async () => {
    await seedProfiles();
    const made = new Date('2026-10-01T08:00:00Z');
    const paulKeys = await ensureProfileKeys(PAUL_APPROVER.id, made);
    const id = await postAt('Laternenumzug', '2026-11-28', 'in_review');
    // What a version 5 desk stored: approved with a v1 signature (no organisation root then).
    const post = await stored(id);
    await db.posts.put({
      ...post,
      status: 'approved',
      workflow: {
        ...post.workflow,
        approvals: [
          {
            step: 0,
            profileId: PAUL_APPROVER.id,
            at: NOW.toISOString(),
            contentHash: post.workflow.contentHash,
            signature: {
              revision: 1,
              keyId: paulKeys?.keyId ?? '',
              algorithm: 'Ed25519',
              value: 'x'.repeat(86),
            },
          },
        ],
      },
    });
    expect((await verdictsFor([await stored(id)]))[id]?.reasons.map((reason) => reason.key)).toEqual([
      'trustUi.verdict.noRoot',
    ]);

    expect(await createOrganisationRoot(at(ADA_ADMIN.id, 1))).toEqual({ ok: true });
    const current = (await roster()).currentProfiles(at(ADA_ADMIN.id, 2).now.toISOString());
    const paul = current.find((entry) => entry.profileId === PAUL_APPROVER.id);
    expect(paul?.key?.keyId).toBe(paulKeys?.keyId);
    expect(paul?.validFrom).toBe(made.toISOString());
    expect(current.map((entry) => entry.profileId).sort()).toEqual(
      [ADA_ADMIN.id, ANNA_EDITOR.id, BERND_APPROVER.id, PAUL_APPROVER.id].sort(),
    );
    const verdict = (await verdictsFor([await stored(id)]))[id];
    expect(verdict?.approved).toBe(false);
    expect(verdict?.reasons.map((reason) => reason.key)).toContain('trust.problems.legacyApproval');
    expect(await markExported([id], FILE, at(ANNA_EDITOR.id, 3))).toEqual({
      ok: false,
      reason: 'exportUi.errors.notApproved',
      postId: id,
    });
  });
});

describe('approving and the derived approval', () => {
  beforeEach(async () => {
    await seedProfiles();
    expect(
      await createOrganisationRoot({ actorId: ADA_ADMIN.id, now: new Date('2026-11-01T08:00:00Z') }),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses an approver whose key the roster does not certify, with a message to ask an admin', async () => {
    // Added behind the roster's back (no admin certified her).
    await db.profiles.put({ ...PAUL_APPROVER, id: 'clara', name: 'Clara Neu' });
    const id = await postAt('Bürgerfest', '2026-11-28', 'in_review');
    expect(await approvePost(id, at('clara', 1))).toEqual({
      ok: false,
      reason: 'trustUi.errors.approverNotCertified',
    });
    expect((await stored(id)).status).toBe('in_review');
    expect(await certifyProfile('clara', at(ADA_ADMIN.id, 2))).toEqual({ ok: true });
    expect((await approvePost(id, at('clara', 3))).ok).toBe(true);
  });

  it('counts a genuine approval and exports it; a forged or changed one shows why and stays behind', async () => {
    const genuine = await postAt('Bibliothek', '2026-11-28', 'approved');
    const changed = await postAt('Markt', '2026-11-28', 'approved');
    const selfApproved = await postAt('Rathaus', '2026-11-28', 'in_review');
    // Changed afterwards with the old signature kept, status still "approved" (a hand-edited database or file).
    const before = await stored(changed);
    await db.posts.put({
      ...before,
      variants: before.variants.map((variant) => ({ ...variant, text: `${variant.text} Eintritt frei!` })),
    });
    // Marked approved without any approval.
    const self = await stored(selfApproved);
    await db.posts.put({ ...self, status: 'approved' });

    const verdicts = await verdictsFor([
      await stored(genuine),
      await stored(changed),
      await stored(selfApproved),
    ]);
    expect(verdicts[genuine]).toEqual({ approved: true, storedApproved: true, reasons: [] });
    expect(verdicts[changed]?.approved).toBe(false);
    expect(verdicts[changed]?.reasons.map((reason) => reason.key)).toContain('trust.problems.contentChanged');
    expect(verdicts[selfApproved]?.reasons.map((reason) => reason.key)).toContain(
      'trust.problems.stepsMissing',
    );

    expect(await markExported([genuine, changed], FILE, at(ANNA_EDITOR.id, 5))).toMatchObject({
      ok: false,
      postId: changed,
    });
    expect((await stored(genuine)).status).toBe('approved');
    expect((await markExported([genuine], FILE, at(ANNA_EDITOR.id, 6))).ok).toBe(true);
    expect((await stored(genuine)).status).toBe('exported');
  });

  it('stops counting approvals signed after a key was revoked', async () => {
    const id = await postAt('Sperrmüll', '2026-11-28', 'approved');
    const paulKey = (await db.profiles.get(PAUL_APPROVER.id))?.publicKey?.keyId ?? '';
    expect((await verdictsFor([await stored(id)]))[id]?.approved).toBe(true);
    // Suspected compromise from an hour before the approval on.
    const effectiveAt = new Date(NOW.getTime() - 3_600_000).toISOString();
    expect(
      await revokeProfileKey(
        { profileId: PAUL_APPROVER.id, keyId: paulKey, effectiveAt, reason: '  ' },
        at(ADA_ADMIN.id, 10),
      ),
    ).toEqual({
      ok: false,
      reason: 'trustUi.errors.reasonRequired',
    });
    expect(
      await revokeProfileKey(
        { profileId: PAUL_APPROVER.id, keyId: paulKey, effectiveAt, reason: 'Laptop gestohlen' },
        at(ADA_ADMIN.id, 10),
      ),
    ).toEqual({ ok: true });
    const verdict = (await verdictsFor([await stored(id)]))[id];
    expect(verdict?.approved).toBe(false);
    expect(verdict?.reasons.map((reason) => reason.key)).toContain('trust.problems.keyRevoked');
  });
});
