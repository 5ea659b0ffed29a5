/**
 * The bridge between a stored post and the pure state machine: the machine's view of a post, a post with a new
 * machine state, and the upgrade of posts written before the workflow existed.
 */
import { contentHash } from '../approval/contentHash';
import type { Post } from '../model/post';
import { newPostWorkflow } from '../model/postWorkflow';
import type { WorkflowState } from './machine';

export function workflowStateOf(post: Post): WorkflowState {
  const { workflow } = post;
  return {
    status: post.status,
    approvals: workflow.approvals,
    authorId: post.createdBy,
    lastEditorId: workflow.lastEditorId,
    contentHash: workflow.contentHash,
    requestedAt: workflow.requestedAt,
    scheduledAt: post.scheduledAt,
    hold: workflow.hold,
    publishedUrl: workflow.publishedUrl,
  };
}

/** The post with the machine's next state; the revision moves on when the content hash changed. */
export function withWorkflowState(post: Post, state: WorkflowState): Post {
  const contentChanged = state.contentHash !== post.workflow.contentHash;
  return {
    ...post,
    status: state.status,
    workflow: {
      ...post.workflow,
      approvals: state.approvals,
      lastEditorId: state.lastEditorId,
      contentHash: state.contentHash,
      revision: post.workflow.revision + (contentChanged ? 1 : 0),
      requestedAt: state.requestedAt,
      hold: state.hold,
      publishedUrl: state.publishedUrl,
    },
  };
}

export type PostBeforeWorkflow = Omit<Post, 'workflow' | 'notes'>;

/**
 * A post written before the workflow (database schema 3, workspace file version 1) in today's shape. No approval
 * existed then, so a post marked `approved` without one goes back to review: nothing leaves the desk unapproved.
 */
export function addWorkflow(post: PostBeforeWorkflow): Post {
  const status = post.status === 'approved' ? 'in_review' : post.status;
  const upgraded: Post = {
    ...post,
    status,
    workflow: newPostWorkflow(post.createdBy, ''),
    notes: '',
  };
  upgraded.workflow.contentHash = contentHash(upgraded);
  if (status === 'in_review') upgraded.workflow.requestedAt = post.updatedAt;
  return upgraded;
}
