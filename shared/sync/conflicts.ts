/**
 * Conflicts of REVISED post documents: two people edited the same post offline, CouchDB picked one revision as the
 * winner and kept the other as a conflict. Nothing is lost: `describeConflict` says per network and field what
 * differs (with the review diff of shared/review for the published content), and `resolveConflict` builds the
 * post the person chose: one version, the other, or per network.
 *
 * Approvals stay bound to the content they signed: the merged post keeps an approval only when its content hash is
 * the hash that approval names; any other merge moves the workflow as an edit does (approvals voided, an approved
 * post back to review, the revision one past both versions, the person who merged as the last editor).
 */
import { contentHash, publishedContent } from '../approval/contentHash';
import { canonicalJson } from '../approval/webCrypto';
import { CHANNELS, type Channel } from '../model/channels';
import type { Post, PostStatus } from '../model/post';
import type { MediaAttachment, Variant } from '../model/variant';
import { reviewDiff, type ReviewDiff, type ReviewDiffOptions } from '../review/diff';
import { transition, type Approval, type AuditEvent } from '../workflow/machine';
import { ORGANISATION_DEFAULT_POLICY } from '../workflow/policy';
import { withWorkflowState, workflowStateOf } from '../workflow/postState';

/** Fields of a post outside its variants that two versions may disagree on. */
export const CONFLICT_FIELDS = [
  'title',
  'text',
  'variantsLinked',
  'media',
  'scheduledAt',
  'campaignId',
  'category',
  'series',
  'template',
  'checks',
  'notes',
  'status',
] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export interface PostConflict {
  /** The side-by-side review diff: the winner on the left, the conflicting version on the right. */
  diff: ReviewDiff;
  /** Networks whose variant differs (changed, or present in one version only), in the fixed network order. */
  networks: Channel[];
  /** Other fields that differ. */
  fields: ConflictField[];
  /** Whether the published content differs (otherwise only internal fields do). */
  contentDiffers: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function variantOf(post: Post, channel: Channel): Variant | undefined {
  return post.variants.find((variant) => variant.channel === channel);
}

function usedChannels(a: Post, b: Post): Channel[] {
  return CHANNELS.filter((channel) => a.channels.includes(channel) || b.channels.includes(channel));
}

/** What differs between the winning revision and one conflicting revision of a post. */
export function describeConflict(winner: Post, loser: Post, options: ReviewDiffOptions = {}): PostConflict {
  const diff = reviewDiff(
    { title: winner.title, content: publishedContent(winner) },
    { title: loser.title, content: publishedContent(loser) },
    options,
  );
  const networks = usedChannels(winner, loser).filter(
    (channel) => !same(variantOf(winner, channel), variantOf(loser, channel)),
  );
  const fields = CONFLICT_FIELDS.filter((field) => !same(winner[field], loser[field]));
  return { diff, networks, fields, contentDiffers: contentHash(winner) !== contentHash(loser) };
}

/** Every conflicting revision against the winner, in the order given. */
export function describeConflicts(
  winner: Post,
  losers: readonly Post[],
  options: ReviewDiffOptions = {},
): PostConflict[] {
  return losers.map((loser) => describeConflict(winner, loser, options));
}

export type Side = 'mine' | 'theirs';
export type ConflictChoice =
  | { kind: 'keep-mine' }
  | { kind: 'keep-theirs' }
  /** Each network's variant from one side; everything else (title, schedule, notes, …) from mine. */
  | { kind: 'per-network'; networks: Partial<Record<Channel, Side>> };

export interface ResolveContext {
  /** The profile id of the person resolving: the last editor when the merge is new content. */
  actorId: string;
  now: Date;
}

export type ResolveFailure =
  /** The two versions are not of the same post. */
  | { reason: 'differentPosts' }
  /** A per-network choice leaves out a network one of the versions has. */
  | { reason: 'missingChoice'; channel: Channel }
  /** A published or archived version is a record of what went out: its content cannot be replaced. */
  | { reason: 'locked'; side: Side };

export type ResolveResult =
  | {
      ok: true;
      post: Post;
      /** Whether the merged content is one an approval already signed (those approvals are kept). */
      approvalsKept: boolean;
      /** The workflow events of the merge (approvals voided, back to review) for the audit trail. */
      events: AuditEvent[];
    }
  | ({ ok: false } & ResolveFailure);

/** Published or archived posts are a record of what went out (renderer/data/posts/postVersions.ts). */
const LOCKED: readonly PostStatus[] = ['published', 'archived'];

/** Mine with the chosen side's variant per network; media of theirs that a chosen variant shows are added. */
function perNetwork(
  mine: Post,
  theirs: Post,
  networks: Partial<Record<Channel, Side>>,
): Post | { reason: 'missingChoice'; channel: Channel } {
  const variants: Variant[] = [];
  for (const channel of usedChannels(mine, theirs)) {
    const side = networks[channel];
    if (side === undefined) return { reason: 'missingChoice', channel };
    const variant = variantOf(side === 'mine' ? mine : theirs, channel);
    if (variant !== undefined) variants.push({ ...variant, mediaIds: [...variant.mediaIds] });
  }
  const media: MediaAttachment[] = mine.media.map((item) => ({ ...item }));
  for (const id of variants.flatMap((variant) => variant.mediaIds)) {
    const theirsItem = theirs.media.find((item) => item.mediaId === id);
    if (theirsItem !== undefined && !media.some((item) => item.mediaId === id)) media.push({ ...theirsItem });
  }
  return {
    ...mine,
    channels: variants.map((variant) => variant.channel),
    variants,
    media,
    variantsLinked: mine.variantsLinked && variants.every((variant) => variant.text === mine.text),
  };
}

/** Approvals of either version bound to `hash`, each once. */
function approvalsFor(hash: string, versions: readonly Post[]): Approval[] {
  const kept: Approval[] = [];
  for (const approval of versions.flatMap((post) => post.workflow.approvals)) {
    if (approval.contentHash !== hash) continue;
    if (!kept.some((other) => same(other, approval))) kept.push(approval);
  }
  return kept;
}

/**
 * The post the person chose from their version (`mine`, the one this desk wrote) and the other (`theirs`), as the
 * new revision to store over the winner (the conflicting revisions are then deleted: the engine's part).
 * The merged post's `updatedAt` is `now`; its workflow is the chosen version's when the merged content is that
 * version's, else an edit's (see the module comment).
 */
export function resolveConflict(
  mine: Post,
  theirs: Post,
  choice: ConflictChoice,
  context: ResolveContext,
): ResolveResult {
  if (mine.id !== theirs.id) return { ok: false, reason: 'differentPosts' };
  let merged: Post;
  if (choice.kind === 'keep-mine') merged = mine;
  else if (choice.kind === 'keep-theirs') merged = theirs;
  else {
    const built = perNetwork(mine, theirs, choice.networks);
    if ('reason' in built) return { ok: false, ...built };
    merged = built;
  }
  const hash = contentHash(merged);
  for (const [side, version] of [
    ['mine', mine],
    ['theirs', theirs],
  ] as const) {
    if (LOCKED.includes(version.status) && contentHash(version) !== hash)
      return { ok: false, reason: 'locked', side };
  }
  const updatedAt = context.now.toISOString();
  const source = [merged, mine, theirs].find((version) => version.workflow.contentHash === hash);
  if (source !== undefined) {
    const approvals = approvalsFor(hash, [mine, theirs]);
    const post: Post = {
      ...merged,
      status: source.status,
      workflow: { ...source.workflow, approvals },
      updatedAt,
    };
    return { ok: true, post, approvalsKept: approvals.length > 0, events: [] };
  }
  return newContent(merged, mine, theirs, hash, context);
}

/** A merge whose content neither version had: an edit by the person who merged, one revision past both. */
function newContent(
  merged: Post,
  mine: Post,
  theirs: Post,
  hash: string,
  context: ResolveContext,
): ResolveResult {
  const base = theirs.workflow.revision > mine.workflow.revision ? theirs : mine;
  const candidate: Post = { ...merged, status: base.status, workflow: base.workflow };
  const result = transition(
    workflowStateOf(candidate),
    { type: 'contentChanged', contentHash: hash },
    {
      now: context.now.toISOString(),
      actor: { id: context.actorId, name: '', initials: '', roles: [] },
      policy: ORGANISATION_DEFAULT_POLICY,
      gateOpen: true,
      crisisMode: false,
      crisisPost: false,
      holdReviewAfterHours: 0,
    },
  );
  if (!result.ok) return { ok: false, reason: 'locked', side: base === mine ? 'mine' : 'theirs' };
  const edited = withWorkflowState(candidate, result.state);
  const revision = Math.max(mine.workflow.revision, theirs.workflow.revision) + 1;
  const post: Post = {
    ...edited,
    workflow: { ...edited.workflow, revision },
    updatedAt: context.now.toISOString(),
  };
  return { ok: true, post, approvalsKept: false, events: result.events };
}
