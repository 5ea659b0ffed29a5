import { describe, expect, it } from 'vitest';
import { sharedQuery, type QueryObserver, type QuerySource } from './sharedQuery';

/** A source that counts how often it was started and stopped, and lets the test emit. */
function countingSource<T>() {
  const state = { started: 0, stopped: 0, observer: undefined as QueryObserver<T> | undefined };
  const start = (): QuerySource<T> => ({
    subscribe(observer) {
      state.started += 1;
      state.observer = observer;
      return {
        unsubscribe() {
          state.stopped += 1;
        },
      };
    },
  });
  return { state, start };
}

describe('sharedQuery', () => {
  it('runs one source for many subscribers and hands the latest value to a late one', () => {
    const { state, start } = countingSource<number>();
    const query = sharedQuery(start);
    const first: number[] = [];
    const second: number[] = [];
    const a = query.subscribe((value) => first.push(value));
    state.observer?.next?.(1);
    const b = query.subscribe({ next: (value) => second.push(value) });
    state.observer?.next?.(2);
    expect(state.started).toBe(1);
    expect(first).toEqual([1, 2]);
    expect(second).toEqual([1, 2]);
    expect(query.hasValue()).toBe(true);
    expect(query.getValue()).toBe(2);
    a.unsubscribe();
    expect(state.stopped).toBe(0);
    b.unsubscribe();
    expect(state.stopped).toBe(1);
    expect(query.hasValue()).toBe(false);
  });

  it('starts again after the last subscriber left, and an unsubscribe twice changes nothing', () => {
    const { state, start } = countingSource<string>();
    const query = sharedQuery(start);
    const once = query.subscribe(() => undefined);
    once.unsubscribe();
    once.unsubscribe();
    expect(state.stopped).toBe(1);
    const seen: string[] = [];
    query.subscribe((value) => seen.push(value));
    state.observer?.next?.('again');
    expect(state.started).toBe(2);
    expect(seen).toEqual(['again']);
  });

  it('hands an error to every subscriber and starts a new source for the next one', () => {
    const { state, start } = countingSource<number>();
    const query = sharedQuery(start);
    const errors: unknown[] = [];
    query.subscribe(undefined, (reason) => errors.push(reason));
    query.subscribe({ error: (reason) => errors.push(reason) });
    const failure = new Error('database closed');
    state.observer?.error?.(failure);
    expect(errors).toEqual([failure, failure]);
    expect(query.hasValue()).toBe(false);
    query.subscribe(() => undefined);
    expect(state.started).toBe(2);
  });
});
