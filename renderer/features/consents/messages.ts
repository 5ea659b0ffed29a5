/** The sentence on withdrawals that closes each country's intro. */
const WITHDRAWAL_DE =
  'Ein Widerruf gilt ab seinem Tag: Verknüpfte Medien dürfen danach nicht mehr veröffentlicht werden.';
const WITHDRAWAL_EN = 'A withdrawal counts from its own day: linked media may not be published after it.';

/** UI strings of this feature (German first); merged into the catalogue under `consentsUi` by renderer/i18n/catalogue.ts. */
export const consentsUiDe = {
  heading: 'Einwilligungen',
  /** The page's intro names the law of the organisation's country (settings.region.country). */
  intro: {
    DE:
      'Hier dokumentieren Sie die Einwilligungen der Personen, die auf Bildern oder in Videos zu sehen sind ' +
      '(DSGVO Art. 6 Abs. 1 lit. a und Art. 7; Recht am eigenen Bild nach §§ 22, 23 KUG). ' +
      WITHDRAWAL_DE,
    CH:
      'Hier dokumentieren Sie die Einwilligungen der Personen, die auf Bildern oder in Videos zu sehen sind ' +
      '(revDSG, auch nDSG, in Kraft seit 1. September 2023; für kantonale und kommunale Stellen das ' +
      'kantonale Datenschutzgesetz; Recht am eigenen Bild nach Art. 28 ZGB). ' +
      WITHDRAWAL_DE,
    AT:
      'Hier dokumentieren Sie die Einwilligungen der Personen, die auf Bildern oder in Videos zu sehen sind ' +
      '(DSGVO Art. 6 Abs. 1 lit. a und Art. 7 mit dem Datenschutzgesetz, DSG; Bildnisschutz nach § 78 UrhG). ' +
      WITHDRAWAL_DE,
  },
  register: 'Register',
  loading: 'Wird geladen …',
  empty: 'Es sind noch keine Einwilligungen eingetragen.',
  columns: {
    person: 'Person',
    purpose: 'Zweck',
    givenOn: 'Erteilt am',
    validUntil: 'Gültig bis',
    withdrawnOn: 'Widerrufen am',
    status: 'Status heute',
    media: 'Verknüpfte Medien',
    actions: 'Aktionen',
  },
  noEnd: 'unbefristet',
  notWithdrawn: '–',
  edit: 'Bearbeiten',
  editLabel: 'Einwilligung von {{person}} bearbeiten',
  withdraw: 'Widerrufen',
  withdrawLabel: 'Einwilligung von {{person}} mit heutigem Datum widerrufen',
  delete: 'Löschen',
  deleteLabel: 'Einwilligung von {{person}} löschen',
  confirmDelete:
    'Einwilligung von {{person}} endgültig löschen? Zur Dokumentation ist es meist besser, einen Widerruf ' +
    'einzutragen.',
  deleteRefused_one:
    'Die Einwilligung von {{person}} ist mit {{count}} Medium verknüpft und kann nicht gelöscht werden. Lösen Sie ' +
    'zuerst die Verknüpfung oder tragen Sie einen Widerruf ein.',
  deleteRefused_other:
    'Die Einwilligung von {{person}} ist mit {{count}} Medien verknüpft und kann nicht gelöscht werden. Lösen Sie ' +
    'zuerst die Verknüpfungen oder tragen Sie einen Widerruf ein.',
  deleted: 'Die Einwilligung von {{person}} wurde gelöscht.',
  withdrawn: 'Der Widerruf von {{person}} wurde mit dem Datum {{date}} eingetragen.',
  postsChanged_one:
    'Ein Beitrag zeigte ein nicht mehr gedecktes Bild: Es wurde entfernt, vermerkt, und der Beitrag geht erneut in die Prüfung.',
  postsChanged_other:
    '{{count}} Beiträge zeigten ein nicht mehr gedecktes Bild: Es wurde jeweils entfernt, vermerkt, und die Beiträge gehen erneut in die Prüfung.',
  saved: 'Die Einwilligung von {{person}} wurde gespeichert.',
  recordNew: 'Neue Einwilligung erfassen',
  dialogTitle: 'Einwilligung erfassen',
  dialogHint: 'Die Einwilligung kommt ins Register und wird mit diesem Bild verknüpft.',
  recordedAndLinked: 'Die Einwilligung von {{person}} wurde gespeichert und mit {{fileName}} verknüpft.',
  form: {
    newTitle: 'Neue Einwilligung',
    editTitle: 'Einwilligung von {{person}} bearbeiten',
    person: 'Name der Person',
    purpose: 'Zweck',
    purposeHint:
      'Wofür die Einwilligung gilt, zum Beispiel „Fotos vom Sommerfest auf den Kanälen der Stadt“.',
    givenOn: 'Erteilt am',
    validUntil: 'Gültig bis',
    validUntilHint: 'Leer lassen, wenn die Einwilligung unbefristet gilt.',
    withdrawnOn: 'Widerrufen am',
    withdrawnOnHint: 'Leer lassen, solange die Einwilligung nicht widerrufen ist.',
    save: 'Einwilligung speichern',
    cancel: 'Abbrechen',
    summary: 'Die Einwilligung wurde nicht gespeichert. Bitte prüfen Sie die markierten Felder.',
  },
};

export const consentsUiEn: typeof consentsUiDe = {
  heading: 'Consents',
  intro: {
    DE:
      'Document here the consents of the people who can be seen in images or videos (GDPR Art. 6(1)(a) and ' +
      'Art. 7; the right to one’s own image under §§ 22, 23 KUG). ' +
      WITHDRAWAL_EN,
    CH:
      'Document here the consents of the people who can be seen in images or videos (revDSG, also nDSG, in ' +
      'force since 1 September 2023; for cantonal and communal bodies the cantonal data protection act; the ' +
      'right to one’s own image under Art. 28 ZGB). ' +
      WITHDRAWAL_EN,
    AT:
      'Document here the consents of the people who can be seen in images or videos (GDPR Art. 6(1)(a) and ' +
      'Art. 7 with the Austrian Datenschutzgesetz, DSG; protection of likeness under § 78 UrhG). ' +
      WITHDRAWAL_EN,
  },
  register: 'Register',
  loading: 'Loading …',
  empty: 'No consents have been recorded yet.',
  columns: {
    person: 'Person',
    purpose: 'Purpose',
    givenOn: 'Given on',
    validUntil: 'Valid until',
    withdrawnOn: 'Withdrawn on',
    status: 'Status today',
    media: 'Linked media',
    actions: 'Actions',
  },
  noEnd: 'no end date',
  notWithdrawn: '–',
  edit: 'Edit',
  editLabel: 'Edit the consent of {{person}}',
  withdraw: 'Withdraw',
  withdrawLabel: 'Record the withdrawal of {{person}} with today’s date',
  delete: 'Delete',
  deleteLabel: 'Delete the consent of {{person}}',
  confirmDelete:
    'Delete the consent of {{person}} for good? For the records it is usually better to record a withdrawal.',
  deleteRefused_one:
    'The consent of {{person}} is linked to {{count}} medium and cannot be deleted. Unlink it first or record a ' +
    'withdrawal.',
  deleteRefused_other:
    'The consent of {{person}} is linked to {{count}} media and cannot be deleted. Unlink them first or record a ' +
    'withdrawal.',
  deleted: 'The consent of {{person}} was deleted.',
  withdrawn: 'The withdrawal of {{person}} was recorded with the date {{date}}.',
  postsChanged_one:
    'One post showed an image no longer covered: it was removed and noted, and the post goes back to review.',
  postsChanged_other:
    '{{count}} posts showed an image no longer covered: it was removed and noted in each, and they go back to review.',
  saved: 'The consent of {{person}} was saved.',
  recordNew: 'Record a new consent',
  dialogTitle: 'Record a consent',
  dialogHint: 'The consent goes into the register and is linked to this image.',
  recordedAndLinked: 'The consent of {{person}} was saved and linked to {{fileName}}.',
  form: {
    newTitle: 'New consent',
    editTitle: 'Edit the consent of {{person}}',
    person: 'Name of the person',
    purpose: 'Purpose',
    purposeHint: 'What the consent covers, for example “photos of the summer fair on the town’s channels”.',
    givenOn: 'Given on',
    validUntil: 'Valid until',
    validUntilHint: 'Leave empty if the consent has no end date.',
    withdrawnOn: 'Withdrawn on',
    withdrawnOnHint: 'Leave empty as long as the consent has not been withdrawn.',
    save: 'Save consent',
    cancel: 'Cancel',
    summary: 'The consent was not saved. Please check the marked fields.',
  },
};
