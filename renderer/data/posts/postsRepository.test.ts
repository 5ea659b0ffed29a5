import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostFormInput } from '../../../shared/model/postInput';
import { contentHash } from '../../../shared/approval/contentHash';
import { db } from '../store/db';
import {
  deletePost,
  getPost,
  listPostsBetween,
  listUnscheduledPosts,
  reschedulePost,
  savePostFromForm,
  type WriteContext,
} from './postsRepository';
import { DataError } from '../store/dataErrors';

const context: WriteContext = {
  actorId: 'local-editor',
  timeZone: 'Europe/Berlin',
  now: new Date('2026-11-25T08:00:00Z'),
};

const quiz: PostFormInput = {
  title: 'Quiz der Woche',
  channels: ['instagram'],
  date: '2026-12-03',
  time: '10:00',
  text: 'Frage 1',
};

async function create(input: PostFormInput) {
  const result = await savePostFromForm(input, null, context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.post;
}

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('posts repository', () => {
  it('creates a draft with a UUID, author, timestamps and both schedule forms', async () => {
    const post = await create(quiz);
    expect(post.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await getPost(post.id)).toEqual({
      id: post.id,
      title: 'Quiz der Woche',
      channels: ['instagram'],
      text: 'Frage 1',
      variants: [{ channel: 'instagram', format: 'feed', text: 'Frage 1', mediaIds: [] }],
      variantsLinked: true,
      media: [],
      campaignId: null,
      category: null,
      series: null,
      template: null,
      checks: { ticks: [], overrides: [] },
      scheduledAt: '2026-12-03T10:00:00+01:00',
      scheduledAtUtc: '2026-12-03T09:00:00.000Z',
      status: 'draft',
      createdAt: '2026-11-25T08:00:00.000Z',
      updatedAt: '2026-11-25T08:00:00.000Z',
      createdBy: 'local-editor',
      notes: '',
      workflow: {
        approvals: [],
        lastEditorId: 'local-editor',
        contentHash: contentHash(post),
        revision: 1,
        requestedAt: null,
        hold: null,
        publishedUrl: null,
        lastReviewed: null,
        changesNote: null,
      },
    });
  });

  it('saves nothing for invalid input and returns the errors per field', async () => {
    const result = await savePostFromForm({ ...quiz, title: '', date: '2026-02-31' }, null, context);
    expect(result).toEqual({
      ok: false,
      errors: { title: 'post.errors.titleRequired', date: 'post.errors.dateInvalid' },
    });
    expect(await db.posts.count()).toBe(0);
  });

  it('updates a post and keeps its author and creation time', async () => {
    const post = await create(quiz);
    const later = { ...context, actorId: 'someone-else', now: new Date('2026-11-26T08:00:00Z') };
    const result = await savePostFromForm(
      { ...quiz, title: 'Quiz: Brücken', date: '', time: '' },
      post.id,
      later,
    );
    expect(result.ok).toBe(true);
    const stored = await getPost(post.id);
    expect(stored).toMatchObject({
      title: 'Quiz: Brücken',
      scheduledAt: null,
      scheduledAtUtc: null,
      createdBy: 'local-editor',
      createdAt: '2026-11-25T08:00:00.000Z',
      updatedAt: '2026-11-26T08:00:00.000Z',
    });
  });

  it('lists a range by instant and the unscheduled drafts apart', async () => {
    const inRange = await create(quiz);
    await create({ ...quiz, title: 'Januar', date: '2027-01-05' });
    const draft = await create({ ...quiz, title: 'Idee', date: '', time: '' });
    const december = await listPostsBetween('2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z');
    expect(december.map((post) => post.id)).toEqual([inRange.id]);
    expect((await listUnscheduledPosts()).map((post) => post.id)).toEqual([draft.id]);
  });

  it('reschedules by drag and drop, and back to unscheduled', async () => {
    const post = await create(quiz);
    await reschedulePost(post.id, '2026-12-04T10:00:00+01:00', {
      actorId: 'local-editor',
      now: new Date('2026-11-25T09:00:00Z'),
    });
    expect(await getPost(post.id)).toMatchObject({
      scheduledAt: '2026-12-04T10:00:00+01:00',
      scheduledAtUtc: '2026-12-04T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    await reschedulePost(post.id, null, { actorId: 'local-editor', now: new Date('2026-11-25T10:00:00Z') });
    expect((await listUnscheduledPosts()).map((p) => p.id)).toEqual([post.id]);
  });

  it('reports a missing post instead of creating one', async () => {
    await expect(
      reschedulePost('missing', '2026-12-04T10:00:00+01:00', { actorId: 'local-editor', now: new Date() }),
    ).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    await expect(savePostFromForm(quiz, 'missing', context)).rejects.toBeInstanceOf(DataError);
    await expect(savePostFromForm(quiz, 'missing', context)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    expect(await db.posts.count()).toBe(0);
  });

  it('deletes a post', async () => {
    const post = await create(quiz);
    await deletePost(post.id, { actorId: 'local-editor', now: new Date() });
    expect(await getPost(post.id)).toBeUndefined();
  });

  it('turns a closed database into a German-message error and keeps what was saved', async () => {
    const post = await create(quiz);
    db.close();
    await expect(savePostFromForm({ ...quiz, title: 'Neu' }, null, context)).rejects.toMatchObject({
      messageKey: 'errors.databaseClosed',
    });
    await db.open();
    expect((await db.posts.toArray()).map((p) => p.id)).toEqual([post.id]);
  });
});
