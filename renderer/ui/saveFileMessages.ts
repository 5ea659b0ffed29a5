/**
 * Messages for a file save that did not happen (`SaveFailure` from the platform): shared by every page that saves a
 * file (export, review file, audit CSV, backup). German first; de-CH and de-AT are derived from it.
 */
export const saveFileMessagesDe = {
  lowDisk:
    'Zu wenig freier Speicherplatz auf dem Laufwerk: Die Datei braucht mit Reserve {{needed, number}} MB, frei ' +
    'sind nur {{free, number}} MB. Bitte geben Sie auf dem Laufwerk mindestens {{missing, number}} MB frei oder ' +
    'wählen Sie beim Speichern ein anderes Laufwerk.',
  diskFull:
    'Das Laufwerk wurde beim Schreiben voll. Bitte geben Sie Speicherplatz frei oder wählen Sie beim Speichern ' +
    'ein anderes Laufwerk.',
  writeFailed:
    'Die Datei konnte nicht geschrieben werden (Systemfehler {{code}}). Bitte wählen Sie beim Speichern einen ' +
    'anderen Ordner oder ein anderes Laufwerk.',
  writeFailedNoCode:
    'Die Datei konnte nicht geschrieben werden. Bitte wählen Sie beim Speichern einen anderen Ordner oder ein ' +
    'anderes Laufwerk.',
};

export const saveFileMessagesEn: typeof saveFileMessagesDe = {
  lowDisk:
    'Not enough free space on the drive: the file needs {{needed, number}} MB including a reserve, only ' +
    '{{free, number}} MB are free. Please free at least {{missing, number}} MB on the drive or choose another ' +
    'drive when saving.',
  diskFull:
    'The drive became full while writing. Please free some space or choose another drive when saving.',
  writeFailed:
    'The file could not be written (system error {{code}}). Please choose another folder or drive when saving.',
  writeFailedNoCode: 'The file could not be written. Please choose another folder or drive when saving.',
};
