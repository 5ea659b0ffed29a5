import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addComment, listComments, listMentionsOf } from './commentsRepository';
import { db } from '../store/db';
import { savePostFromForm } from '../posts/postsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../settings/testProfiles';

const context = { actorId: ANNA_EDITOR.id, now: new Date('2026-11-25T08:00:00Z') };

async function postId(): Promise<string> {
  const input = { title: 'Quiz', channels: ['instagram'], date: '', time: '', text: 'Frage' };
  const saved = await savePostFromForm(input, null, { ...context, timeZone: 'Europe/Berlin' });
  if (!saved.ok) throw new Error('save failed');
  return saved.post.id;
}

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('comments', () => {
  it('records mentions of profiles by initials or name, and lists a profile’s mentions', async () => {
    const id = await postId();
    const added = await addComment(id, '@PP bitte die Quelle prüfen, mail an presse@stadt.de', context);
    expect(added.ok && added.comment.mentions).toEqual([PAUL_APPROVER.id]);
    await addComment(id, 'Danke, @Anna Autorin!', {
      actorId: PAUL_APPROVER.id,
      now: new Date('2026-11-25T08:05:00Z'),
    });
    expect((await listComments(id)).map((comment) => comment.text)).toEqual([
      '@PP bitte die Quelle prüfen, mail an presse@stadt.de',
      'Danke, @Anna Autorin!',
    ]);
    expect((await listMentionsOf(ANNA_EDITOR.id)).map((comment) => comment.authorId)).toEqual([
      PAUL_APPROVER.id,
    ]);
  });

  it('refuses an empty comment and a comment by an unknown profile, and saves nothing', async () => {
    const id = await postId();
    expect(await addComment(id, '   ', context)).toEqual({
      ok: false,
      messageKey: 'reviewUi.comments.errors.empty',
    });
    expect(await addComment(id, 'Hallo', { ...context, actorId: 'ghost' })).toEqual({
      ok: false,
      messageKey: 'workflow.errors.unknownProfile',
    });
    expect(await listComments(id)).toEqual([]);
  });
});
