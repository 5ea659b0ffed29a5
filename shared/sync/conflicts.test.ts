import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../approval/contentHash';
import { PHOTO_ID } from '../exchange/testFixtures';
import { postSchema } from '../exchange/workspace';
import type { Channel } from '../model/channels';
import type { Post } from '../model/post';
import { approve, makeOrg, reviewPost } from '../trust/testFixtures';
import {
  describeConflict,
  describeConflicts,
  resolveConflict,
  type ConflictChoice,
  type Side,
} from './conflicts';
import { fromDocument, toDocument } from './documents';

const NOW = new Date('2026-12-08T01:00:00.000Z');
const MERGER = { actorId: 'redaktion-2', now: NOW };

/** The post changed as the desk stores an edit: new content hash, next revision. */
function edited(post: Post, change: (post: Post) => Partial<Post>): Post {
  const next: Post = { ...post, ...change(post) };
  return {
    ...next,
    workflow: { ...post.workflow, contentHash: contentHash(next), revision: post.workflow.revision + 1 },
  };
}

function withVariantText(channel: Channel, text: string) {
  return (post: Post): Partial<Post> => ({
    variantsLinked: false,
    variants: post.variants.map((variant) => (variant.channel === channel ? { ...variant, text } : variant)),
  });
}

let base: Post;
let mine: Post;
let theirsApproved: Post;

beforeAll(async () => {
  const org = await makeOrg();
  const review = reviewPost();
  base = review.post;
  // I change the Facebook text offline; meanwhile the approver approves the unchanged version on another desk.
  mine = edited(base, withVariantText('facebook', 'Samstag geöffnet – jetzt Termin buchen!'));
  const approved = await approve(org, review, org.approverA);
  theirsApproved = { ...approved.post, status: 'approved', notes: 'Freigegeben am Telefon' };
});

describe('describeConflict', () => {
  it('names the networks and fields that differ, with the review diff', () => {
    const theirs = edited(
      { ...base, notes: 'Bitte kürzer' },
      withVariantText('linkedin', 'Bürgeramt: Samstag offen.'),
    );
    const conflict = describeConflict(mine, theirs);
    expect(conflict.networks).toEqual(['linkedin', 'facebook']);
    expect(conflict.fields).toEqual(['notes']);
    expect(conflict.contentDiffers).toBe(true);
    expect(conflict.diff.changedSections).toEqual(['variant:linkedin', 'variant:facebook']);
  });

  it('sees only internal differences when the published content is the same', () => {
    const [conflict] = describeConflicts(base, [theirsApproved]);
    expect(conflict).toMatchObject({ networks: [], fields: ['notes', 'status'], contentDiffers: false });
    expect(conflict?.diff.changedSections).toEqual([]);
  });
});

describe('resolveConflict', () => {
  it('keep mine: my content and workflow, stamped now; the approval of the other content does not carry over', () => {
    const result = resolveConflict(mine, theirsApproved, { kind: 'keep-mine' }, MERGER);
    expect(result).toMatchObject({ ok: true, approvalsKept: false, events: [] });
    if (!result.ok) return;
    expect(result.post).toEqual({ ...mine, updatedAt: NOW.toISOString() });
  });

  it('keep theirs: the approved version stays approved, bound to the hash it signed', () => {
    const result = resolveConflict(mine, theirsApproved, { kind: 'keep-theirs' }, MERGER);
    expect(result.ok && result.approvalsKept).toBe(true);
    if (!result.ok) return;
    expect(result.post.status).toBe('approved');
    expect(result.post.workflow.approvals).toEqual(theirsApproved.workflow.approvals);
    expect(result.post.workflow.approvals[0]?.contentHash).toBe(contentHash(result.post));
  });

  it('per network: new content voids the approval, goes back to review, one revision past both', () => {
    const theirs = edited(theirsApproved, withVariantText('linkedin', 'Bürgeramt: Samstag offen.'));
    const choice: ConflictChoice = {
      kind: 'per-network',
      networks: { facebook: 'mine', linkedin: 'theirs' },
    };
    const result = resolveConflict(
      mine,
      { ...theirs, workflow: { ...theirs.workflow, revision: 5 } },
      choice,
      MERGER,
    );
    if (!result.ok) throw new Error(result.reason);
    const { post } = result;
    expect(post.variants.map((variant) => variant.text)).toEqual([
      'Bürgeramt: Samstag offen.',
      'Samstag geöffnet – jetzt Termin buchen!',
    ]);
    expect(post.variantsLinked).toBe(false);
    expect(post.status).toBe('in_review');
    expect(post.workflow).toMatchObject({ approvals: [], revision: 6, lastEditorId: 'redaktion-2' });
    expect(post.workflow.contentHash).toBe(contentHash(post));
    expect(result.approvalsKept).toBe(false);
    expect(result.events.map((event) => event.action)).toContain('approvalVoided');
    expect(postSchema.safeParse(post).success).toBe(true);
    expect(
      fromDocument(JSON.parse(JSON.stringify(toDocument('post', post, { author: 'redaktion-2', now: NOW }))))
        .ok,
    ).toBe(true);
  });

  it('per network that picks exactly the approved content keeps its approval', () => {
    const choice: ConflictChoice = {
      kind: 'per-network',
      networks: { facebook: 'theirs', linkedin: 'theirs' },
    };
    const result = resolveConflict({ ...mine, variantsLinked: true }, theirsApproved, choice, MERGER);
    expect(result.ok && result.approvalsKept).toBe(true);
    if (result.ok) expect(result.post.status).toBe('approved');
  });

  it('per network adds a network only one version has, with the media its variant shows, or drops it', () => {
    const theirs = edited(base, (post) => ({
      channels: ['facebook', 'instagram', 'linkedin'] as Channel[],
      media: [{ mediaId: PHOTO_ID, altText: 'Das Team des Bürgeramts' }],
      variants: [
        ...post.variants,
        { channel: 'instagram', format: 'feed', text: 'Samstag offen', mediaIds: [PHOTO_ID] },
      ],
    }));
    const take = (instagram: Side) =>
      resolveConflict(
        mine,
        theirs,
        { kind: 'per-network', networks: { facebook: 'mine', linkedin: 'mine', instagram } },
        MERGER,
      );
    const added = take('theirs');
    if (!added.ok) throw new Error(added.reason);
    expect(added.post.channels).toEqual(['linkedin', 'facebook', 'instagram']);
    expect(added.post.media).toEqual([{ mediaId: PHOTO_ID, altText: 'Das Team des Bürgeramts' }]);
    expect(postSchema.safeParse(added.post).success).toBe(true);
    const dropped = take('mine');
    expect(dropped.ok && dropped.post.channels).toEqual(['linkedin', 'facebook']);
  });

  it('refuses a per-network choice that leaves out a network', () => {
    expect(
      resolveConflict(mine, base, { kind: 'per-network', networks: { facebook: 'mine' } }, MERGER),
    ).toEqual({
      ok: false,
      reason: 'missingChoice',
      channel: 'linkedin',
    });
  });

  it('refuses to replace the content of a published version, and to merge two posts', () => {
    const published = { ...theirsApproved, status: 'published' as const };
    expect(resolveConflict(mine, published, { kind: 'keep-mine' }, MERGER)).toEqual({
      ok: false,
      reason: 'locked',
      side: 'theirs',
    });
    expect(resolveConflict(mine, published, { kind: 'keep-theirs' }, MERGER).ok).toBe(true);
    expect(resolveConflict(mine, { ...base, id: 'other' }, { kind: 'keep-mine' }, MERGER)).toEqual({
      ok: false,
      reason: 'differentPosts',
    });
  });

  it('whatever is chosen, every approval kept names the merged content hash, and the hash is the content’s', () => {
    const side = fc.constantFrom<Side>('mine', 'theirs');
    const choices: fc.Arbitrary<ConflictChoice> = fc.oneof(
      fc.constant<ConflictChoice>({ kind: 'keep-mine' }),
      fc.constant<ConflictChoice>({ kind: 'keep-theirs' }),
      fc
        .record({ linkedin: side, facebook: side })
        .map((networks) => ({ kind: 'per-network' as const, networks })),
    );
    fc.assert(
      fc.property(choices, fc.boolean(), (choice, theirsEdited) => {
        const theirs = theirsEdited
          ? edited(theirsApproved, withVariantText('linkedin', 'Neu'))
          : theirsApproved;
        const result = resolveConflict(mine, theirs, choice, MERGER);
        if (!result.ok) throw new Error(result.reason);
        const hash = contentHash(result.post);
        expect(result.post.workflow.contentHash).toBe(hash);
        for (const approval of result.post.workflow.approvals) expect(approval.contentHash).toBe(hash);
        expect(result.approvalsKept).toBe(result.post.workflow.approvals.length > 0);
      }),
    );
  });
});
