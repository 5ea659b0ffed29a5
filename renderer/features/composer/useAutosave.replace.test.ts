/**
 * Replacing the draft's post (creating a series from a new post): the replacement waits for the first save in
 * flight and gets the post it created, and no later save (typing pause, pagehide, closing) writes the replaced
 * draft back as a second post.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../../../shared/model/post';
import type { SavePostResult } from '../../data/posts/postsRepository';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

const stored = (id: string): SavePostResult => ({ ok: true, post: { id } as Post });

function setup() {
  let release: () => void = () => undefined;
  let created = 0;
  const save = vi.fn((_draft: string, postId: string | null) => {
    const id = postId ?? `post-${++created}`;
    // The first save waits until the test releases it; later ones answer at once.
    if (save.mock.calls.length > 1) return Promise.resolve(stored(id));
    return new Promise<SavePostResult>((resolve) => {
      release = () => resolve(stored(id));
    });
  });
  const view = renderHook(({ draft }) => useAutosave({ draft, initialPostId: null, save }), {
    initialProps: { draft: 'Quiz' },
  });
  return { save, release: () => release(), ...view };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useAutosave replace', () => {
  it('replaces the post created by the save in flight and never saves the draft again', async () => {
    const { save, release, rerender, result } = setup();
    rerender({ draft: 'Quiz der Woche' });
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(save.mock.calls).toEqual([['Quiz der Woche', null]]);

    // More typing, then "Serie anlegen" while the first save is still running.
    rerender({ draft: 'Quiz der Woche!' });
    const work = vi.fn((postId: string | null) => Promise.resolve({ ok: true, replacedId: postId }));
    let replacement: Promise<{ ok: boolean; replacedId: string | null }> = Promise.resolve({
      ok: false,
      replacedId: null,
    });
    act(() => {
      replacement = result.current.replace(work, (outcome) => outcome.ok);
    });
    expect(work).not.toHaveBeenCalled();
    await act(async () => {
      release();
      await replacement;
    });
    expect(work.mock.calls).toEqual([['post-1']]);

    // The typing pause, the page going away and closing do not write the replaced draft back.
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await result.current.flush();
    });
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps saving when the replacement was refused', async () => {
    const { save, release, rerender, result } = setup();
    await act(() =>
      result.current.replace(
        () => Promise.resolve({ ok: false }),
        (outcome) => outcome.ok,
      ),
    );
    rerender({ draft: 'Quiz der Woche' });
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(save.mock.calls).toEqual([['Quiz der Woche', null]]);
    release();
  });
});
