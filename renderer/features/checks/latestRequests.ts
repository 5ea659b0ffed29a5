/**
 * The order in which the composer's check requests go to the worker: only the newest request counts, one at a
 * time (while one is being checked, later ones replace each other and the last one goes next), and at most one
 * every `spacingMs`, so that fast typing does not post (structured-clone) the long draft on every keystroke. The
 * first request after a quiet spell goes at once; the last one of a burst always goes.
 */
export interface LatestRequestsOptions<T> {
  /** Least time between two requests sent. */
  spacingMs: number;
  /** Sends one request (to the worker). */
  send: (request: T) => void;
  now: () => number;
  /** Calls `run` after `ms`; returns a function that cancels it. */
  later: (run: () => void, ms: number) => () => void;
}

export interface LatestRequests<T> {
  /** A new request: replaces any not yet sent. */
  push(request: T): void;
  /** The request sent last was answered: the next one may go. */
  answered(): void;
  /** Whether a request is waiting to be sent. */
  readonly waiting: boolean;
  /** Drops what waits and any planned send. */
  stop(): void;
}

export function createLatestRequests<T>({
  spacingMs,
  send,
  now,
  later,
}: LatestRequestsOptions<T>): LatestRequests<T> {
  let next: { request: T } | null = null;
  let busy = false;
  let lastSent = Number.NEGATIVE_INFINITY;
  let cancelPlanned: (() => void) | null = null;

  const trySend = () => {
    if (busy || next === null || cancelPlanned !== null) return;
    const wait = lastSent + spacingMs - now();
    if (wait > 0) {
      cancelPlanned = later(() => {
        cancelPlanned = null;
        trySend();
      }, wait);
      return;
    }
    const { request } = next;
    next = null;
    busy = true;
    lastSent = now();
    send(request);
  };

  return {
    push(request) {
      next = { request };
      trySend();
    },
    answered() {
      busy = false;
      trySend();
    },
    get waiting() {
      return next !== null;
    },
    stop() {
      next = null;
      cancelPlanned?.();
      cancelPlanned = null;
    },
  };
}
