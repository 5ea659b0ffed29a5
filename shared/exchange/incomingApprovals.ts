/**
 * The door of restore and merge (issue 13): every post a workspace file brings in with an approved status is
 * verified like any approval (shared/trust/deriveApproval.ts) against the desk's OWN trusted root, never a key the
 * file carries; the roster is the desk's entries with the file's added (entries are signed and immutable, so the
 * union is safe: what does not verify against the root is ignored). A post whose approval does not hold comes in
 * "in review" (its approvals are kept for the record and count nothing); a held post whose hold would return it
 * to an approved status returns to review instead. Pure: the renderer reads and writes the tables.
 */
import { buildAuditIndex } from '../audit/anchors';
import { canonicalJson } from '../approval/webCrypto';
import type { Post, PostStatus } from '../model/post';
import type { PublicKeyInfo } from '../model/profile';
import { APPROVED_STATUSES, deriveApproval } from '../trust/deriveApproval';
import type { ApprovalProblem } from '../trust/problems';
import { verifyRoster, type VerifiedRoster } from '../trust/verifyRoster';
import type { ApprovalPolicies } from '../workflow/policy';
import type { Workspace } from './workspace';

/** Why a post came in "in review": the verdict's problems, or `noRoot` when the desk has no trusted root. */
export interface Downgrade {
  postId: string;
  title: string;
  /** The stored status the file claimed (for a held post: the status the hold would return to). */
  claimed: PostStatus;
  problems: ApprovalProblem[];
  /** The desk has no organisation root yet: no approval can be confirmed. */
  noRoot: boolean;
}

export interface IncomingCheck {
  /** Posts whose approval holds, by id: their canonical JSON exactly as verified. */
  verified: ReadonlyMap<string, string>;
  downgrades: Downgrade[];
}

function claimedStatus(post: Post): PostStatus | null {
  if (APPROVED_STATUSES.includes(post.status)) return post.status;
  const from = post.workflow.hold?.fromStatus;
  return post.status === 'on_hold' && from !== undefined && APPROVED_STATUSES.includes(from) ? from : null;
}

/** Posts of `target` that are not exactly the desk's own (`mine`): the ones the file brings in. */
function incomingPosts(target: Workspace, mine: Workspace): Post[] {
  const own = new Map(mine.posts.map((post) => [post.id, canonicalJson(post)]));
  return target.posts.filter((post) => own.get(post.id) !== canonicalJson(post));
}

/** The roster the desk would hold after the import: its own entries plus the file's, verified against `root`. */
export function incomingRoster(
  target: Workspace,
  mine: Workspace,
  root: PublicKeyInfo,
): Promise<VerifiedRoster> {
  const entries = new Map((mine.roster?.entries ?? []).map((entry) => [entry.id, entry]));
  for (const entry of target.roster?.entries ?? []) if (!entries.has(entry.id)) entries.set(entry.id, entry);
  return verifyRoster([...entries.values()], root);
}

/**
 * Checks the approval of every post the import brings in with an approved (or approved-then-held) status.
 * `root`: the desk's trusted root (null: none yet, so nothing can be confirmed); `defaultPolicies`: the desk's own
 * organisation default (the file's settings are not trusted for it).
 */
export async function checkIncomingApprovals(
  target: Workspace,
  mine: Workspace,
  root: PublicKeyInfo | null,
  defaultPolicies: ApprovalPolicies,
): Promise<IncomingCheck> {
  const verified = new Map<string, string>();
  const downgrades: Downgrade[] = [];
  const roster = root === null ? null : await incomingRoster(target, mine, root);
  const audit = buildAuditIndex(target.audit);
  for (const post of incomingPosts(target, mine)) {
    const claimed = claimedStatus(post);
    if (claimed === null) continue;
    const base = { postId: post.id, title: post.title, claimed };
    if (roster === null) {
      downgrades.push({ ...base, problems: [], noRoot: true });
      continue;
    }
    const verdict = await deriveApproval({ ...post, status: claimed }, { roster, audit, defaultPolicies });
    if (verdict.approved) verified.set(post.id, canonicalJson(post));
    else downgrades.push({ ...base, problems: verdict.problems, noRoot: false });
  }
  return { verified, downgrades };
}

/** The post as it comes in when its approval does not hold: in review, approvals kept (they count nothing). */
export function downgradedPost(post: Post): Post {
  if (post.status === 'on_hold' && post.workflow.hold !== null) {
    return {
      ...post,
      workflow: { ...post.workflow, hold: { ...post.workflow.hold, fromStatus: 'in_review' } },
    };
  }
  return { ...post, status: 'in_review' };
}

/**
 * `target` with every incoming post that claims approval but was not verified exactly as it is now downgraded
 * (fail-safe: a post that changed between the check and the write is downgraded too). Returns the ids changed.
 */
export function withVerifiedApprovals(
  target: Workspace,
  mine: Workspace,
  verified: ReadonlyMap<string, string>,
): { workspace: Workspace; downgradedIds: string[] } {
  const incoming = new Set(incomingPosts(target, mine).map((post) => post.id));
  const downgradedIds: string[] = [];
  const posts = target.posts.map((post) => {
    if (!incoming.has(post.id) || claimedStatus(post) === null) return post;
    if (verified.get(post.id) === canonicalJson(post)) return post;
    downgradedIds.push(post.id);
    return downgradedPost(post);
  });
  return { workspace: { ...target, posts }, downgradedIds };
}
