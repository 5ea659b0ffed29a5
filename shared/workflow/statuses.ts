/** The statuses of the approval workflow: the post statuses plus the workflow's own end and pause states. */
import { POST_STATUSES } from '../model/post';

/**
 * Every status the workflow can put a post in. `Post.status` is still `PostStatus`; it will be widened to
 * `WorkflowStatus` when the workflow is wired in (stored data keeps its shape: the old values are a subset).
 */
export const WORKFLOW_STATUSES = [...POST_STATUSES, 'withdrawn', 'expired', 'on_hold'] as const;

export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (WORKFLOW_STATUSES as readonly string[]).includes(value);
}
