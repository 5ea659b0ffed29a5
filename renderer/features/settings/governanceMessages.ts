/**
 * UI strings of governance (issue 13): who may change the organisation's settings. German first; merged into the
 * catalogue under `governanceUi` by renderer/i18n/catalogue.ts (de-CH is derived from German without "ß").
 */
export const governanceUiDe = {
  adminsOnly:
    'Nur Administratorinnen und Administratoren können diese Einstellungen ändern. Sie sehen sie hier zur Information.',
  refused:
    'Nur Administratorinnen und Administratoren dürfen Einstellungen ändern. Nichts wurde gespeichert.',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const governanceUiEn: Widen<typeof governanceUiDe> = {
  adminsOnly: 'Only administrators can change these settings. They are shown here for information.',
  refused: 'Only administrators may change settings. Nothing was saved.',
};
