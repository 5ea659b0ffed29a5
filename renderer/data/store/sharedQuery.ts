/**
 * One live query shared by every component that reads the same thing: the first subscriber starts it, the last
 * one to leave stops it, and a subscriber that comes later gets the latest result at once. For reads that are
 * costly to repeat per component (the roster and audit trail, verified before any verdict). The shape is what
 * `useObservable` of dexie-react-hooks takes (`subscribe`, `hasValue`, `getValue`).
 */
export interface QueryObserver<T> {
  next?: (value: T) => void;
  error?: (error: unknown) => void;
}

export interface Unsubscribable {
  unsubscribe(): void;
}

/** What a source (Dexie's `liveQuery`) must offer. */
export interface QuerySource<T> {
  subscribe(observer: QueryObserver<T>): Unsubscribable;
}

export interface SharedQuery<T> {
  subscribe(
    observerOrNext?: QueryObserver<T> | ((value: T) => void),
    error?: (error: unknown) => void,
  ): Unsubscribable;
  hasValue(): boolean;
  getValue(): T | undefined;
}

export function sharedQuery<T>(start: () => QuerySource<T>): SharedQuery<T> {
  const observers = new Set<QueryObserver<T>>();
  let upstream: Unsubscribable | undefined;
  let latest: { value: T } | undefined;

  function stop(): void {
    upstream?.unsubscribe();
    upstream = undefined;
    latest = undefined;
  }

  return {
    subscribe(observerOrNext, error) {
      const observer: QueryObserver<T> =
        typeof observerOrNext === 'object' ? observerOrNext : { next: observerOrNext, error };
      observers.add(observer);
      if (latest !== undefined) observer.next?.(latest.value);
      upstream ??= start().subscribe({
        next: (value) => {
          latest = { value };
          for (const each of [...observers]) each.next?.(value);
        },
        error: (reason) => {
          // A failed query ends its source: the next subscriber starts a new one.
          const failed = [...observers];
          upstream = undefined;
          latest = undefined;
          for (const each of failed) each.error?.(reason);
        },
      });
      return {
        unsubscribe() {
          if (!observers.delete(observer)) return;
          if (observers.size === 0) stop();
        },
      };
    },
    hasValue: () => latest !== undefined,
    getValue: () => latest?.value,
  };
}
