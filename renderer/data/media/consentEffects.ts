/**
 * What a withdrawn consent does to the posts: every medium that is then covered only by withdrawn or expired
 * consents is taken out of every post that can still go out (media and variants), and the post gets an internal
 * note saying so. The removal is a content change, so `putEditedPost` voids approvals and sends the post back to
 * review. Published and archived posts are a record of what went out and stay as they are (the export refuses
 * anything with a withdrawn consent anyway: shared/export/consentProblems.ts).
 */
import { consentStatus } from '../../../shared/media/consent';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import { db } from '../store/db';
import { isLocked, putEditedPost } from '../posts/postVersions';

/** The actor of changes nobody made by hand in this session. */
export const SYSTEM_ACTOR_ID = 'system';

/** The tables `removeWithdrawnMedia` writes; a transaction calling it must include them. */
export function consentEffectTables() {
  return [db.consents, db.media, db.posts, db.audit] as const;
}

/** `YYYY-MM-DD` as `DD.MM.YYYY`, the form German notes use. */
function germanDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

/** The internal note for a removed medium (notes are the team's own German text, like the rest of the record). */
export function removedMediaNote(media: Pick<MediaMeta, 'kind' | 'fileName'>, withdrawnOn: string): string {
  const what = media.kind === 'video' ? 'Video' : 'Bild';
  return `${what} „${media.fileName}“ entfernt: Einwilligung widerrufen am ${germanDay(withdrawnOn)}.`;
}

/** Whether no linked consent covers the medium on `day` any more (each is withdrawn, expired or gone). */
export function isUncovered(media: MediaMeta, consents: ReadonlyMap<string, Consent>, day: string): boolean {
  if (media.consentIds.length === 0) return false;
  return media.consentIds.every((id) => {
    const consent = consents.get(id);
    if (consent === undefined) return true;
    const status = consentStatus(consent, day);
    return status === 'withdrawn' || status === 'expired';
  });
}

/** The post without the given media, in its media list and every variant, and with a note per removed medium. */
export function withoutMedia(post: Post, removed: ReadonlyMap<string, MediaMeta>, withdrawnOn: string): Post {
  const taken = post.media.filter((attachment) => removed.has(attachment.mediaId));
  const notes = taken.map((attachment) =>
    removedMediaNote(removed.get(attachment.mediaId) as MediaMeta, withdrawnOn),
  );
  return {
    ...post,
    media: post.media.filter((attachment) => !removed.has(attachment.mediaId)),
    variants: post.variants.map((variant) => ({
      ...variant,
      mediaIds: variant.mediaIds.filter((id) => !removed.has(id)),
    })),
    notes: [post.notes, ...notes].filter((line) => line.trim() !== '').join('\n'),
  };
}

/**
 * After consent `consentId` was withdrawn on `withdrawnOn`: takes the media it no longer covers out of every post
 * that is not published or archived. Call inside a transaction over `consentEffectTables()`. Returns the ids of
 * the changed posts.
 */
export async function removeWithdrawnMedia(
  consentId: string,
  withdrawnOn: string,
  actorId: string,
  now: Date,
): Promise<string[]> {
  const linked = await db.media.filter((media) => media.consentIds.includes(consentId)).toArray();
  if (linked.length === 0) return [];
  const consentIds = [...new Set(linked.flatMap((media) => media.consentIds))];
  const consents = new Map<string, Consent>();
  for (const consent of await db.consents.bulkGet(consentIds)) if (consent) consents.set(consent.id, consent);
  const removed = new Map(
    linked.filter((media) => isUncovered(media, consents, withdrawnOn)).map((media) => [media.id, media]),
  );
  if (removed.size === 0) return [];
  const posts = await db.posts
    .filter((post) => !isLocked(post) && post.media.some((attachment) => removed.has(attachment.mediaId)))
    .toArray();
  const changed: string[] = [];
  for (const post of posts) {
    await putEditedPost(post, withoutMedia(post, removed, withdrawnOn), actorId, now);
    changed.push(post.id);
  }
  return changed;
}
