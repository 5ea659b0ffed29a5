/**
 * Runs the check engine for the composer in a worker (checksWorker.ts), so a keystroke never waits for the checks
 * of a long text on four networks (about 100 ms on a slow laptop, in one piece React cannot interrupt). Only the
 * newest draft counts: while one run is busy, later requests replace each other and the last one runs next.
 * Where there is no Worker (the component tests' jsdom) or it fails, the caller checks in the page.
 */
import type { PostCheckInput, PostFinding } from '../../../shared/checks/engine';
import type { CheckAnswer, CheckRequest } from './checksWorker';

export interface CheckRunner {
  run(input: PostCheckInput, done: (findings: PostFinding[]) => void): void;
  terminate(): void;
}

const NO_RUNNER: CheckRunner = { run: () => undefined, terminate: () => undefined };

/** `onFailure` is called (later, never during the call) when the worker cannot start or fails. */
export function createCheckRunner(onFailure: () => void): CheckRunner {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./checksWorker.ts', import.meta.url), { type: 'module', name: 'checks' });
  } catch {
    queueMicrotask(onFailure);
    return NO_RUNNER;
  }
  let seq = 0;
  let busy = false;
  let next: { input: PostCheckInput; done: (findings: PostFinding[]) => void } | null = null;
  let current: ((findings: PostFinding[]) => void) | null = null;

  const send = () => {
    if (next === null) return;
    const { input, done } = next;
    next = null;
    busy = true;
    seq += 1;
    current = done;
    worker.postMessage({ seq, input } satisfies CheckRequest);
  };
  worker.onmessage = (event: MessageEvent<CheckAnswer>) => {
    busy = false;
    // An answer to a request that a newer one has replaced is still delivered when nothing newer is queued.
    if (event.data.seq === seq && next === null) current?.(event.data.findings);
    send();
  };
  worker.onerror = () => {
    worker.terminate();
    onFailure();
  };
  return {
    run(input, done) {
      next = { input, done };
      if (!busy) send();
    },
    terminate: () => worker.terminate(),
  };
}
