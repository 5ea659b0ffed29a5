/** Whether a post is crisis communication: its category says so, or it was written from the crisis template. */
import type { Post } from '../model/post';

const CRISIS_TEMPLATE_ID = 'builtin-crisis';

/** Categories such as "Krise", "Krisenkommunikation", "Krisen­information" or "crisis". */
const CRISIS_CATEGORY = /^(kris|crisis)/iu;

export function isCrisisPost(post: Pick<Post, 'category' | 'template'>, crisisMode = false): boolean {
  return (
    crisisMode ||
    (post.category !== null && CRISIS_CATEGORY.test(post.category.trim())) ||
    post.template?.templateId === CRISIS_TEMPLATE_ID
  );
}
