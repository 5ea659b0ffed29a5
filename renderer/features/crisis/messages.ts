/** UI strings of this feature (German first); merged into the catalogue under `crisisUi` by renderer/i18n/catalogue.ts. */
export const crisisUiDe = {
  region: 'Krisenmodus',
  switchedOn: 'Der Krisenmodus ist eingeschaltet.',
  by: 'Eingeschaltet von {{name}}.',
  heldCount_one: '{{count}} Beitrag ist angehalten.',
  heldCount_other: '{{count}} Beiträge sind angehalten.',
  unknownProfile: 'unbekanntes Profil',
  turnOn: 'Krisenmodus',
  turnOnTitle: 'Krisenmodus einschalten',
  turnOff: 'Krisenmodus beenden',
  heldButton: 'Angehaltene Beiträge ({{count}})',
  reason: 'Grund',
  reasonHint: 'Zum Beispiel: Unwetterlage, Shitstorm zu … Der Grund steht im Banner und im Protokoll.',
  windowDays: 'Zeitraum (Tage)',
  windowHint: 'Geplante Beiträge der nächsten {{days}} Tage werden angehalten, außer Krisenbeiträge.',
  confirm: 'Krisenmodus einschalten',
  cancel: 'Abbrechen',
  onDone_one: 'Krisenmodus eingeschaltet. {{count}} Beitrag wurde angehalten.',
  onDone_other: 'Krisenmodus eingeschaltet. {{count}} Beiträge wurden angehalten.',
  offDone_one:
    'Krisenmodus beendet. {{count}} Beitrag ist noch angehalten und kann einzeln freigegeben werden.',
  offDone_other:
    'Krisenmodus beendet. {{count}} Beiträge sind noch angehalten und können einzeln freigegeben werden.',
  held: {
    heading: 'Angehaltene Beiträge',
    close: 'Schließen',
    release: 'Freigeben',
    releaseLabel: '„{{title}}“ freigeben',
    scheduled: 'Geplant für {{date}}',
    unscheduled: 'ohne Termin',
    since: 'Angehalten seit {{date}}, vorher: {{status}}',
    released: '„{{title}}“ wurde freigegeben.',
    releasedReview:
      '„{{title}}“ wurde freigegeben. Weil der Beitrag länger als {{hours}} Stunden angehalten war, ist er wieder in ' +
      'Prüfung und muss erneut freigegeben werden.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const crisisUiEn: Widen<typeof crisisUiDe> = {
  region: 'Crisis mode',
  switchedOn: 'Crisis mode is on.',
  by: 'Switched on by {{name}}.',
  heldCount_one: '{{count}} post is on hold.',
  heldCount_other: '{{count}} posts are on hold.',
  unknownProfile: 'unknown profile',
  turnOn: 'Crisis mode',
  turnOnTitle: 'Switch crisis mode on',
  turnOff: 'End crisis mode',
  heldButton: 'Posts on hold ({{count}})',
  reason: 'Reason',
  reasonHint:
    'For example: severe weather, a shitstorm about … The reason shows in the banner and the audit trail.',
  windowDays: 'Period (days)',
  windowHint: 'Scheduled posts of the next {{days}} days are put on hold, except crisis posts.',
  confirm: 'Switch crisis mode on',
  cancel: 'Cancel',
  onDone_one: 'Crisis mode is on. {{count}} post was put on hold.',
  onDone_other: 'Crisis mode is on. {{count}} posts were put on hold.',
  offDone_one: 'Crisis mode ended. {{count}} post is still on hold and can be released.',
  offDone_other: 'Crisis mode ended. {{count}} posts are still on hold and can be released one by one.',
  held: {
    heading: 'Posts on hold',
    close: 'Close',
    release: 'Release',
    releaseLabel: 'Release “{{title}}”',
    scheduled: 'Planned for {{date}}',
    unscheduled: 'not scheduled',
    since: 'On hold since {{date}}, before: {{status}}',
    released: '“{{title}}” was released.',
    releasedReview:
      '“{{title}}” was released. As it was on hold for more than {{hours}} hours, it is back in review and must be ' +
      'approved again.',
  },
};
