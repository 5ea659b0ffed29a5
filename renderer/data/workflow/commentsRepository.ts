/** Comments on posts, with mentions of profiles (`@AA` or `@Anna Autorin`). */
import { findMentions } from '../../../shared/comments/mentions';
import type { PostComment } from '../../../shared/model/comment';
import { db } from '../store/db';
import { DataError, guardData } from '../store/dataErrors';

export const COMMENT_MAX_LENGTH = 10_000;

export type AddCommentResult = { ok: true; comment: PostComment } | { ok: false; messageKey: string };

export async function addComment(
  postId: string,
  text: string,
  context: { actorId: string; now: Date },
): Promise<AddCommentResult> {
  const body = text.trim();
  if (body === '') return { ok: false, messageKey: 'reviewUi.comments.errors.empty' };
  if (body.length > COMMENT_MAX_LENGTH) return { ok: false, messageKey: 'reviewUi.comments.errors.tooLong' };
  return guardData(() =>
    db.transaction('rw', db.comments, db.posts, db.profiles, async (): Promise<AddCommentResult> => {
      if (!(await db.posts.get(postId))) throw new DataError('errors.notFound');
      if (!(await db.profiles.get(context.actorId))) {
        return { ok: false, messageKey: 'workflow.errors.unknownProfile' };
      }
      const profiles = await db.profiles.toArray();
      const comment: PostComment = {
        id: crypto.randomUUID(),
        postId,
        authorId: context.actorId,
        at: context.now.toISOString(),
        text: body,
        mentions: findMentions(body, profiles).profileIds,
      };
      await db.comments.add(comment);
      return { ok: true, comment };
    }),
  );
}

/** A post's comments, oldest first. */
export function listComments(postId: string): Promise<PostComment[]> {
  return guardData(() => db.comments.where('postId').equals(postId).sortBy('at'));
}

/** Comments that mention a profile, newest first. */
export async function listMentionsOf(profileId: string): Promise<PostComment[]> {
  const all = await guardData(() => db.comments.orderBy('at').reverse().toArray());
  return all.filter((comment) => comment.mentions.includes(profileId));
}
