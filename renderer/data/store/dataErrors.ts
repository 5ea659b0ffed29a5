/**
 * Failed reads and writes become one error type with an i18n key that tells the person what happened and what to
 * do. Dexie wraps the browser's errors (a quota error may arrive as the `inner` of an AbortError).
 */
export type DataErrorKey =
  | 'errors.storageFull'
  | 'errors.storageLow'
  | 'errors.databaseClosed'
  | 'errors.databaseNewer'
  | 'errors.notFound'
  | 'errors.postLocked'
  | 'errors.writeFailed';

export class DataError extends Error {
  readonly messageKey: DataErrorKey;
  /** Values for the message's placeholders (e.g. the megabytes of `errors.storageLow`). */
  readonly params: Record<string, string | number>;

  constructor(
    messageKey: DataErrorKey,
    options?: { cause?: unknown; params?: Record<string, string | number> },
  ) {
    super(messageKey, options);
    this.params = options?.params ?? {};
    // Not 'DataError': IndexedDB has an error of that name, which Dexie would take this one for.
    this.name = 'DeskDataError';
    this.messageKey = messageKey;
  }
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/** A DataError thrown inside a Dexie transaction arrives wrapped (as `inner`) in Dexie's own error. */
function innerDataError(error: unknown): DataError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    if (current instanceof DataError) return current;
    current = (current as { inner?: unknown }).inner;
  }
  return null;
}

export function toDataError(error: unknown): DataError {
  const own = innerDataError(error);
  if (own) return own;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new DataError('errors.storageFull', { cause: error });
  // After a refused open, Dexie answers every query with a DatabaseClosedError whose `inner` is the VersionError.
  if (names.includes('VersionError')) return new DataError('errors.databaseNewer', { cause: error });
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) {
    return new DataError('errors.databaseClosed', { cause: error });
  }
  return new DataError('errors.writeFailed', { cause: error });
}

/** Runs a database operation and turns any failure into a DataError. */
export async function guardData<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toDataError(error);
  }
}
