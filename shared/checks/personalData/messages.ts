/**
 * Texts of the personal-data findings for the renderer's i18next catalogues under `checks.personalData` (a
 * finding's `messageKey` is `checks.personalData.<kind>`). Formal address; each text says what to do.
 */

const OWN_DATA_DE =
  'Handelt es sich um Kontaktdaten Ihrer Organisation, tragen Sie sie in den Einstellungen in die Liste der ' +
  'eigenen Kontaktdaten ein.';
const OWN_DATA_EN =
  'If these are your organisation’s own contact details, add them to the list of own contact data in the settings.';

/** German (de-DE) texts, formal address. */
export const personalDataMessagesDe = {
  phone: `„{{text}}“ sieht aus wie eine Telefonnummer. Bitte entfernen Sie private Nummern aus dem Beitrag. ${OWN_DATA_DE}`,
  email: `„{{text}}“ ist eine E-Mail-Adresse. Bitte entfernen Sie private Adressen aus dem Beitrag. ${OWN_DATA_DE}`,
  iban:
    '„{{text}}“ ist eine gültige IBAN. Bankverbindungen von Personen gehören nicht in einen Beitrag: Bitte ' +
    `entfernen Sie sie. ${OWN_DATA_DE}`,
  ahv: '„{{text}}“ ist eine AHV-Nummer (Schweizer Sozialversicherungsnummer). Bitte entfernen Sie sie aus dem Beitrag.',
  licencePlate:
    '„{{text}}“ sieht aus wie ein Kfz-Kennzeichen. Kennzeichen machen Personen erkennbar: Bitte entfernen oder ' +
    'kürzen Sie es (z. B. „B-AB …“).',
  address:
    '„{{text}}“ sieht aus wie eine Wohnanschrift. Bitte nennen Sie keine Anschriften von Personen; nennen Sie ' +
    `höchstens die Straße ohne Hausnummer. ${OWN_DATA_DE}`,
  dateOfBirth:
    '„{{text}}“ ist ein Geburtsdatum. Bitte entfernen Sie es; nennen Sie, wenn nötig, nur das Alter.',
} as const;

/** English texts with the same keys. */
export const personalDataMessagesEn: Record<keyof typeof personalDataMessagesDe, string> = {
  phone: `"{{text}}" looks like a phone number. Please remove private numbers from the post. ${OWN_DATA_EN}`,
  email: `"{{text}}" is an e-mail address. Please remove private addresses from the post. ${OWN_DATA_EN}`,
  iban:
    '"{{text}}" is a valid IBAN. Personal bank details do not belong in a post: please remove them. ' +
    OWN_DATA_EN,
  ahv: '"{{text}}" is an AHV number (Swiss social security number). Please remove it from the post.',
  licencePlate:
    '"{{text}}" looks like a licence plate. Plates identify people: please remove or shorten it (e.g. "B-AB …").',
  address:
    '"{{text}}" looks like a home address. Please do not give people’s addresses; at most name the street ' +
    `without the house number. ${OWN_DATA_EN}`,
  dateOfBirth: '"{{text}}" is a date of birth. Please remove it; if needed, give the age only.',
};
