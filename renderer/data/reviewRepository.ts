/**
 * The way to approval: checklist ticks and overrides recorded on the post (who, when, why). The submission itself
 * is a workflow step (workflowRepository.submitForReview), allowed only when the gate of shared/checks is open.
 */
import { isCrisisPost } from '../../shared/checks/crisis';
import { checkPost, type PostFinding } from '../../shared/checks/engine';
import { CHECK_RULES } from '../../shared/checks/registry';
import type { MediaMeta } from '../../shared/model/media';
import type { Post } from '../../shared/model/post';
import type { Settings } from '../../shared/model/settings';
import { db } from './db';
import { DataError, guardData } from './dataErrors';

export interface ReviewContext {
  actorId: string;
  now: Date;
}

/**
 * Every finding of a stored post under the organisation's settings (used by the gate and the composer); with
 * `crisisMode` on, the crisis rules apply to every post.
 */
export function findingsOf(
  post: Post,
  media: Readonly<Record<string, MediaMeta>>,
  settings: Settings,
  crisisMode = false,
): PostFinding[] {
  return checkPost(
    {
      variants: post.variants,
      media,
      altTexts: Object.fromEntries(post.media.map((item) => [item.mediaId, item.altText])),
      crisis: isCrisisPost(post, crisisMode),
      settings: settings.checks,
      limitSettings: settings.limits,
    },
    CHECK_RULES,
  );
}

/** The metadata of a post's media, by id. */
export async function mediaOf(post: Post): Promise<Record<string, MediaMeta>> {
  const metas = await db.media.bulkGet(post.media.map((item) => item.mediaId));
  return Object.fromEntries(metas.filter((meta) => meta !== undefined).map((meta) => [meta.id, meta]));
}

async function updateChecks(postId: string, update: (post: Post) => Post['checks']): Promise<void> {
  await guardData(() =>
    db.transaction('rw', db.posts, async () => {
      const post = await db.posts.get(postId);
      if (!post) throw new DataError('errors.notFound');
      await db.posts.update(postId, { checks: update(post) });
    }),
  );
}

/** Ticks or unticks a checklist item of a post; a tick records who and when. */
export function setChecklistTick(postId: string, itemId: string, ticked: boolean, context: ReviewContext) {
  return updateChecks(postId, (post) => ({
    ...post.checks,
    ticks: [
      ...post.checks.ticks.filter((tick) => tick.itemId !== itemId),
      ...(ticked ? [{ itemId, by: context.actorId, at: context.now.toISOString() }] : []),
    ],
  }));
}

/** Records (or with an empty reason, withdraws) the written reason to go past a blocking finding. */
export function setOverride(postId: string, findingId: string, reason: string, context: ReviewContext) {
  return updateChecks(postId, (post) => ({
    ...post.checks,
    overrides: [
      ...post.checks.overrides.filter((override) => override.findingId !== findingId),
      ...(reason.trim() === ''
        ? []
        : [{ findingId, reason: reason.trim(), by: context.actorId, at: context.now.toISOString() }]),
    ],
  }));
}
