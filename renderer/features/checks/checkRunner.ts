/**
 * Runs the check engine for the composer in a worker (checksWorker.ts), so a keystroke never waits for the checks
 * of a long text on four networks (about 100 ms on a slow laptop, in one piece React cannot interrupt). Only the
 * newest draft counts, one request at a time and at most one every `CHECK_SPACING_MS` (latestRequests.ts): posting
 * the draft to the worker copies it, which costs the page a few milliseconds on every keystroke otherwise.
 * Where there is no Worker (the component tests' jsdom) or it fails, the caller checks in the page.
 */
import type { PostCheckInput, PostFinding } from '../../../shared/checks/engine';
import type { CheckAnswer, CheckRequest } from './checksWorker';
import { createLatestRequests } from './latestRequests';

/** At most about four check runs a second while typing; the findings follow within this after a pause. */
export const CHECK_SPACING_MS = 250;

export interface CheckRunner {
  run(input: PostCheckInput, done: (findings: PostFinding[]) => void): void;
  terminate(): void;
}

const NO_RUNNER: CheckRunner = { run: () => undefined, terminate: () => undefined };

interface Pending {
  input: PostCheckInput;
  done: (findings: PostFinding[]) => void;
}

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
  let current: Pending['done'] | null = null;
  const requests = createLatestRequests<Pending>({
    spacingMs: CHECK_SPACING_MS,
    send: ({ input, done }) => {
      seq += 1;
      current = done;
      worker.postMessage({ seq, input } satisfies CheckRequest);
    },
    now: () => performance.now(),
    later: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  });
  worker.onmessage = (event: MessageEvent<CheckAnswer>) => {
    // The answer to the request sent last is shown even while a newer one waits for its turn: findings keep
    // following a long burst of typing, a little behind, instead of only after it.
    if (event.data.seq === seq) current?.(event.data.findings);
    requests.answered();
  };
  worker.onerror = () => {
    requests.stop();
    worker.terminate();
    onFailure();
  };
  return {
    run: (input, done) => requests.push({ input, done }),
    terminate: () => {
      requests.stop();
      worker.terminate();
    },
  };
}
