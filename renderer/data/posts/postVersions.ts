/**
 * The one way a post's content is stored: the content hash is recomputed, a change of the published content moves
 * the workflow (approvals are voided, an approved post goes back to review) and is recorded in the audit trail.
 * Every repository that writes posts goes through here, inside its own transaction, which must include
 * `POST_WRITE_TABLES`.
 */
import { contentHash } from '../../../shared/approval/contentHash';
import type { Post, PostStatus } from '../../../shared/model/post';
import { newPostWorkflow } from '../../../shared/model/postWorkflow';
import { transition, type WorkflowContext } from '../../../shared/workflow/machine';
import { ORGANISATION_DEFAULT_POLICY } from '../../../shared/workflow/policy';
import { withWorkflowState, workflowStateOf } from '../../../shared/workflow/postState';
import { appendAudit, auditInputsOf } from '../workflow/auditLog';
import { db } from '../store/db';
import { DataError } from '../store/dataErrors';

/** Published or archived posts are a record of what went out: their content is never changed. */
export const LOCKED_STATUSES: readonly PostStatus[] = ['published', 'archived'];

export function isLocked(post: Pick<Post, 'status'>): boolean {
  return LOCKED_STATUSES.includes(post.status);
}

/** The tables a transaction that writes posts must include. */
export function postWriteTables() {
  return [db.posts, db.audit] as const;
}

/** A content change needs no role: whoever may open the composer may edit, and becomes the last editor. */
function editContext(actorId: string, now: Date): WorkflowContext {
  return {
    now: now.toISOString(),
    actor: { id: actorId, name: '', initials: '', roles: [] },
    policy: ORGANISATION_DEFAULT_POLICY,
    gateOpen: true,
    crisisMode: false,
    crisisPost: false,
    holdReviewAfterHours: 0,
  };
}

/** A new post with its workflow: hash of its content, revision 1, written by `actorId`. */
export function withNewWorkflow(post: Post, actorId: string): Post {
  const fresh: Post = { ...post, workflow: newPostWorkflow(actorId, '') };
  fresh.workflow.contentHash = contentHash(fresh);
  return fresh;
}

/** Adds new posts (inside the caller's transaction). */
export async function addNewPosts(posts: readonly Post[], actorId: string): Promise<Post[]> {
  const stored = posts.map((post) => withNewWorkflow(post, actorId));
  await db.posts.bulkAdd(stored);
  return stored;
}

/**
 * The version of `before` with the fields of `after` (its workflow and status are taken from `before`: only
 * workflow actions change those). Throws `errors.postLocked` when the published content of a published or
 * archived post would change; their internal fields (notes, campaign, series link, checks) may still change.
 */
export function nextVersion(before: Post, after: Post, actorId: string, now: Date) {
  const candidate: Post = { ...after, status: before.status, workflow: before.workflow };
  const hash = contentHash(candidate);
  if (hash === before.workflow.contentHash) return { post: candidate, events: [] };
  if (isLocked(before)) throw new DataError('errors.postLocked');
  const result = transition(
    workflowStateOf(candidate),
    { type: 'contentChanged', contentHash: hash },
    editContext(actorId, now),
  );
  if (!result.ok) throw new DataError('errors.postLocked');
  const post = withWorkflowState(candidate, result.state);
  // Edits of a plain draft are not workflow events; everything after the first submission is.
  const audited = before.status !== 'draft' || result.events.length > 1;
  return { post, events: audited ? result.events : [] };
}

/** Stores a changed version of a post (inside the caller's transaction) and audits what the change did. */
export async function putEditedPost(before: Post, after: Post, actorId: string, now: Date): Promise<Post> {
  const { post, events } = nextVersion(before, after, actorId, now);
  await db.posts.put(post);
  if (events.length > 0) await appendAudit(auditInputsOf(events, post.id), now);
  return post;
}
