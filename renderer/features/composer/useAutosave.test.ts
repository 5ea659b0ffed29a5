/**
 * The autosave hook's timing: saves after the typing pause, and at once when the page is hidden or goes away
 * (the window or the app closing), so the last keystrokes before a close are not lost.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavePostResult } from '../../data/posts/postsRepository';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

const refused: SavePostResult = { ok: false, errors: {} };

function setup() {
  const save = vi.fn((_draft: string, _postId: string | null) => Promise.resolve(refused));
  const view = renderHook(({ draft }) => useAutosave({ draft, initialPostId: 'post-1', save }), {
    initialProps: { draft: 'Quiz' },
  });
  return { save, ...view };
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

describe('useAutosave', () => {
  it('saves the latest draft once typing pauses, not before', async () => {
    const { save, rerender } = setup();
    rerender({ draft: 'Quiz der' });
    rerender({ draft: 'Quiz der Woche' });
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save.mock.calls).toEqual([['Quiz der Woche', 'post-1']]);
  });

  it('saves at once when the window closes (pagehide), without waiting for the pause', async () => {
    const { save, rerender } = setup();
    rerender({ draft: 'Quiz der Woche' });
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await Promise.resolve();
    });
    expect(save.mock.calls).toEqual([['Quiz der Woche', 'post-1']]);
  });

  it('saves at once when the page is hidden, and not when nothing changed', async () => {
    const { save, rerender } = setup();
    setVisibility('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    expect(save).not.toHaveBeenCalled();
    rerender({ draft: 'Quiz der Woche' });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    expect(save.mock.calls).toEqual([['Quiz der Woche', 'post-1']]);
  });
});
