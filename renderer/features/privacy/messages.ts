/** Texts of the Datenschutz page (renderer/features/privacy), merged under `privacyUi`. German first. */
export const privacyUiDe = {
  heading: 'Datenschutz',
  intro:
    'Diese Seite beschreibt für die Datenschutzbeauftragte oder den Datenschutzbeauftragten, welche Daten Civic Desk ' +
    'wo speichert, wie lange sie aufbewahrt werden und was das Gerät verlässt.',
  stored: {
    heading: 'Was wird wo gespeichert?',
    intro:
      'Alle Daten liegen in der IndexedDB des Programms auf diesem Gerät (im Ursprung der App, für andere Websites ' +
      'und Programme nicht lesbar). Es gibt keinen Server und kein Benutzerkonto im Netz.',
    columns: { what: 'Daten', where: 'Ort', contents: 'Inhalt' },
    deviceStore: 'IndexedDB auf diesem Gerät',
    items: {
      posts: {
        what: 'Beiträge',
        contents: 'Texte, Varianten, Termine, Status, Freigaben mit Signaturen, interne Notizen.',
      },
      media: {
        what: 'Bilder und Videos',
        contents:
          'Die Dateien selbst, Vorschaubilder, Alternativtexte und die Verknüpfung mit Einwilligungen.',
      },
      consents: {
        what: 'Einwilligungen',
        contents: 'Name der abgebildeten Person, Zweck, Gültigkeit und Widerruf.',
      },
      profiles: {
        what: 'Profile',
        contents: 'Name, Kürzel, Rollen und – falls gesetzt – ein PIN-Hash (PBKDF2), nie die PIN selbst.',
      },
      keys: {
        what: 'Schlüssel',
        contents:
          'Je Profil ein Schlüsselpaar für Freigabesignaturen; der private Schlüssel ist nicht exportierbar und ' +
          'verlässt das Gerät nie.',
      },
      comments: {
        what: 'Kommentare',
        contents: 'Kommentare zu Beiträgen mit Verfasserin oder Verfasser und Zeit.',
      },
      audit: {
        what: 'Prüfprotokoll',
        contents: 'Wer wann was getan hat, als Hash-Kette; alte Einträge werden anonymisiert statt gelöscht.',
      },
      backups: {
        what: 'Sicherungen',
        where: 'Im gewählten Ordner (nur Desktop-App)',
        contents: 'Automatische Sicherungen des ganzen Arbeitsbereichs, rotierend.',
      },
    },
    network:
      'Nichts verlässt das Gerät – außer den Dateien, die Sie selbst speichern (Export, Sicherung, Prüfdatei). ' +
      'Die App stellt keine Netzwerkverbindungen her: Die Content-Security-Policy erlaubt Verbindungen nur zur App ' +
      'selbst.',
  },
  retention: {
    heading: 'Aufbewahrung',
    intro:
      'Abgeschlossene Beiträge (archiviert, veröffentlicht, zurückgezogen, abgelaufen) und Kommentare werden nach ' +
      'der eingestellten Zahl von Monaten gelöscht; Einträge des Prüfprotokolls werden anonymisiert, damit die ' +
      'Kette prüfbar bleibt. 0 bedeutet: unbegrenzt aufbewahren. Die Regeln gelten bei jedem Start der App.',
    fields: {
      postsMonths: 'Abgeschlossene Beiträge (Monate)',
      commentsMonths: 'Kommentare (Monate)',
      auditMonths: 'Prüfprotokoll anonymisieren nach (Monaten)',
    },
    forever: '0 = unbegrenzt',
    adminsOnly: 'Nur Administratorinnen und Administratoren können die Aufbewahrung ändern.',
    save: 'Aufbewahrung speichern',
    saved: 'Die Aufbewahrung wurde gespeichert.',
    invalid: 'Bitte korrigieren Sie die markierten Felder; es wurde nichts gespeichert.',
    notNumber: 'Bitte geben Sie eine Zahl ein.',
  },
  apply: {
    heading: 'Jetzt anwenden',
    intro:
      'Wendet die gespeicherten Regeln sofort an. Das Ergebnis wird im Prüfprotokoll vermerkt (nur Anzahlen).',
    button: 'Jetzt anwenden',
    running: 'Wird angewendet …',
    done: 'Angewendet: {{posts}} Beiträge und {{comments}} Kommentare gelöscht, {{audit}} Protokolleinträge anonymisiert.',
    nothing: 'Angewendet: Es gab nichts zu löschen oder zu anonymisieren.',
  },
  consents: {
    heading: 'Einwilligungen',
    intro:
      'Das Einwilligungsregister führt die Einwilligungen der abgebildeten Personen. Ein Widerruf nimmt die ' +
      'betroffenen Bilder aus allen Beiträgen, die noch veröffentlicht werden können, und schickt diese erneut ' +
      'in die Prüfung.',
    open: 'Zum Einwilligungsregister',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const privacyUiEn: Widen<typeof privacyUiDe> = {
  heading: 'Data protection',
  intro:
    'This page tells the data-protection officer which data Civic Desk stores where, how long it is kept and what ' +
    'leaves the device.',
  stored: {
    heading: 'What is stored where?',
    intro:
      'All data lives in the app’s IndexedDB on this device (in the app’s origin, not readable by other websites or ' +
      'programs). There is no server and no online account.',
    columns: { what: 'Data', where: 'Place', contents: 'Contents' },
    deviceStore: 'IndexedDB on this device',
    items: {
      posts: {
        what: 'Posts',
        contents: 'Texts, variants, dates, status, approvals with signatures, internal notes.',
      },
      media: {
        what: 'Images and videos',
        contents: 'The files themselves, thumbnails, alt texts and the links to consents.',
      },
      consents: { what: 'Consents', contents: 'Name of the person shown, purpose, validity and withdrawal.' },
      profiles: {
        what: 'Profiles',
        contents: 'Name, initials, roles and – if set – a PIN hash (PBKDF2), never the PIN itself.',
      },
      keys: {
        what: 'Keys',
        contents:
          'One key pair per profile for approval signatures; the private key is not extractable and never leaves the device.',
      },
      comments: { what: 'Comments', contents: 'Comments on posts with their author and time.' },
      audit: {
        what: 'Audit log',
        contents: 'Who did what and when, as a hash chain; old entries are anonymised instead of deleted.',
      },
      backups: {
        what: 'Backups',
        where: 'In the chosen folder (desktop app only)',
        contents: 'Automatic, rotated backups of the whole workspace.',
      },
    },
    network:
      'Nothing leaves the device except the files you save yourself (export, backup, review file). The app makes no ' +
      'network connections: its Content Security Policy allows connections to the app itself only.',
  },
  retention: {
    heading: 'Retention',
    intro:
      'Finished posts (archived, published, withdrawn, expired) and comments are deleted after the set number of ' +
      'months; audit log entries are anonymised so the chain can still be verified. 0 means: keep forever. The ' +
      'rules apply at every start of the app.',
    fields: {
      postsMonths: 'Finished posts (months)',
      commentsMonths: 'Comments (months)',
      auditMonths: 'Anonymise audit log after (months)',
    },
    forever: '0 = forever',
    adminsOnly: 'Only administrators can change retention.',
    save: 'Save retention',
    saved: 'Retention was saved.',
    invalid: 'Please correct the marked fields; nothing was saved.',
    notNumber: 'Please enter a number.',
  },
  apply: {
    heading: 'Apply now',
    intro: 'Applies the saved rules right away. The result is recorded in the audit log (counts only).',
    button: 'Apply now',
    running: 'Applying …',
    done: 'Applied: {{posts}} posts and {{comments}} comments deleted, {{audit}} audit entries anonymised.',
    nothing: 'Applied: there was nothing to delete or anonymise.',
  },
  consents: {
    heading: 'Consents',
    intro:
      'The consent register keeps the consents of the people shown. A withdrawal takes the images concerned out of ' +
      'every post that can still be published and sends those posts back to review.',
    open: 'Open the consent register',
  },
};
