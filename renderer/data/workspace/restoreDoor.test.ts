/**
 * The door of restore and merge (issue 13): a corpus of forged workspace files is downgraded or refused, genuine
 * files still restore, and only admins restore. Real signatures, roster and audit trail, as the desk makes them.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateApproverKeys } from '../../../shared/approval/signature';
import { approvalStatementFor, signApprovalV2 } from '../../../shared/approval/statementV2';
import { canonicalJson } from '../../../shared/approval/webCrypto';
import { contentHash } from '../../../shared/approval/contentHash';
import type { Workspace } from '../../../shared/exchange/workspace';
import type { Post } from '../../../shared/model/post';
import { keyFingerprint } from '../../../shared/trust/fingerprint';
import { createGenesis } from '../../../shared/trust/roster';
import { db } from '../store/db';
import { EXPORT_TEST_NOW, postAt } from '../export/exportTestPosts';
import { clearRestoreUndo } from './restoreUndo';
import { ADA_ADMIN, ANNA_EDITOR, seedProfiles } from '../settings/testProfiles';
import { createOrganisationRoot, loadRootKey } from '../trust/trustRepository';
import { clearDesk } from './workspaceTestDesk';
import { exportWorkspace, restoreWorkspace, type RestoreResult } from './workspaceRepository';

const now = new Date('2026-11-26T09:00:00Z');
const admin = { actorId: ADA_ADMIN.id, now };
const replace = { mode: 'replace', conflicts: {} } as const;
const merge = { mode: 'merge', conflicts: {} } as const;
/** A merge that takes the file's version of the post where both differ. */
const takeTheirs = (postId: string) => ({
  mode: 'merge' as const,
  conflicts: { [`posts/${postId}`]: 'theirs' as const },
});

beforeAll(() => vi.stubGlobal('Blob', NodeBlob));

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  const root = await createOrganisationRoot({ actorId: ADA_ADMIN.id, now: EXPORT_TEST_NOW });
  if (!root.ok) throw new Error(root.reason);
});

afterEach(async () => {
  await db.delete();
  await clearRestoreUndo();
});

/** The desk with one genuinely approved post, as a workspace file. */
async function genuineFile(): Promise<{ file: Workspace; postId: string }> {
  const postId = await postAt('Bibliothek am Samstag', '2026-11-28', 'approved');
  expect((await db.posts.get(postId))?.status).toBe('approved');
  const { json } = await exportWorkspace({ includeMedia: false }, now);
  return { file: JSON.parse(json) as Workspace, postId };
}

function postOf(file: Workspace, id: string): Post {
  const post = file.posts.find((each) => each.id === id);
  if (post === undefined) throw new Error(`no post ${id}`);
  return post;
}

function withPost(file: Workspace, post: Post): Workspace {
  return { ...file, posts: file.posts.map((each) => (each.id === post.id ? post : each)) };
}

function downgradeOf(result: RestoreResult, postId: string) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.downgrades.find((downgrade) => downgrade.postId === postId);
}

async function statusOf(postId: string) {
  return (await db.posts.get(postId))?.status;
}

describe('restore and merge verify every approval against the desk’s own root', () => {
  it('restores a genuine file into a fresh desk whose admin confirmed the root’s fingerprint', async () => {
    const { file, postId } = await genuineFile();
    const fingerprint = keyFingerprint(file.roster?.root ?? (null as never)) ?? '';
    await clearDesk();
    const result = await restoreWorkspace(JSON.stringify(file), replace, {
      actorId: '',
      now,
      confirmedFingerprint: fingerprint.toLowerCase().replaceAll(' ', ''),
    });
    expect(result.ok && result.downgrades).toEqual([]);
    expect(await statusOf(postId)).toBe('approved');
    expect((await loadRootKey())?.publicKey).toEqual(file.roster?.root);
    const actions = (await db.audit.toArray()).map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(['rootAdopted', 'workspaceRestored']);
  });

  it('without the confirmed fingerprint, a fresh desk takes the posts in review: nothing can be confirmed', async () => {
    const { file, postId } = await genuineFile();
    await clearDesk();
    const result = await restoreWorkspace(JSON.stringify(file), replace, { actorId: '', now });
    expect(downgradeOf(result, postId)).toMatchObject({ title: 'Bibliothek am Samstag', noRoot: true });
    expect(await statusOf(postId)).toBe('in_review');
    expect(await loadRootKey()).toBeUndefined();
  });

  it('a wrong fingerprint is no confirmation', async () => {
    const { file, postId } = await genuineFile();
    await clearDesk();
    const result = await restoreWorkspace(JSON.stringify(file), replace, {
      actorId: '',
      now,
      confirmedFingerprint: 'ab'.repeat(32),
    });
    expect(downgradeOf(result, postId)?.noRoot).toBe(true);
    expect(await loadRootKey()).toBeUndefined();
  });

  it('takes a post whose text was changed after approval (old signature kept) in review, naming why', async () => {
    const { file, postId } = await genuineFile();
    const post = postOf(file, postId);
    const text = 'Die Stadtbibliothek bleibt am Samstag geschlossen.';
    const changed: Post = {
      ...post,
      text,
      variants: post.variants.map((variant) => ({ ...variant, text })),
    };
    // The forger also fixes the stored hash, so that only a recomputation finds the change.
    const forged = { ...changed, workflow: { ...changed.workflow, contentHash: contentHash(changed) } };
    for (const mode of [replace, takeTheirs(postId)]) {
      const result = await restoreWorkspace(JSON.stringify(withPost(file, forged)), mode, admin);
      const codes = downgradeOf(result, postId)?.problems.map((problem) => problem.code);
      expect(codes).toContain('contentChanged');
      const stored = await db.posts.get(postId);
      expect(stored?.status).toBe('in_review');
      expect(stored?.text).toBe(text);
      expect(stored?.workflow.approvals).toHaveLength(1); // kept for the record, counting nothing
      const last = (await db.audit.orderBy('seq').last()) ?? null;
      expect(last).toMatchObject({ action: 'approvalNotVerified', postId, actorId: ADA_ADMIN.id });
    }
  });

  it('takes a post in review whose author is its approver (four eyes)', async () => {
    const { file, postId } = await genuineFile();
    const post = postOf(file, postId);
    const approver = post.workflow.approvals[0]?.profileId ?? '';
    const forged: Post = {
      ...post,
      createdBy: approver,
      workflow: { ...post.workflow, lastEditorId: approver },
    };
    const result = await restoreWorkspace(JSON.stringify(withPost(file, forged)), replace, admin);
    const codes = downgradeOf(result, postId)?.problems.map((problem) => problem.code) ?? [];
    expect(codes.some((code) => code === 'fourEyesAuthor' || code === 'fourEyesLastEditor')).toBe(true);
    expect(await statusOf(postId)).toBe('in_review');
  });

  it('takes a post in review approved by an invented approver with a fresh key, even with a profile in the file', async () => {
    const { file, postId } = await genuineFile();
    const post = postOf(file, postId);
    const mallory = await generateApproverKeys();
    const root = await loadRootKey();
    const statement = approvalStatementFor(post, {
      orgId: root?.orgId ?? '',
      step: 0,
      stepCount: 1,
      signerProfileId: 'mallory',
      keyId: mallory.keyId,
      now,
      auditHead: { seq: file.audit.length, hash: file.audit.at(-1)?.hash ?? '' },
    });
    const signature = await signApprovalV2(statement, mallory);
    const forged: Post = {
      ...post,
      workflow: {
        ...post.workflow,
        approvals: [
          {
            step: 0,
            profileId: 'mallory',
            at: now.toISOString(),
            contentHash: post.workflow.contentHash,
            signature,
          },
        ],
      },
    };
    const profile = {
      id: 'mallory',
      name: 'Mallory Muster',
      initials: 'MM',
      roles: ['approver' as const, 'admin' as const],
      publicKey: { algorithm: mallory.algorithm, keyId: mallory.keyId, publicKeyJwk: mallory.publicKeyJwk },
      createdAt: now.toISOString(),
    };
    const forgedFile = { ...withPost(file, forged), profiles: [...file.profiles, profile] };
    const result = await restoreWorkspace(JSON.stringify(forgedFile), takeTheirs(postId), admin);
    const codes = downgradeOf(result, postId)?.problems.map((problem) => problem.code);
    expect(codes).toContain('unknownKey');
    expect(await statusOf(postId)).toBe('in_review');
  });

  it('refuses a file whose roster starts from another root (a self-made organisation key), changing nothing', async () => {
    const { file } = await genuineFile();
    const fake = await generateApproverKeys();
    const genesis = await createGenesis(fake, 'Fälschung', now);
    const fakeRoot = { algorithm: fake.algorithm, keyId: fake.keyId, publicKeyJwk: fake.publicKeyJwk };
    const forged = { ...file, roster: { root: fakeRoot, entries: [genesis] } };
    const before = canonicalJson(await db.posts.toArray());
    for (const mode of [replace, merge]) {
      const result = await restoreWorkspace(JSON.stringify(forged), mode, admin);
      expect(result).toMatchObject({ ok: false, messageKey: 'backupUi.refused.foreignRoot' });
    }
    expect(canonicalJson(await db.posts.toArray())).toBe(before);
    expect((await loadRootKey())?.publicKey).not.toEqual(fakeRoot);
  });

  it('refuses an editor: only admins restore or merge, and nothing changes', async () => {
    const { file, postId } = await genuineFile();
    const entries = await db.audit.count();
    const forged = withPost(file, { ...postOf(file, postId), title: 'Von der Redaktion' });
    for (const mode of [replace, merge]) {
      const result = await restoreWorkspace(JSON.stringify(forged), mode, { actorId: ANNA_EDITOR.id, now });
      expect(result).toMatchObject({ ok: false, messageKey: 'backupUi.refused.adminsOnly' });
    }
    expect((await db.posts.get(postId))?.title).toBe('Bibliothek am Samstag');
    expect(await db.audit.count()).toBe(entries);
  });

  it('refuses invalid UTF-8 instead of replacing it', async () => {
    const { file } = await genuineFile();
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const broken = new Uint8Array([...bytes.slice(0, 20), 0xff, ...bytes.slice(20)]);
    const result = await restoreWorkspace(broken, replace, admin);
    expect(result).toMatchObject({ ok: false, path: '' });
    expect(!result.ok && result.message).toMatch(/not valid UTF-8/);
  });

  it('keeps a genuine file approved in a merge into the same organisation', async () => {
    const { file, postId } = await genuineFile();
    await db.posts.delete(postId);
    const result = await restoreWorkspace(JSON.stringify(file), merge, admin);
    expect(result.ok && result.downgrades).toEqual([]);
    expect(await statusOf(postId)).toBe('approved');
    expect((await db.audit.orderBy('seq').last())?.action).toBe('workspaceMerged');
  });
});
