/**
 * Saves the composer's draft while the person types (debounced), on demand (save button, closing the composer)
 * and at once when the page is hidden or goes away (closing the window or the app). A new post
 * is created by its first valid save; later saves update it. Invalid drafts are not saved until they are valid.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostFormErrors } from '../../../shared/model/postInput';
import type { SavePostResult } from '../../data/posts/postsRepository';

export const AUTOSAVE_DELAY_MS = 800;

export type AutosaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'invalid'; errors: PostFormErrors }
  | { kind: 'failed'; error: unknown };

interface AutosaveOptions<T> {
  draft: T;
  /** The post being edited, or null until a new post's first save. */
  initialPostId: string | null;
  save: (draft: T, postId: string | null) => Promise<SavePostResult>;
}

export function useAutosave<T>({ draft, initialPostId, save }: AutosaveOptions<T>) {
  const [outcome, setOutcome] = useState<AutosaveState>({ kind: 'saved', at: null });
  const [savedDraft, setSavedDraft] = useState(draft);
  const [savedPostId, setSavedPostId] = useState(initialPostId);
  const postId = useRef(initialPostId);
  const savedDraftRef = useRef(draft);
  const latestDraft = useRef(draft);
  const saveRef = useRef(save);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  // Set once the saved post was replaced by something else (a series): no later save may write the draft back.
  const retired = useRef(false);

  useEffect(() => {
    latestDraft.current = draft;
    saveRef.current = save;
  });

  /** Saves the latest draft now (after any save in flight). Resolves with the repository's answer. */
  const flush = useCallback((): Promise<SavePostResult | null> => {
    const run = async (): Promise<SavePostResult | null> => {
      const current = latestDraft.current;
      if (retired.current) return null;
      if (current === savedDraftRef.current && postId.current !== null) return null;
      try {
        const result = await saveRef.current(current, postId.current);
        if (result.ok) {
          postId.current = result.post.id;
          setSavedPostId(result.post.id);
          savedDraftRef.current = current;
          setSavedDraft(current);
          setOutcome({ kind: 'saved', at: new Date() });
        } else {
          setOutcome({ kind: 'invalid', errors: result.errors });
        }
        return result;
      } catch (error) {
        setOutcome({ kind: 'failed', error });
        return null;
      }
    };
    const next = chain.current.then(run);
    chain.current = next.catch(() => undefined);
    return next;
  }, []);

  /**
   * Replaces the draft's post by `work` (e.g. creating a series from it): waits for any save in flight, runs
   * `work` with the post's id (null when it was never saved), and when `work` reports that it replaced the post,
   * no later save (typing pause, closing, the page going away) writes the draft back.
   */
  const replace = useCallback(
    <R>(work: (postId: string | null) => Promise<R>, replaced: (result: R) => boolean): Promise<R> => {
      const run = async () => {
        const result = await work(postId.current);
        if (replaced(result)) retired.current = true;
        return result;
      };
      const next = chain.current.then(run);
      chain.current = next.catch(() => undefined);
      return next;
    },
    [],
  );

  useEffect(() => {
    if (draft === savedDraftRef.current) return undefined;
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, flush]);

  // Closing the window or the app, or switching away from it, saves at once: the debounce must not lose the last
  // keystrokes when the page goes away before its timer fires.
  useEffect(() => {
    const saveNow = () => {
      if (latestDraft.current !== savedDraftRef.current) void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  const dirty = draft !== savedDraft;
  const state: AutosaveState = dirty && outcome.kind === 'saved' ? { kind: 'pending' } : outcome;
  return {
    state,
    dirty,
    flush,
    replace,
    /** The saved post's id (null until a new post was first saved). */
    savedPostId,
  };
}
