import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { saveFailureText } from './saveFailure';

const MB = 1024 * 1024;
const { t } = createI18n('de-DE');

describe('saveFailureText', () => {
  it('rounds what is needed up and what is free down, so freeing the named amount is enough', () => {
    expect(
      saveFailureText(t, {
        status: 'failed',
        reason: 'lowDisk',
        neededBytes: 50 * MB + 1,
        freeBytes: 50 * MB - 1,
      }),
    ).toBe(
      'Zu wenig freier Speicherplatz auf dem Laufwerk: Die Datei braucht mit Reserve 51 MB, frei sind nur 49 MB. ' +
        'Bitte geben Sie auf dem Laufwerk mindestens 1 MB frei oder wählen Sie beim Speichern ein anderes Laufwerk.',
    );
  });

  it('says the drive became full for ENOSPC and EDQUOT, and names any other system code', () => {
    const full = 'Das Laufwerk wurde beim Schreiben voll.';
    expect(saveFailureText(t, { status: 'failed', reason: 'writeFailed', code: 'ENOSPC' })).toContain(full);
    expect(saveFailureText(t, { status: 'failed', reason: 'writeFailed', code: 'EDQUOT' })).toContain(full);
    expect(saveFailureText(t, { status: 'failed', reason: 'writeFailed', code: 'EROFS' })).toBe(
      'Die Datei konnte nicht geschrieben werden (Systemfehler EROFS). Bitte wählen Sie beim Speichern einen ' +
        'anderen Ordner oder ein anderes Laufwerk.',
    );
    expect(saveFailureText(t, { status: 'failed', reason: 'writeFailed', code: null })).toBe(
      'Die Datei konnte nicht geschrieben werden. Bitte wählen Sie beim Speichern einen anderen Ordner oder ein ' +
        'anderes Laufwerk.',
    );
  });

  it('speaks English, and writes thousands as each German-speaking region does', () => {
    const failure = {
      status: 'failed',
      reason: 'lowDisk',
      neededBytes: 1_500 * MB,
      freeBytes: 200 * MB,
    } as const;
    expect(saveFailureText(createI18n('en').t, failure)).toBe(
      'Not enough free space on the drive: the file needs 1,500 MB including a reserve, only 200 MB are free. ' +
        'Please free at least 1,300 MB on the drive or choose another drive when saving.',
    );
    // Austrian German groups with a (narrow) no-break space, Swiss German with an apostrophe; which character
    // exactly depends on the ICU data of the runtime.
    expect(saveFailureText(createI18n('de-AT').t, failure)).toMatch(/mindestens 1[\u00a0\u202f ]300 MB frei/);
    expect(saveFailureText(createI18n('de-CH').t, failure)).toMatch(/mindestens 1[’']300 MB frei/);
  });
});
