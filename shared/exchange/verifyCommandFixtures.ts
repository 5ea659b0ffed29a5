/**
 * A genuine desk for the tests of `civic-desk verify` and `export`, made with real keys on every run: an
 * organisation root, a signed roster (editor, two approvers, an editor-only profile with a certified key, a policy
 * asking two approval steps for "Krise"), an approved service post with a photo, an approved crisis post (two
 * steps by two people), a draft, and the audit trail the desk would have written. Then the forgeries of issue 13,
 * each made as an attacker with a text editor (and, where the case needs it, a key of their own) would make it.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { contentHash } from '../approval/contentHash';
import { generateApproverKeys, type ApproverKeys } from '../approval/signature';
import { approvalStatementFor, signApprovalV2 } from '../approval/statementV2';
import { chainHead } from '../audit/anchors';
import { nextEntry, toTombstone, type AuditEntry } from '../audit/chain';
import { bytesToBase64 } from '../codec/base64';
import type { Post } from '../model/post';
import type { PublicProfile } from '../model/profile';
import { createGenesis, createGrant, createPolicies, createRevoke, publicKeyInfoOf } from '../trust/roster';
import { buildRosterFile, type RosterFile } from '../trust/rosterFile';
import type { RosterEntry } from '../trust/rosterTypes';
import { ORGANISATION_DEFAULT_POLICY } from '../workflow/policy';
import type { Role } from '../workflow/roles';
import { crisisPost, servicePost, variantsFor, workspaceFile } from './testFixtures';

export const PHOTO_BYTES = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
]);
export const PHOTO_SHA = bytesToHex(sha256(PHOTO_BYTES));
export const SERVICE_ID = '0b5c7f2e-8d41-4a7b-9c3e-2f1a6d8e4b90';
export const CRISIS_ID = '5d2e8a61-0c3f-4b9e-a7d4-1e6f2c9b8a30';
export const DRAFT_ID = '7a1e2c3d-4b5f-4a6b-8c9d-0e1f2a3b4c5d';

export const EDITOR = 'redaktion-1';
export const PAULA = 'paula-1';
export const ANNA = 'anna-1';
/** An editor whose key the roster certified: a key alone does not make an approver. */
export const EDDI = 'eddi-1';

const SET_UP = new Date('2026-11-01T08:00:00.000Z');
const APPROVED_AT = new Date('2026-11-25T10:00:00.000Z');

export type WorkspaceJson = Omit<
  ReturnType<typeof workspaceFile>,
  'posts' | 'profiles' | 'audit' | 'roster'
> & {
  posts: Post[];
  profiles: PublicProfile[];
  audit: AuditEntry[];
  roster: { root: RosterFile['root']; entries: RosterEntry[] } | null;
  mediaFiles?: { id: string; base64: string }[];
};

export interface Desk {
  root: ApproverKeys;
  keys: Record<typeof PAULA | typeof ANNA | typeof EDDI, ApproverKeys>;
  entries: RosterEntry[];
}

const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);

/** The organisation's root and roster, signed by the root. */
export async function makeDesk(name = 'Bezirksamt Mitte von Berlin'): Promise<Desk> {
  const root = await generateApproverKeys('ECDSA-P256');
  const keys = {
    [PAULA]: await generateApproverKeys('ECDSA-P256'),
    [ANNA]: await generateApproverKeys('ECDSA-P256'),
    [EDDI]: await generateApproverKeys('ECDSA-P256'),
  };
  const orgId = root.keyId;
  const grant = (profileId: string, person: string, roles: Role[], key: ApproverKeys | null, at: number) =>
    createGrant(
      root,
      { orgId, profileId, name: person, roles, key: key === null ? null : publicKeyInfoOf(key) },
      minutes(SET_UP, at),
    );
  const step = { approvers: { kind: 'role', role: 'approver' }, mode: 'any' } as const;
  const entries = [
    await createGenesis(root, name, SET_UP),
    await grant(EDITOR, 'Rita Redaktion', ['editor'], null, 1),
    await grant(PAULA, 'Paula Prüfer', ['approver'], keys[PAULA], 2),
    await grant(ANNA, 'Anna Amsel', ['approver'], keys[ANNA], 3),
    await grant(EDDI, 'Eddi Editor', ['editor'], keys[EDDI], 4),
    await createPolicies(
      root,
      {
        orgId,
        approvalPolicies: {
          default: ORGANISATION_DEFAULT_POLICY,
          byCategory: { Krise: { steps: [step, step] } },
        },
      },
      minutes(SET_UP, 5),
    ),
  ];
  return { root, keys, entries };
}

/** The exported roster file of the desk (what `--keys` takes). */
export function rosterFileOf(desk: Desk, extra: readonly RosterEntry[] = []): RosterFile {
  return buildRosterFile(publicKeyInfoOf(desk.root), [...desk.entries, ...extra]);
}

/** A revocation of `profileId`'s key from `effectiveAt` on, signed by the root (for the trusted roster file). */
export function revocation(desk: Desk, profileId: typeof PAULA, effectiveAt: string): Promise<RosterEntry> {
  return createRevoke(
    desk.root,
    {
      orgId: desk.root.keyId,
      profileId,
      keyId: desk.keys[profileId].keyId,
      effectiveAt,
      reason: 'Laptop verloren',
    },
    minutes(APPROVED_AT, 60),
  );
}

/** The post with its workflow hash and revision set to its current content. */
export function rehashed(post: Post): Post {
  return { ...post, workflow: { ...post.workflow, contentHash: contentHash(post) } };
}

/** Appends a signed approval (step 0-based) and its audit entry, as the desk does: head first, then the entry. */
export async function approve(
  post: Post,
  audit: AuditEntry[],
  signer: { profileId: string; keys: ApproverKeys },
  options: { orgId: string; step: number; stepCount: number; at: Date },
): Promise<Post> {
  const statement = approvalStatementFor(post, {
    orgId: options.orgId,
    step: options.step,
    stepCount: options.stepCount,
    signerProfileId: signer.profileId,
    keyId: signer.keys.keyId,
    now: options.at,
    auditHead: chainHead(audit),
  });
  const signature = await signApprovalV2(statement, signer.keys);
  audit.push(
    nextEntry(
      audit.at(-1),
      {
        actorId: signer.profileId,
        action: 'approve',
        postId: post.id,
        contentHash: post.workflow.contentHash,
        note: null,
      },
      options.at,
    ),
  );
  const approval = {
    step: options.step,
    profileId: signer.profileId,
    at: options.at.toISOString(),
    contentHash: post.workflow.contentHash,
    signature,
  };
  return { ...post, workflow: { ...post.workflow, approvals: [...post.workflow.approvals, approval] } };
}

export function submit(post: Post, audit: AuditEntry[], at: Date): void {
  audit.push(
    nextEntry(
      audit.at(-1),
      {
        actorId: EDITOR,
        action: 'submit',
        postId: post.id,
        contentHash: post.workflow.contentHash,
        note: null,
      },
      at,
    ),
  );
}

function profile(id: string, name: string, roles: Role[], keys: ApproverKeys | null): PublicProfile {
  return {
    id,
    name,
    initials: name
      .split(' ')
      .map((part) => part.charAt(0))
      .join(''),
    roles,
    publicKey: keys === null ? null : publicKeyInfoOf(keys),
    createdAt: SET_UP.toISOString(),
  };
}

export const SERVICE_TEXT =
  'Das Bürgeramt Mitte hat am Samstag von 9 bis 13 Uhr geöffnet. Termine gibt es online.';

/** The posts before approval: the service post with the photo, the crisis post, the draft. */
export function unapprovedPosts(): { service: Post; crisis: Post; draft: Post } {
  const service = rehashed(
    servicePost({
      status: 'approved',
      variants: variantsFor(['linkedin', 'facebook'], SERVICE_TEXT, [PHOTO_SHA]),
      media: [{ mediaId: PHOTO_SHA, altText: 'Das Team des Bürgeramts am Schalter' }],
    }),
  );
  const crisisText = 'Die Wasserversorgung in Moabit ist unterbrochen. Ausgabestellen: berlin.de/wasser';
  const crisis = rehashed(
    crisisPost({
      status: 'approved',
      text: crisisText,
      variants: variantsFor(['x'], crisisText),
      scheduledAt: '2026-12-02T09:00:00+01:00',
      scheduledAtUtc: '2026-12-02T08:00:00.000Z',
    }),
  );
  const draft = servicePost({
    id: DRAFT_ID,
    title: 'Weihnachtsmarkt',
    scheduledAt: '2026-12-04T11:00:00+01:00',
    scheduledAtUtc: '2026-12-04T10:00:00.000Z',
  });
  return { service, crisis, draft };
}

/** The workspace file around posts, audit and roster. */
export function workspaceOf(desk: Desk, posts: Post[], audit: AuditEntry[]): WorkspaceJson {
  const base = workspaceFile(posts);
  const [photo] = base.media;
  if (photo === undefined) throw new Error('the base workspace has no photo');
  return {
    ...base,
    media: [{ ...photo, id: PHOTO_SHA, byteLength: PHOTO_BYTES.length }],
    profiles: [
      profile(EDITOR, 'Rita Redaktion', ['editor'], null),
      profile(PAULA, 'Paula Prüfer', ['approver'], desk.keys[PAULA]),
      profile(ANNA, 'Anna Amsel', ['approver'], desk.keys[ANNA]),
      profile(EDDI, 'Eddi Editor', ['editor'], desk.keys[EDDI]),
    ],
    audit,
    roster: { root: publicKeyInfoOf(desk.root), entries: [...desk.entries] },
    mediaFiles: [{ id: PHOTO_SHA, base64: bytesToBase64(PHOTO_BYTES) }],
  };
}

/** The genuine file: both approved posts approved as the desk approves them. */
export async function genuineWorkspace(desk: Desk): Promise<WorkspaceJson> {
  const orgId = desk.root.keyId;
  const { service, crisis, draft } = unapprovedPosts();
  const audit: AuditEntry[] = [];
  submit(service, audit, minutes(APPROVED_AT, -30));
  const approvedService = await approve(
    service,
    audit,
    { profileId: PAULA, keys: desk.keys[PAULA] },
    {
      orgId,
      step: 0,
      stepCount: 1,
      at: APPROVED_AT,
    },
  );
  submit(crisis, audit, minutes(APPROVED_AT, 1));
  let approvedCrisis = await approve(
    crisis,
    audit,
    { profileId: PAULA, keys: desk.keys[PAULA] },
    {
      orgId,
      step: 0,
      stepCount: 2,
      at: minutes(APPROVED_AT, 2),
    },
  );
  approvedCrisis = await approve(
    approvedCrisis,
    audit,
    { profileId: ANNA, keys: desk.keys[ANNA] },
    {
      orgId,
      step: 1,
      stepCount: 2,
      at: minutes(APPROVED_AT, 3),
    },
  );
  return workspaceOf(desk, [approvedService, approvedCrisis, draft], audit);
}

/** The audit trail re-hashed from scratch (entries' content kept, tombstones as they are not). */
export function rebuiltAudit(
  entries: readonly AuditEntry[],
  change: (entry: AuditEntry) => AuditEntry = (e) => e,
) {
  const rebuilt: AuditEntry[] = [];
  for (const entry of entries.map(change)) {
    rebuilt.push(
      nextEntry(
        rebuilt.at(-1),
        {
          actorId: entry.actorId,
          action: entry.action,
          postId: entry.postId,
          contentHash: entry.contentHash,
          note: entry.note,
        },
        new Date(entry.at),
      ),
    );
  }
  return rebuilt;
}

export { toTombstone };
