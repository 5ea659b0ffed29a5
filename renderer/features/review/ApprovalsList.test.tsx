/**
 * The approvals list checks each signature with the key that made it (the roster's key for the signer under the
 * signature's key id), and names the step of an approval from an older version.
 */
import { I18nextProvider } from 'react-i18next';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateApproverKeys } from '../../../shared/approval/signature';
import { publicKeyInfoOf } from '../../../shared/trust/roster';
import { db } from '../../data/store/db';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { seedTrust } from '../../data/trust/testTrust';
import { loadVerifiedRoster } from '../../data/trust/trustRepository';
import { approvePost } from '../../data/workflow/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { ApprovalsList, checkApproval } from './ApprovalsList';
import { submittedPost } from './reviewTestSetup';

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('ApprovalsList', () => {
  it("verifies an approval with the roster's key of the signer when the stored profile names another key", async () => {
    await seedTrust(new Date(Date.now() - 3_600_000));
    const post = await submittedPost(ANNA_EDITOR.id);
    const approved = await approvePost(post.id, { actorId: PAUL_APPROVER.id, now: new Date() });
    if (!approved.ok) throw new Error(approved.reason);
    const approval = approved.post.workflow.approvals[0];
    if (!approval) throw new Error('no approval');
    const roster = await loadVerifiedRoster();
    const profiles = await db.profiles.toArray();
    expect(await checkApproval(approved.post, approval, profiles, roster)).toEqual({ valid: true });
    // The profile row names another key now (replaced by an import or restore, or a key made anew).
    const other = publicKeyInfoOf(await generateApproverKeys());
    const replaced = profiles.map((profile) =>
      profile.id === PAUL_APPROVER.id ? { ...profile, publicKey: other } : profile,
    );
    expect(await checkApproval(approved.post, approval, replaced, roster)).toEqual({ valid: true });
    // A forged approval under a key the roster does not certify for the signer is still refused.
    expect(await checkApproval(approved.post, approval, replaced, null)).toMatchObject({ valid: false });
  });

  it('names the step of an approval from an older version', async () => {
    const post = await submittedPost(ANNA_EDITOR.id);
    const legacy = {
      step: 0,
      profileId: PAUL_APPROVER.id,
      at: new Date().toISOString(),
      contentHash: post.workflow.contentHash,
      signature: { revision: 1, keyId: 'abc', algorithm: 'Ed25519' as const, value: 'x' },
    };
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <ApprovalsList
          post={{ ...post, workflow: { ...post.workflow, approvals: [legacy] } }}
          profiles={await db.profiles.toArray()}
          timeZone="Europe/Berlin"
          locale="de-DE"
        />
      </I18nextProvider>,
    );
    expect(
      await screen.findByText(/Die Freigabe für Schritt 1 stammt aus einer älteren Version/),
    ).toBeTruthy();
  });
});
