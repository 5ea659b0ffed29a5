/**
 * The way to approval: checklist ticks and overrides recorded on the post (who, when, why). The submission itself
 * is a workflow step (workflowRepository.submitForReview), allowed only when the gate of shared/checks is open.
 */
import { isCrisisPost } from '../../../shared/checks/crisis';
import { checkPost, type PostFinding } from '../../../shared/checks/engine';
import { CHECK_RULES } from '../../../shared/checks/registry';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { db } from '../store/db';
import { DataError, guardData } from '../store/dataErrors';

export interface ReviewContext {
  actorId: string;
  now: Date;
}

/** What the checks of a stored post need besides the post; `now` decides the day of an unscheduled post. */
export interface FindingsContext {
  media: Readonly<Record<string, MediaMeta>>;
  /** The consents the media link (or the whole register); a linked id missing here counts as deleted. */
  consents: readonly Consent[];
  settings: Settings;
  now: Date;
  /** Crisis mode on: the crisis rules apply to every post. */
  crisisMode?: boolean;
}

/** Every finding of a stored post under the organisation's settings (used by the gate, review and calendar). */
export function findingsOf(post: Post, context: FindingsContext): PostFinding[] {
  const { settings } = context;
  return checkPost(
    {
      variants: post.variants,
      media: context.media,
      altTexts: Object.fromEntries(post.media.map((item) => [item.mediaId, item.altText])),
      crisis: isCrisisPost(post, context.crisisMode ?? false),
      settings: settings.checks,
      limitSettings: settings.limits,
      consents: context.consents,
      scheduledAt: post.scheduledAt,
      timeZone: settings.timeZone,
      now: context.now,
      template: post.template,
      country: settings.region.country,
    },
    CHECK_RULES,
  );
}

/** The metadata of a post's media, by id. */
export async function mediaOf(post: Post): Promise<Record<string, MediaMeta>> {
  const metas = await db.media.bulkGet(post.media.map((item) => item.mediaId));
  return Object.fromEntries(metas.filter((meta) => meta !== undefined).map((meta) => [meta.id, meta]));
}

/** The consents that the given media link (deleted ones are absent: the checks report them as not found). */
export async function consentsOf(media: Readonly<Record<string, MediaMeta>>): Promise<Consent[]> {
  const ids = [...new Set(Object.values(media).flatMap((meta) => meta.consentIds))];
  const consents = await db.consents.bulkGet(ids);
  return consents.filter((consent) => consent !== undefined);
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
