/**
 * The check engine (rules, TeX hyphenation patterns, twitter-text) as a chunk of its own, loaded on first use:
 * the calendar is interactive before the engine arrives, and its finding badges follow a moment later. Code that
 * needs findings synchronously (composer, review, gate) imports `reviewRepository` directly; those parts are lazy.
 */
import { useEffect, useState } from 'react';
import { whenIdle } from '../store/deferredQueries';

export type ReviewModule = typeof import('../workflow/reviewRepository');

let loaded: ReviewModule | null = null;
let loading: Promise<ReviewModule> | null = null;

/** Loads the engine once; later calls get the same module. */
export function loadChecks(): Promise<ReviewModule> {
  loading ??= import('../workflow/reviewRepository').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/**
 * The engine's module, `null` until it has loaded. The hook starts loading it once `wanted` is true and the page
 * is idle, so that parsing the chunk does not hold up what is drawn first.
 */
export function useChecks(wanted = true): ReviewModule | null {
  const [module, setModule] = useState<ReviewModule | null>(loaded);
  useEffect(() => {
    if (module !== null || !wanted) return;
    let active = true;
    const cancel = whenIdle(() => {
      void loadChecks().then((value) => {
        if (active) setModule(value);
      });
    });
    return () => {
      active = false;
      cancel();
    };
  }, [module, wanted]);
  return module;
}
