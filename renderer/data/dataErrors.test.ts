import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { de } from '../i18n/locales/de';
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
