/** The statuses of the approval workflow: the statuses a post can have. */
import { POST_STATUSES, type PostStatus } from '../model/post';

export const WORKFLOW_STATUSES = POST_STATUSES;

export type WorkflowStatus = PostStatus;

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (WORKFLOW_STATUSES as readonly string[]).includes(value);
}
