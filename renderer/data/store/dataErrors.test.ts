import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { de } from '../../i18n/locales/de';
import { DataError, guardData, toDataError } from './dataErrors';

describe('toDataError', () => {
  it('recognises a quota error, also when Dexie wraps it in an AbortError', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toDataError(quota).messageKey).toBe('errors.storageFull');
    expect(toDataError(new Dexie.AbortError('aborted', quota)).messageKey).toBe('errors.storageFull');
  });

  it('tells a closed database and a newer database apart from other failures', () => {
    expect(toDataError(new Dexie.DatabaseClosedError()).messageKey).toBe('errors.databaseClosed');
    expect(toDataError(new Dexie.VersionError()).messageKey).toBe('errors.databaseNewer');
    expect(toDataError(new Error('disk on fire')).messageKey).toBe('errors.writeFailed');
    expect(toDataError('not even an error').messageKey).toBe('errors.writeFailed');
  });

  it('keeps the cause and passes DataErrors through', async () => {
    const cause = new Dexie.DatabaseClosedError();
    const error = toDataError(cause);
    expect(error.cause).toBe(cause);
    const notFound = new DataError('errors.notFound');
    await expect(guardData(() => Promise.reject(notFound))).rejects.toBe(notFound);
  });

  it('has a German message that says what to do for every key', () => {
    expect(de.errors.storageFull).toMatch(/Speicherplatz frei/);
    expect(de.errors.databaseClosed).toMatch(/neu\b/);
    for (const key of [
      'storageFull',
      'databaseClosed',
      'databaseNewer',
      'notFound',
      'writeFailed',
    ] as const) {
      expect(de.errors[key].length).toBeGreaterThan(10);
    }
  });
});

describe('toDataError for every error Dexie and IndexedDB raise on storage', () => {
  it('tells the person what to do: free space, reload, update', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    // Dexie wraps a failed bulk write in a BulkError or an AbortError, possibly twice.
    const wrapped = new Dexie.AbortError('aborted', new Dexie.AbortError('inner', quota));
    expect(toDataError(wrapped).messageKey).toBe('errors.storageFull');
    expect(toDataError(new DOMException('closing', 'InvalidStateError')).messageKey).toBe(
      'errors.databaseClosed',
    );
    expect(toDataError(new DOMException('too old', 'VersionError')).messageKey).toBe('errors.databaseNewer');
    // After a refused open, every query fails with a DatabaseClosedError whose inner error is the VersionError.
    const closedByVersion = new Dexie.DatabaseClosedError(new Dexie.VersionError('newer'));
    expect(toDataError(closedByVersion).messageKey).toBe('errors.databaseNewer');
    expect(de.errors.databaseNewer).toMatch(/installieren Sie die neueste Version/);
    expect(de.errors.databaseClosed).toMatch(/laden Sie die Seite neu/);
  });

  it('carries the values of a message with placeholders', () => {
    const error = new DataError('errors.storageLow', { params: { neededMb: 80, freeMb: 12 } });
    expect(error.params).toEqual({ neededMb: 80, freeMb: 12 });
    expect(new DataError('errors.writeFailed').params).toEqual({});
  });
});
