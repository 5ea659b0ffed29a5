/** UI strings of the export page (German first); merged into the catalogue under `exportUi` by renderer/i18n/catalogue.ts. */
export const exportUiDe = {
  heading: 'Export',
  intro:
    'Exportieren Sie die freigegebenen Beiträge eines Zeitraums für Outlook, ein Planungswerkzeug oder zum ' +
    'Veröffentlichen von Hand. Nur freigegebene Beiträge verlassen Civic Desk; nach dem Speichern werden sie ' +
    'als exportiert markiert und im Protokoll mit Dateiname und Prüfsumme vermerkt.',
  scope: 'Was wird exportiert?',
  from: 'Von',
  to: 'Bis',
  networks: 'Netzwerke',
  campaigns: 'Kampagnen',
  campaignsHint: 'Keine Auswahl: alle Beiträge, auch ohne Kampagne.',
  noCampaigns: 'Es gibt noch keine Kampagnen.',
  format: 'Format',
  formats: {
    ics: 'Kalender (ICS) für Outlook und andere Kalender',
    hootsuite: 'Hootsuite (CSV)',
    buffer: 'Buffer (CSV)',
    sprout: 'Sprout Social (CSV)',
    publer: 'Publer (CSV)',
    zip: 'Veröffentlichungspaket (ZIP) mit Texten, Bildern und Alternativtexten',
    weekPlan: 'Wochenplan zum Ausdrucken (A4 quer)',
  },
  csvOptions: 'CSV-Einstellungen',
  dateOrder: 'Datumsformat',
  dayFirst: 'Tag zuerst (31/12/2026)',
  monthFirst: 'Monat zuerst (12/31/2026)',
  bom: 'Byte-Order-Mark für Excel (Umlaute richtig anzeigen)',
  formulaProtection: 'Schutz vor Formeln (Zellen mit = + - @ beginnen mit einem Apostroph)',
  csvSplitHint: 'Mehrere CSV-Dateien (eine je Netzwerk) werden in einer ZIP-Datei gespeichert.',
  leftOut: {
    heading_one: 'Nicht in der CSV-Datei ({{count}} Zeile)',
    heading_other: 'Nicht in der CSV-Datei ({{count}} Zeilen)',
    instagramNeedsImage:
      'Instagram braucht ein Bild, und dieses Format kann keines mitgeben. Veröffentlichen Sie den Beitrag mit ' +
      'dem Veröffentlichungspaket (ZIP).',
    minuteStep:
      'Hootsuite nimmt nur Uhrzeiten in 5-Minuten-Schritten (z. B. 10:05). Bitte verschieben Sie den Beitrag.',
    tooSoon: 'Hootsuite nimmt nur Beiträge, die mindestens 10 Minuten in der Zukunft liegen.',
    tooClose:
      'Sprout Social braucht mindestens 10 Minuten zwischen zwei Beiträgen eines Netzwerks. Bitte verschieben Sie ' +
      'den Beitrag.',
  },
  included: 'Wird exportiert ({{count}})',
  excluded: 'Bleibt hier ({{count}})',
  noneExcluded: 'Alle Beiträge im Zeitraum werden exportiert.',
  loading: 'Wird geladen …',
  networksOf: 'Netzwerke: {{networks}}',
  reason: 'Grund: {{reason}}',
  exportButton: 'Exportieren und speichern',
  printButton: 'Wochenplan drucken',
  working: 'Export läuft …',
  done_one:
    '{{count}} Beitrag wurde exportiert und als exportiert markiert. Datei: {{file}} (SHA-256 {{hash}}).',
  done_other:
    '{{count}} Beiträge wurden exportiert und als exportiert markiert. Datei: {{file}} (SHA-256 {{hash}}).',
  missingMedia_one:
    '{{count}} Bild oder Video fehlt im Speicher und ist nicht im Paket; die Liesmich-Datei nennt es.',
  missingMedia_other:
    '{{count}} Bilder oder Videos fehlen im Speicher und sind nicht im Paket; die Liesmich-Datei nennt sie.',
  cancelled: 'Das Speichern wurde abgebrochen. Es wurde nichts als exportiert markiert.',
  notEditor:
    'Exportieren dürfen nur Profile mit der Rolle Redaktion oder Administration. Bitte wechseln Sie das Profil.',
  weekPlan: {
    heading: 'Wochenplan KW {{week}}/{{year}}',
    range: '{{from}} bis {{to}}',
    time: 'Uhrzeit',
    day: 'Tag',
    posts: 'Beiträge',
    empty: 'Keine Beiträge',
    outside: 'Außerhalb des gewählten Zeitraums',
    preview: 'Vorschau des Wochenplans',
    printedOn: 'Gedruckt am {{date}}',
    pageOf: 'Seite {{page}} von {{pages}}',
    printed: 'Der Druckdialog wurde geöffnet.',
    saved: 'Der Wochenplan wurde als PDF gespeichert: {{file}}',
    cancelled: 'Das Speichern des Wochenplans wurde abgebrochen.',
  },
  errors: {
    dateRequired: 'Bitte geben Sie für „{{field}}“ ein gültiges Datum an.',
    rangeReversed: 'Das Datum „Bis“ liegt vor dem Datum „Von“. Bitte prüfen Sie den Zeitraum.',
    rangeTooLong: 'Der Zeitraum ist länger als ein Jahr. Bitte wählen Sie einen kürzeren Zeitraum.',
    noNetwork: 'Bitte wählen Sie mindestens ein Netzwerk.',
    notApproved: 'Ein Beitrag ist nicht (mehr) freigegeben und wurde nicht als exportiert markiert.',
    keyNotCertified:
      'Das Veröffentlichungspaket wird mit Ihrem Schlüssel unterschrieben, aber die Schlüsselliste Ihrer ' +
      'Organisation bestätigt ihn nicht. Bitte lassen Sie Ihren Schlüssel von einer Administratorin oder einem ' +
      'Administrator bestätigen. Es wurde nichts exportiert.',
    saveFailed: 'Die Datei konnte nicht gespeichert werden: {{reason}}',
    notSaved: 'Es wurde nichts gespeichert und nichts als exportiert markiert.',
    weekPlanNotSaved: 'Der Wochenplan wurde nicht gespeichert.',
  },
};

export type ExportUiMessages = typeof exportUiDe;

export const exportUiEn: ExportUiMessages = {
  heading: 'Export',
  intro:
    'Export the approved posts of a period for Outlook, a scheduling tool or for posting by hand. Only approved ' +
    'posts leave Civic Desk; after saving they are marked exported and recorded in the audit trail with the file ' +
    'name and checksum.',
  scope: 'What is exported?',
  from: 'From',
  to: 'To',
  networks: 'Networks',
  campaigns: 'Campaigns',
  campaignsHint: 'None chosen: all posts, also those without a campaign.',
  noCampaigns: 'There are no campaigns yet.',
  format: 'Format',
  formats: {
    ics: 'Calendar (ICS) for Outlook and other calendars',
    hootsuite: 'Hootsuite (CSV)',
    buffer: 'Buffer (CSV)',
    sprout: 'Sprout Social (CSV)',
    publer: 'Publer (CSV)',
    zip: 'Publish package (ZIP) with texts, images and alt texts',
    weekPlan: 'Week plan to print (A4 landscape)',
  },
  csvOptions: 'CSV settings',
  dateOrder: 'Date format',
  dayFirst: 'Day first (31/12/2026)',
  monthFirst: 'Month first (12/31/2026)',
  bom: 'Byte order mark for Excel (shows umlauts correctly)',
  formulaProtection: 'Formula protection (cells starting with = + - @ get an apostrophe)',
  csvSplitHint: 'Several CSV files (one per network) are saved in one ZIP file.',
  leftOut: {
    heading_one: 'Not in the CSV file ({{count}} row)',
    heading_other: 'Not in the CSV file ({{count}} rows)',
    instagramNeedsImage:
      'Instagram needs an image, and this format cannot carry one. Publish the post with the publish package (ZIP).',
    minuteStep: 'Hootsuite only takes times in 5-minute steps (e.g. 10:05). Please move the post.',
    tooSoon: 'Hootsuite only takes posts at least 10 minutes in the future.',
    tooClose: 'Sprout Social needs at least 10 minutes between two posts of a network. Please move the post.',
  },
  included: 'Exported ({{count}})',
  excluded: 'Left out ({{count}})',
  noneExcluded: 'Every post in the period is exported.',
  loading: 'Loading …',
  networksOf: 'Networks: {{networks}}',
  reason: 'Reason: {{reason}}',
  exportButton: 'Export and save',
  printButton: 'Print week plan',
  working: 'Exporting …',
  done_one: '{{count}} post was exported and marked exported. File: {{file}} (SHA-256 {{hash}}).',
  done_other: '{{count}} posts were exported and marked exported. File: {{file}} (SHA-256 {{hash}}).',
  missingMedia_one:
    '{{count}} image or video is missing from storage and not in the package; the read-me names it.',
  missingMedia_other:
    '{{count}} images or videos are missing from storage and not in the package; the read-me names them.',
  cancelled: 'Saving was cancelled. Nothing was marked exported.',
  notEditor: 'Only profiles with the editor or admin role may export. Please switch profiles.',
  weekPlan: {
    heading: 'Week plan CW {{week}}/{{year}}',
    range: '{{from}} to {{to}}',
    time: 'Time',
    day: 'Day',
    posts: 'Posts',
    empty: 'No posts',
    outside: 'Outside the chosen period',
    preview: 'Week plan preview',
    printedOn: 'Printed on {{date}}',
    pageOf: 'Page {{page}} of {{pages}}',
    printed: 'The print dialog was opened.',
    saved: 'The week plan was saved as a PDF: {{file}}',
    cancelled: 'Saving the week plan was cancelled.',
  },
  errors: {
    dateRequired: 'Please enter a valid date for "{{field}}".',
    rangeReversed: 'The "To" date is before the "From" date. Please check the period.',
    rangeTooLong: 'The period is longer than a year. Please choose a shorter period.',
    noNetwork: 'Please choose at least one network.',
    notApproved: 'A post is not (or no longer) approved and was not marked exported.',
    keyNotCertified:
      'The publish package is signed with your key, but your organisation’s key list does not confirm it. ' +
      'Please ask an administrator to confirm your key. Nothing was exported.',
    saveFailed: 'The file could not be saved: {{reason}}',
    notSaved: 'Nothing was saved and nothing was marked exported.',
    weekPlanNotSaved: 'The week plan was not saved.',
  },
};
