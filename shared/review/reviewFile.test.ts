import { sha256 } from '@noble/hashes/sha2.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateApproverKeys, type ApproverKeys } from '../approval/signature';
import { contentHash } from '../approval/contentHash';
import { toHex } from '../approval/webCrypto';
import type { MediaMeta } from '../model/media';
import type { Post } from '../model/post';
import type { PublicProfile } from '../model/profile';
import { ORGANISATION_DEFAULT_POLICY } from '../workflow/policy';
import type { Role } from '../workflow/roles';
import { EMPTY_CHAIN_HEAD } from '../audit/anchors';
import { createGenesis, createGrant, publicKeyInfoOf } from '../trust/roster';
import type { RosterEntry } from '../trust/rosterTypes';
import { verifyRoster, type VerifiedRoster } from '../trust/verifyRoster';
import {
  buildReviewDecision,
  buildReviewRequest,
  checkDecision,
  fromBase64,
  parseReviewFile,
  reviewRequestId,
  toBase64,
  type CheckDecisionContext,
  type ReviewDecision,
  type ReviewRequest,
} from './reviewFile';
import { workflowPost } from './testPosts';

const BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
const MEDIA_ID = toHex(sha256(BYTES));
const NOW = '2026-11-25T15:00:00.000Z';
const policies = { default: ORGANISATION_DEFAULT_POLICY, byCategory: {} };

const meta: MediaMeta = {
  id: MEDIA_ID,
  kind: 'image',
  mimeType: 'image/png',
  byteLength: BYTES.length,
  width: 1,
  height: 1,
  durationSeconds: null,
  fileName: 'rathaus.png',
  hasSubtitles: false,
  showsPeople: false,
  consentIds: [],
  createdAt: NOW,
};

const editor: PublicProfile = {
  id: 'redaktion-1',
  name: 'Jörg Weiß',
  initials: 'JW',
  roles: ['editor'],
  publicKey: null,
  createdAt: NOW,
};

let keys: ApproverKeys;
let foreignKeys: ApproverKeys;
let approver: PublicProfile;
let post: Post;
let request: ReviewRequest;
let rootKeys: ApproverKeys;
let genesis: RosterEntry;
/** The desk's roster: the approver's key certified for `approver` since before the decision. */
let roster: VerifiedRoster;

/** A roster of this organisation with the approver's key certified for `roles` (none: not certified at all). */
async function rosterWith(roles: Role[] | null): Promise<VerifiedRoster> {
  const entries = [genesis];
  if (roles !== null) {
    const key = { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk };
    const input = { orgId: rootKeys.keyId, profileId: 'freigabe-1', name: 'Anna Müller', roles, key };
    entries.push(
      await createGrant(rootKeys, { ...input, validFrom: '2026-11-01T00:00:00.000Z' }, new Date(NOW)),
    );
  }
  return verifyRoster(entries, publicKeyInfoOf(rootKeys));
}

function profileWith(k: ApproverKeys, roles: PublicProfile['roles'] = ['approver']): PublicProfile {
  const publicKey = { algorithm: k.algorithm, keyId: k.keyId, publicKeyJwk: k.publicKeyJwk };
  return { id: 'freigabe-1', name: 'Anna Müller', initials: 'AM', roles, publicKey, createdAt: NOW };
}

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

function decide(
  decisions: Parameters<typeof buildReviewDecision>[0]['decisions'],
  by = approver,
  k = keys,
): Promise<ReviewDecision> {
  return buildReviewDecision({
    request,
    by,
    keys: k,
    createdAt: NOW,
    decisions,
    orgId: rootKeys.keyId,
    auditHead: EMPTY_CHAIN_HEAD,
  });
}

beforeAll(async () => {
  keys = await generateApproverKeys();
  foreignKeys = await generateApproverKeys();
  rootKeys = await generateApproverKeys();
  genesis = await createGenesis(rootKeys, 'Bezirksamt Mitte', new Date('2026-11-01T00:00:00.000Z'));
  roster = await rosterWith(['approver']);
  approver = profileWith(keys);
  post = workflowPost({
    status: 'in_review',
    media: [{ mediaId: MEDIA_ID, altText: 'Das Rathaus im Schnee' }],
    workflow: { requestedAt: NOW },
  });
  request = buildReviewRequest({
    createdAt: NOW,
    from: { ...editor, pin: { salt: 'x', iterations: 1, hash: 'y' } } as PublicProfile,
    organisationName: 'Bezirksamt Mitte',
    posts: [post],
    media: [{ meta, bytes: BYTES }],
    profiles: [editor, approver],
    policies,
  });
});

describe('review request', () => {
  it('survives a round trip through JSON and carries no PIN hash', () => {
    const parsed = parseReviewFile(roundTrip(request));
    expect(parsed).toEqual({ ok: true, file: request });
    expect(JSON.stringify(request)).not.toContain('"pin"');
    expect(fromBase64(request.mediaFiles[0]?.base64 ?? '')).toEqual(BYTES);
  });

  it('encodes standard base64 with padding', () => {
    expect(toBase64(Uint8Array.of(0xfb, 0xff))).toBe('+/8=');
    expect(fromBase64('+/8=')).toEqual(Uint8Array.of(0xfb, 0xff));
    expect(fromBase64('+/8')).toBeNull();
    expect(fromBase64('-_8=')).toBeNull();
  });

  const broken: [string, (file: Record<string, unknown> & ReviewRequest) => void, string, RegExp][] = [
    ['another format', (f) => Object.assign(f, { format: 'civic-desk-workspace' }), 'format', /review file/],
    ['a newer version', (f) => Object.assign(f, { version: 2 }), 'version', /update/],
    ['an unknown kind', (f) => Object.assign(f, { kind: 'answer' }), 'kind', /kind/],
    ['an unknown field', (f) => Object.assign(f, { extra: 1 }), 'extra', /unknown field/],
    [
      'changed bytes',
      (f) => Object.assign(f.mediaFiles[0] ?? {}, { base64: toBase64(Uint8Array.of(...BYTES, 0)) }),
      'mediaFiles[0].id',
      /SHA-256/,
    ],
    [
      'bad base64',
      (f) => Object.assign(f.mediaFiles[0] ?? {}, { base64: 'a$==' }),
      'mediaFiles[0].base64',
      /base64/,
    ],
    ['missing media', (f) => Object.assign(f, { mediaFiles: [] }), 'posts[0].media[0].mediaId', /media/],
    [
      'a huge note',
      (f) => Object.assign(f.posts[0] ?? {}, { notes: 'x'.repeat(100_001) }),
      'posts[0].notes',
      /100000/,
    ],
    ['a wrong status', (f) => Object.assign(f.posts[0] ?? {}, { status: 'done' }), 'posts[0].status', /./],
    [
      'a missing workflow',
      (f) => Object.assign(f.posts[0] ?? {}, { workflow: undefined }),
      'posts[0].workflow',
      /./,
    ],
    [
      'two different instants',
      (f) => Object.assign(f.posts[0] ?? {}, { scheduledAtUtc: '2026-12-03T10:00:00.000Z' }),
      'posts[0].scheduledAtUtc',
      /same instant/,
    ],
    [
      'too many posts',
      (f) => Object.assign(f, { posts: Array.from({ length: 501 }, () => f.posts[0]) }),
      'posts',
      /./,
    ],
  ];

  it.each(broken)('names the problem with %s and its path', (_name, change, path, message) => {
    const file = roundTrip(request) as Record<string, unknown> & ReviewRequest;
    change(file);
    const result = parseReviewFile(file);
    expect(result).toMatchObject({ ok: false, path });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses to build over the caps', () => {
    const input = { createdAt: NOW, from: editor, organisationName: 'X', media: [], profiles: [], policies };
    expect(() => buildReviewRequest({ ...input, posts: [] })).toThrow('review.build.noPosts');
    expect(() => buildReviewRequest({ ...input, posts: [post] })).toThrow('review.build.missingMedia');
    const big = { meta, bytes: new Uint8Array(50 * 1024 * 1024 + 1) };
    expect(() => buildReviewRequest({ ...input, posts: [post], media: [big] })).toThrow(
      'review.build.mediaTooLarge',
    );
  });
});

describe('review decision', () => {
  const context = (): CheckDecisionContext => ({
    currentPost: post,
    roster,
    policy: ORGANISATION_DEFAULT_POLICY,
  });

  it('round-trips and is accepted with its signed approval', async () => {
    const decision = await decide([{ post, decision: 'approve', note: 'Passt.', step: 0 }]);
    expect(decision.requestId).toBe(reviewRequestId(request));
    const parsed = parseReviewFile(roundTrip(decision));
    expect(parsed).toEqual({ ok: true, file: decision });
    const entry = decision.decisions[0];
    if (entry === undefined) throw new Error('no entry');
    const result = await checkDecision(decision, entry, context());
    expect(result).toMatchObject({
      ok: true,
      decision: 'approve',
      approval: { step: 0, profileId: 'freigabe-1', at: NOW, contentHash: post.workflow.contentHash },
    });
  });

  it('accepts a signed request for changes', async () => {
    const decision = await decide([{ post, decision: 'requestChanges', note: 'Bitte Uhrzeit prüfen.' }]);
    const entry = decision.decisions[0];
    if (entry === undefined) throw new Error('no entry');
    expect(await checkDecision(decision, entry, context())).toEqual({
      ok: true,
      decision: 'requestChanges',
      note: 'Bitte Uhrzeit prüfen.',
      approval: null,
    });
  });

  async function refusal(
    change: (decision: ReviewDecision) => void,
    ctx: Partial<CheckDecisionContext> = {},
    by = approver,
    k = keys,
  ): Promise<string> {
    const decision = await decide([{ post, decision: 'approve', note: 'Passt.', step: 0 }], by, k);
    const altered = roundTrip(decision) as ReviewDecision;
    change(altered);
    const parsed = parseReviewFile(altered);
    if (!parsed.ok || parsed.file.kind !== 'decision')
      return `unparsable: ${parsed.ok ? 'kind' : parsed.path}`;
    const entry = parsed.file.decisions[0];
    if (entry === undefined) throw new Error('no entry');
    const result = await checkDecision(parsed.file, entry, { ...context(), ...ctx });
    return result.ok ? 'accepted' : result.reason;
  }

  const entryOf = (d: ReviewDecision) => {
    const entry = d.decisions[0];
    if (entry === undefined) throw new Error('no entry');
    return entry;
  };

  it('refuses a forged note, content hash, time or revision', async () => {
    expect(await refusal((d) => (entryOf(d).note = 'Freigegeben ohne Prüfung'))).toBe('badSignature');
    expect(await refusal((d) => (entryOf(d).contentHash = 'f'.repeat(64)))).toBe('badSignature');
    expect(
      await refusal((d) => Object.assign(entryOf(d).approval ?? {}, { at: '2026-11-26T15:00:00.000Z' })),
    ).toBe('badSignature');
    expect(await refusal((d) => (d.requestId = '0'.repeat(64)))).toBe('badSignature');
    expect(await refusal((d) => (entryOf(d).decision = 'requestChanges'))).toBe(
      'unparsable: decisions[0].approval',
    );
  });

  it('refuses an approval signature taken from another post', async () => {
    const other = await decide([{ post: { ...post, id: 'other' }, decision: 'approve', note: 'x', step: 0 }]);
    const stolen = entryOf(other).approval;
    expect(await refusal((d) => (entryOf(d).approval = stolen))).toBe('badSignature');
  });

  it('refuses a key the roster does not certify: an invented approver with a fresh key has no effect', async () => {
    const invented = profileWith(foreignKeys, ['approver', 'admin']);
    expect(await refusal(() => undefined, {}, invented, foreignKeys)).toBe('notCertified');
    expect(await refusal(() => undefined, {}, approver, foreignKeys)).toBe('keyMismatch');
    expect(await refusal(() => undefined, { roster: await rosterWith(null) })).toBe('notCertified');
    expect(await refusal(() => undefined, { roster: null })).toBe('noRoot');
  });

  it('never takes the roles from the file: an editor-only key stays without effect', async () => {
    const editorOnly = await rosterWith(['editor']);
    expect(
      await refusal(() => undefined, { roster: editorOnly }, profileWith(keys, ['approver', 'admin'])),
    ).toBe('notCertified');
  });

  it('refuses a decision for a post that has changed since, or is unknown', async () => {
    const edited = { ...post, text: 'Neu', variants: post.variants.map((v) => ({ ...v, text: 'Neu' })) };
    const changed: Post = {
      ...edited,
      workflow: { ...post.workflow, revision: 2, contentHash: contentHash(edited) },
    };
    expect(await refusal(() => undefined, { currentPost: changed })).toBe('contentChanged');
    expect(await refusal(() => undefined, { currentPost: null })).toBe('unknownPost');
    expect(await refusal(() => undefined, { currentPost: { ...post, status: 'approved' } })).toBe(
      'notInReview',
    );
  });

  it('keeps four eyes and the policy', async () => {
    expect(await refusal(() => undefined, { currentPost: { ...post, createdBy: 'freigabe-1' } })).toBe(
      'fourEyes',
    );
    const decision = await decide([{ post, decision: 'approve', note: '', step: 1 }]);
    expect(await checkDecision(decision, entryOf(decision), context())).toEqual({
      ok: false,
      reason: 'wrongStep',
    });
  });
});
