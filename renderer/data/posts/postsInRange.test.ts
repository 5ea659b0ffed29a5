import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { RangeSet } from 'dexie';
import type { PostFormInput } from '../../../shared/model/postInput';
import { db } from '../store/db';
import { listPostsBetween, reschedulePost, savePostFromForm, type WriteContext } from './postsRepository';
import { prefetchPostsBetween, touchesPosts, usePostsBetween, usePostsInRange } from './postsInRange';

vi.mock('./postsRepository', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./postsRepository')>();
  return { ...actual, listPostsBetween: vi.fn(actual.listPostsBetween) };
});

const context: WriteContext = {
  actorId: 'local-editor',
  timeZone: 'Europe/Berlin',
  now: new Date('2026-11-25T08:00:00Z'),
};
// December and January 2027 as FullCalendar's month grids report them (Berlin).
const DECEMBER = { startUtc: '2026-11-29T23:00:00.000Z', endUtc: '2027-01-10T23:00:00.000Z' };
const FEBRUARY = { startUtc: '2027-01-31T23:00:00.000Z', endUtc: '2027-03-14T23:00:00.000Z' };

async function create(input: Partial<PostFormInput>) {
  const result = await savePostFromForm(
    { title: 'Quiz', channels: ['instagram'], date: '2026-12-03', time: '10:00', text: 'Frage', ...input },
    null,
    context,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.post;
}

const reads = vi.mocked(listPostsBetween);

beforeEach(async () => {
  await db.open();
  reads.mockClear();
});

afterEach(async () => {
  await db.delete();
});

describe('usePostsBetween', () => {
  it('takes the read a prefetch started for its range instead of starting another', async () => {
    await create({ title: 'Quiz' });
    reads.mockClear();
    prefetchPostsBetween(DECEMBER.startUtc, DECEMBER.endUtc);
    const { result } = renderHook(() => usePostsBetween(DECEMBER));
    await waitFor(() => expect(result.current?.map((post) => post.title)).toEqual(['Quiz']));
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('shows changes of this tab without a reload: a new post, a move out of the range', async () => {
    const { result } = renderHook(() => usePostsBetween(DECEMBER));
    await waitFor(() => expect(result.current).toEqual([]));
    const post = await create({ title: 'Neu' });
    await waitFor(() => expect(result.current?.map((item) => item.title)).toEqual(['Neu']));
    await reschedulePost(post.id, '2027-02-10T10:00:00+01:00', { actorId: context.actorId, now: new Date() });
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('keeps the previous range and its posts until the new range is read, then reads a range left again', async () => {
    await create({ title: 'Dezember' });
    await create({ title: 'Februar', date: '2027-02-10' });
    const seen: (string | undefined)[] = [];
    const { result, rerender } = renderHook(
      ({ range }) => {
        const loaded = usePostsInRange(range);
        seen.push(
          loaded && `${loaded.range?.startUtc ?? ''} ${loaded.posts.map((post) => post.title).join()}`,
        );
        return loaded;
      },
      { initialProps: { range: DECEMBER } },
    );
    await waitFor(() => expect(result.current?.posts.map((post) => post.title)).toEqual(['Dezember']));
    const december = result.current?.range;
    expect(december).toEqual(DECEMBER);
    rerender({ range: FEBRUARY });
    await waitFor(() => expect(result.current?.posts.map((post) => post.title)).toEqual(['Februar']));
    expect(result.current?.range).toEqual(FEBRUARY);
    // In between only the old range with its own posts, never nothing and never the new range with old posts.
    const shown = seen.filter((entry) => entry !== undefined);
    expect(new Set(shown)).toEqual(
      new Set([`${DECEMBER.startUtc} Dezember`, `${FEBRUARY.startUtc} Februar`]),
    );
    expect(seen.slice(seen.findIndex((entry) => entry !== undefined))).not.toContain(undefined);
    reads.mockClear();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    rerender({ range: DECEMBER });
    await waitFor(() => expect(result.current?.posts.map((post) => post.title)).toEqual(['Dezember']));
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('gives the same range object for every read of a range', async () => {
    const { result } = renderHook(() => usePostsInRange(DECEMBER));
    await waitFor(() => expect(result.current?.posts).toEqual([]));
    const first = result.current;
    await create({ title: 'Neu' });
    await waitFor(() => expect(result.current?.posts).toHaveLength(1));
    expect(result.current?.range).toBe(first?.range);
  });

  it('gives an empty list without a range', () => {
    const { result } = renderHook(() => usePostsBetween(null));
    expect(result.current).toEqual([]);
  });
});

describe('touchesPosts', () => {
  it('is true for a change of the posts store or of everything, false for other stores', () => {
    const some = new RangeSet('a');
    expect(touchesPosts({ 'idb://civic-desk/posts/': some }, 'civic-desk')).toBe(true);
    expect(touchesPosts({ 'idb://civic-desk/posts/scheduledAtUtc': some }, 'civic-desk')).toBe(true);
    expect(touchesPosts({ all: some }, 'civic-desk')).toBe(true);
    expect(touchesPosts({ 'idb://civic-desk/audit/': some }, 'civic-desk')).toBe(false);
    expect(touchesPosts({ 'idb://other/posts/': some }, 'civic-desk')).toBe(false);
  });
});
