/** Posts for the tests of review, reminders and crisis mode: the workspace fixtures with a workflow. */
import { contentHash } from '../approval/contentHash';
import { servicePost } from '../exchange/testFixtures';
import type { Post } from '../model/post';
import { newPostWorkflow, type PostWorkflow } from '../model/postWorkflow';

/** A service post by `redaktion-1` with a fresh workflow; `workflow` overrides are merged into it. */
export function workflowPost(
  overrides: Partial<Omit<Post, 'workflow'>> & { workflow?: Partial<PostWorkflow> } = {},
): Post {
  const { workflow, ...rest } = overrides;
  const post: Post = {
    ...servicePost(),
    notes: '',
    workflow: newPostWorkflow('redaktion-1', ''),
    ...rest,
  };
  post.workflow = { ...post.workflow, contentHash: contentHash(post), ...workflow };
  return post;
}

/** The post scheduled at `iso` (with offset). */
export function at(iso: string): Pick<Post, 'scheduledAt' | 'scheduledAtUtc'> {
  return { scheduledAt: iso, scheduledAtUtc: new Date(iso).toISOString() };
}
