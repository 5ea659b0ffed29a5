/** German (Germany): the base language. Every visible string of the renderer is a key here. */
export const de = {
  app: {
    name: 'Civic Desk',
    tagline: 'Redaktionsplan für Social Media',
    nav: { label: 'Hauptnavigation', calendar: 'Kalender', settings: 'Einstellungen' },
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
  },
  calendar: {
    heading: 'Redaktionskalender',
    views: { label: 'Ansicht', month: 'Monat', week: 'Woche', list: 'Liste' },
    today: 'Heute',
    previous: 'Zurück',
    next: 'Weiter',
    newPost: 'Neuer Beitrag',
    moreLink: '+{{count}} weitere',
    noPosts: 'Keine Beiträge in diesem Zeitraum',
    weekNumber: 'KW {{week}}',
    allDay: 'Ganztägig',
    holiday: 'Feiertag: {{name}}',
    eventLabel: '{{time}} {{title}} – {{networks}} – {{status}}',
    moved: '„{{title}}“ auf {{date}} verschoben.',
  },
  filters: {
    heading: 'Filter',
    networks: 'Netzwerke',
    statuses: 'Status',
    reset: 'Filter zurücksetzen',
  },
  unscheduled: {
    heading: 'Ohne Termin',
    hint: 'In den Kalender ziehen, um einen Termin zu setzen.',
    empty: 'Keine Entwürfe ohne Termin.',
  },
  networks: { linkedin: 'LinkedIn', facebook: 'Facebook', instagram: 'Instagram', x: 'X' },
  status: {
    draft: 'Entwurf',
    in_review: 'In Prüfung',
    changes_requested: 'Änderungen erbeten',
    approved: 'Freigegeben',
    exported: 'Exportiert',
    published: 'Veröffentlicht',
    archived: 'Archiviert',
  },
  post: {
    createTitle: 'Neuer Beitrag',
    editTitle: 'Beitrag bearbeiten',
    fields: {
      title: 'Titel',
      networks: 'Netzwerke',
      date: 'Datum',
      time: 'Uhrzeit',
      text: 'Text',
      status: 'Status',
    },
    dateHint: 'Leer lassen für einen Entwurf ohne Termin. Zeitzone: {{timeZone}}',
    save: 'Speichern',
    cancel: 'Abbrechen',
    delete: 'Löschen',
    confirmDelete: 'Beitrag „{{title}}“ wirklich löschen?',
    saved: 'Beitrag „{{title}}“ gespeichert.',
    deleted: 'Beitrag „{{title}}“ gelöscht.',
    notFound: 'Dieser Beitrag existiert nicht mehr.',
    errors: {
      titleRequired: 'Bitte geben Sie einen Titel ein.',
      titleTooLong: 'Der Titel darf höchstens 200 Zeichen lang sein.',
      channelRequired: 'Bitte wählen Sie mindestens ein Netzwerk.',
      channelUnknown: 'Unbekanntes Netzwerk.',
      textTooLong: 'Der Text ist zu lang.',
      dateInvalid: 'Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).',
      timeInvalid: 'Bitte geben Sie eine gültige Uhrzeit ein (HH:MM).',
      summary: 'Der Beitrag wurde nicht gespeichert. Bitte prüfen Sie die markierten Felder.',
    },
  },
  settings: {
    heading: 'Einstellungen',
    organisation: 'Organisation',
    organisationName: 'Name der Organisation',
    country: 'Land',
    countries: { DE: 'Deutschland', CH: 'Schweiz', AT: 'Österreich' },
    subdivision: 'Bundesland oder Kanton (für Feiertage)',
    timeZone: 'Zeitzone',
    timeZones: { 'Europe/Berlin': 'Berlin', 'Europe/Zurich': 'Zürich', 'Europe/Vienna': 'Wien' },
    language: 'Sprache',
    languages: {
      'de-DE': 'Deutsch (Deutschland)',
      'de-CH': 'Deutsch (Schweiz)',
      'de-AT': 'Deutsch (Österreich)',
      en: 'English',
    },
    defaultPostTime: 'Standard-Uhrzeit für neue Termine',
    save: 'Einstellungen speichern',
    saved: 'Einstellungen gespeichert.',
    invalid: 'Ungültiger Wert im Feld „{{field}}“. Nichts wurde gespeichert.',
    storage: {
      heading: 'Speicher',
      persisted: 'Dauerhafter Speicher ist gewährt: Der Browser löscht die Daten nicht von sich aus.',
      notPersisted:
        'Dauerhafter Speicher ist nicht gewährt: Der Browser darf die Daten bei Platzmangel löschen. Legen Sie regelmäßig Sicherungen an.',
      unsupported: 'Dieser Browser kann keinen dauerhaften Speicher gewähren.',
      usage: '{{used}} von {{quota}} belegt',
      usageUnknown: 'Belegter Speicher unbekannt.',
    },
    about: {
      heading: 'Über',
      version: 'Version {{version}} ({{runtime}})',
      desktop: 'Desktop',
      browser: 'Browser',
    },
  },
  errors: {
    storageFull:
      'Der Speicher ist voll. Bitte geben Sie Speicherplatz frei (z. B. alte Medien löschen) und versuchen Sie es erneut. Bisher Gespeichertes bleibt erhalten.',
    databaseClosed:
      'Die Datenbank ist geschlossen, vielleicht durch ein Update in einem anderen Fenster. Bitte laden Sie die Seite neu. Bisher Gespeichertes bleibt erhalten.',
    databaseNewer:
      'Die Daten stammen aus einer neueren Version von Civic Desk. Bitte installieren Sie die neueste Version. Es wurde nichts verändert.',
    notFound: 'Der Eintrag existiert nicht mehr.',
    writeFailed:
      'Speichern fehlgeschlagen. Bisher Gespeichertes bleibt erhalten. Bitte versuchen Sie es erneut.',
    dismiss: 'Meldung schließen',
  },
} as const;

/** The shape every language must fill: the same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof de>;
