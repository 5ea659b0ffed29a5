/**
 * The review queue's sections, pure: what waits for the active profile (four eyes: never a post they wrote or
 * last edited), their own posts in review or sent back, and approved posts; each with its policy step and
 * whether it expires soon or has expired.
 */
import type { Post } from '../../../shared/model/post';
import type { Profile } from '../../../shared/workflow/roles';
import { canEdit } from '../../../shared/workflow/roles';
import { currentStep, expiresSoon } from '../../../shared/workflow/machine';
import { mayApproveStep, policyFor, type ApprovalPolicies } from '../../../shared/workflow/policy';
import { workflowStateOf } from '../../../shared/workflow/postState';

export interface QueueRow {
  post: Post;
  /** 0-based open policy step, or null when every step is approved. */
  step: number | null;
  steps: number;
  expiresSoon: boolean;
  expired: boolean;
}

export interface ReviewQueue {
  waiting: QueueRow[];
  mine: QueueRow[];
  approved: QueueRow[];
}

/** The statuses the queue reads. */
export const QUEUE_STATUSES = ['in_review', 'changes_requested', 'approved', 'expired'] as const;

export interface QueueInput {
  posts: readonly Post[];
  profile: Pick<Profile, 'id' | 'roles'>;
  policies: ApprovalPolicies;
  /** ISO instant. */
  now: string;
  leadHours: number;
}

/** Whether `profile` may approve the open step of `post` now (in review, not theirs, not yet approved by them). */
export function waitsFor(
  post: Post,
  profile: Pick<Profile, 'id' | 'roles'>,
  policies: ApprovalPolicies,
): boolean {
  if (post.status !== 'in_review') return false;
  if (post.createdBy === profile.id || post.workflow.lastEditorId === profile.id) return false;
  if (post.workflow.approvals.some((approval) => approval.profileId === profile.id)) return false;
  const policy = policyFor(post.category, policies);
  const step = currentStep(workflowStateOf(post), policy);
  const stepPolicy = step === null ? undefined : policy.steps[step];
  return stepPolicy !== undefined && mayApproveStep(stepPolicy, profile);
}

export function queueRow(post: Post, policies: ApprovalPolicies, now: string, leadHours: number): QueueRow {
  const policy = policyFor(post.category, policies);
  const state = workflowStateOf(post);
  return {
    post,
    step: currentStep(state, policy),
    steps: policy.steps.length,
    expiresSoon: expiresSoon(state, now, leadHours),
    expired: post.status === 'expired',
  };
}

export function reviewQueue(input: QueueInput): ReviewQueue {
  const { profile, policies, now, leadHours } = input;
  const row = (post: Post) => queueRow(post, policies, now, leadHours);
  const isMine = (post: Post) => post.createdBy === profile.id || post.workflow.lastEditorId === profile.id;
  return {
    waiting: input.posts.filter((post) => waitsFor(post, profile, policies)).map(row),
    mine: canEdit(profile)
      ? input.posts.filter((post) => isMine(post) && post.status !== 'approved').map(row)
      : [],
    approved: input.posts.filter((post) => post.status === 'approved').map(row),
  };
}
