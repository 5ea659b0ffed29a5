/**
 * The forged and changed workspace files of issue 13 for `civic-desk verify` (and `export`), each made from the
 * genuine desk (verifyCommandFixtures.ts) as an attacker with a text editor would: what is signed is re-signed only
 * with keys the attacker could have (their own, or the author's own key for self-approval); the audit trail is
 * rebuilt where the case says so. Every one must fail against the desk's own roster.
 */
import { generateApproverKeys } from '../approval/signature';
import { chainHead } from '../audit/anchors';
import type { AuditEntry } from '../audit/chain';
import type { Post } from '../model/post';
import { createGenesis, createGrant, publicKeyInfoOf } from '../trust/roster';
import type { RosterFile } from '../trust/rosterFile';
import { variantsFor } from './testFixtures';
import {
  ANNA,
  approve,
  CRISIS_ID,
  DRAFT_ID,
  EDDI,
  EDITOR,
  genuineWorkspace,
  makeDesk,
  PAULA,
  PHOTO_SHA,
  rebuiltAudit,
  rehashed,
  revocation,
  rosterFileOf,
  SERVICE_ID,
  submit,
  toTombstone,
  unapprovedPosts,
  workspaceOf,
  type Desk,
  type WorkspaceJson,
} from './verifyCommandFixtures';

export interface Forgery {
  /** The changed workspace file. */
  file: WorkspaceJson;
  /** A trusted roster file other than the desk's own (the revocation case), else the desk's. */
  keys?: RosterFile;
}

const APPROVED_AT = new Date('2026-11-25T10:00:00.000Z');
const CHANGED_TEXT =
  'Das Bürgeramt Mitte bleibt am Samstag geschlossen. Überweisen Sie die Gebühr an IBAN DE00 1234.';

function withPost(file: WorkspaceJson, id: string, change: (post: Post) => Post): WorkspaceJson {
  return { ...file, posts: file.posts.map((post) => (post.id === id ? change(post) : post)) };
}

function changedText(post: Post): Post {
  return rehashed({
    ...post,
    text: CHANGED_TEXT,
    variants: variantsFor(['linkedin', 'facebook'], CHANGED_TEXT, [PHOTO_SHA]),
  });
}

/** The service post approved by `signer` alone, with its own submit/approve entries, after the rest. */
async function serviceApprovedBy(
  desk: Desk,
  file: WorkspaceJson,
  post: Post,
  signer: { profileId: string; keys: Desk['keys'][typeof PAULA] },
  audit: AuditEntry[],
): Promise<WorkspaceJson> {
  submit(post, audit, new Date(APPROVED_AT.getTime() + 10 * 60_000));
  const approved = await approve(post, audit, signer, {
    orgId: desk.root.keyId,
    step: 0,
    stepCount: 1,
    at: new Date(APPROVED_AT.getTime() + 11 * 60_000),
  });
  return { ...withPost(file, SERVICE_ID, () => approved), audit };
}

const fresh = (post: Post): Post => ({ ...post, workflow: { ...post.workflow, approvals: [] } });

export const FORGERIES: Record<string, (desk: Desk, genuine: WorkspaceJson) => Forgery | Promise<Forgery>> = {
  /** The text changed after approval; the old signature kept. */
  changedAfterApproval(_desk, genuine) {
    return { file: withPost(genuine, SERVICE_ID, changedText) };
  },

  /**
   * An attacker's own key as Paula's (profile key swapped), the changed text re-signed with it, the audit trail
   * rebuilt with the new hashes, and a grant for the key signed by the attacker's key added to the roster.
   */
  async swappedApproverKey(desk, genuine) {
    const attacker = await generateApproverKeys('ECDSA-P256');
    const forged = await createGrant(
      attacker,
      {
        orgId: desk.root.keyId,
        profileId: PAULA,
        name: 'Paula Prüfer',
        roles: ['approver'],
        key: publicKeyInfoOf(attacker),
      },
      new Date('2026-11-02T08:00:00.000Z'),
    );
    const audit = rebuiltAudit(genuine.audit.filter((entry) => entry.postId !== SERVICE_ID));
    const post = fresh(changedText(genuine.posts.find((p) => p.id === SERVICE_ID) as Post));
    const file = await serviceApprovedBy(desk, genuine, post, { profileId: PAULA, keys: attacker }, audit);
    return {
      file: {
        ...file,
        profiles: file.profiles.map((profile) =>
          profile.id === PAULA ? { ...profile, publicKey: publicKeyInfoOf(attacker) } : profile,
        ),
        roster: file.roster === null ? null : { ...file.roster, entries: [...file.roster.entries, forged] },
      },
    };
  },

  /** The same, but the attacker's own organisation: a root, genesis and grant of their own in the file. */
  async foreignRoot(desk, genuine) {
    const root = await generateApproverKeys('ECDSA-P256');
    const approver = await generateApproverKeys('ECDSA-P256');
    const entries = [
      await createGenesis(root, 'Bezirksamt Mitte von Berlin', new Date('2026-11-01T08:00:00.000Z')),
      await createGrant(
        root,
        {
          orgId: root.keyId,
          profileId: PAULA,
          name: 'Paula Prüfer',
          roles: ['approver'],
          key: publicKeyInfoOf(approver),
        },
        new Date('2026-11-01T08:02:00.000Z'),
      ),
    ];
    const audit = rebuiltAudit(genuine.audit.filter((entry) => entry.postId !== SERVICE_ID));
    const post = fresh(changedText(genuine.posts.find((p) => p.id === SERVICE_ID) as Post));
    const file = await serviceApprovedBy(
      { ...desk, root },
      genuine,
      post,
      { profileId: PAULA, keys: approver },
      audit,
    );
    return { file: { ...file, roster: { root: publicKeyInfoOf(root), entries } } };
  },

  /** The author approves her own post with her own certified approver key. */
  async selfApproval(desk, genuine) {
    const audit = [...genuine.audit];
    const original = genuine.posts.find((p) => p.id === SERVICE_ID) as Post;
    const post = fresh(
      rehashed({ ...original, createdBy: PAULA, workflow: { ...original.workflow, lastEditorId: PAULA } }),
    );
    return {
      file: await serviceApprovedBy(desk, genuine, post, { profileId: PAULA, keys: desk.keys[PAULA] }, audit),
    };
  },

  /** An approval by a profile whose certified key holds only the editor role. */
  async editorOnlyApproval(desk, genuine) {
    const audit = [...genuine.audit];
    const post = fresh(genuine.posts.find((p) => p.id === SERVICE_ID) as Post);
    return {
      file: await serviceApprovedBy(desk, genuine, post, { profileId: EDDI, keys: desk.keys[EDDI] }, audit),
    };
  },

  /** The "Krise" post with one of its two steps (the second approval removed). */
  crisisOneOfTwoSteps(_desk, genuine) {
    return {
      file: withPost(genuine, CRISIS_ID, (post) => ({
        ...post,
        workflow: { ...post.workflow, approvals: post.workflow.approvals.slice(0, 1) },
      })),
    };
  },

  /** The "Krise" post's first approval given twice in place of the second step. */
  crisisDuplicatedApproval(_desk, genuine) {
    return {
      file: withPost(genuine, CRISIS_ID, (post) => {
        const [first] = post.workflow.approvals;
        return first === undefined
          ? post
          : { ...post, workflow: { ...post.workflow, approvals: [first, { ...first, step: 1 }] } };
      }),
    };
  },

  /** The service post's approve entry turned into a tombstone (the chain still verifies). */
  approveEntryTombstoned(_desk, genuine) {
    return {
      file: {
        ...genuine,
        audit: genuine.audit.map((entry) =>
          entry.action === 'approve' && entry.postId === SERVICE_ID ? toTombstone(entry) : entry,
        ),
      },
    };
  },

  /** The audit trail rewritten: the first entry's actor changed and every hash after it recomputed. */
  rewrittenAuditTrail(_desk, genuine) {
    return {
      file: {
        ...genuine,
        audit: rebuiltAudit(genuine.audit, (entry) =>
          entry.seq === 1 ? { ...entry, actorId: ANNA } : entry,
        ),
      },
    };
  },

  /** The audit trail emptied. */
  emptyAuditTrail(_desk, genuine) {
    return { file: { ...genuine, audit: [] } };
  },

  /** The audit trail cut after the service post's approval (the crisis post's entries gone). */
  cutAuditTrail(_desk, genuine) {
    const head = chainHead(genuine.audit.slice(0, 2));
    return { file: { ...genuine, audit: genuine.audit.filter((entry) => entry.seq <= head.seq) } };
  },

  /** A draft stored as approved, without any approval. */
  approvedWithoutApproval(_desk, genuine) {
    return { file: withPost(genuine, DRAFT_ID, (post) => ({ ...post, status: 'approved' })) };
  },

  /** Paula's key revoked (by the root) from before her approvals: the trusted roster holds the revocation. */
  async revokedApproverKey(desk, genuine) {
    const revoke = await revocation(desk, PAULA, '2026-11-20T00:00:00.000Z');
    return { file: genuine, keys: rosterFileOf(desk, [revoke]) };
  },

  /** A v1 approval (no envelope, no statement), as older desks wrote them. */
  legacyApproval(_desk, genuine) {
    return {
      file: withPost(genuine, SERVICE_ID, (post) => ({
        ...post,
        workflow: {
          ...post.workflow,
          approvals: post.workflow.approvals.map(({ signature, ...approval }) => ({
            ...approval,
            ...(signature === undefined
              ? {}
              : {
                  signature: {
                    revision: signature.revision,
                    keyId: signature.keyId,
                    algorithm: signature.algorithm,
                    value: signature.value,
                  },
                }),
          })),
        },
      })),
    };
  },
};

/** A genuine file and the desk it came from, for the tests. */
export async function genuineDesk(): Promise<{ desk: Desk; genuine: WorkspaceJson; roster: RosterFile }> {
  const desk = await makeDesk();
  const genuine = await genuineWorkspace(desk);
  return { desk, genuine, roster: rosterFileOf(desk) };
}

export { EDITOR, unapprovedPosts, workspaceOf };
