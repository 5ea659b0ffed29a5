/**
 * Strings of the community desk (netiquette, reply templates, moderation record), for i18next (`{{param}}`
 * interpolation). Once the UI exists, the renderer merges them under `community`, so `errors.noClauses` here is
 * the key `community.errors.noClauses` that the schemas report. Swiss German is derived from the German strings
 * (ss for ß, «…»: `communityMessages('de-CH')`); Austrian German uses the German strings.
 */
import type { PersonalDataKind } from '../checks/personalData/detectors';
import type { UiLocale } from '../model/settings';
import { swissGerman } from '../templates/swissText';
import type { ClauseConsequence } from './netiquetteClauses';
import type { ModerationAction } from './moderation';
import type { ReplyTopic } from './replyLibrary';

export const COMMUNITY_ERRORS = [
  'invalid',
  'clauseIdInvalid',
  'clauseTitleRequired',
  'clauseTextRequired',
  'legalBasisInvalid',
  'textTooLong',
  'consequenceInvalid',
  'organisationNameRequired',
  'contactRequired',
  'objectionChannelRequired',
  'publishedUrlInvalid',
  'localeInvalid',
  'versionInvalid',
  'dateInvalid',
  'noClauses',
  'tooManyClauses',
  'changeNoteRequired',
  'clauseDuplicate',
  'historyInvalid',
  'clauseUnknown',
  'dateBeforePrevious',
  'idInvalid',
  'networkInvalid',
  'commentUrlInvalid',
  'actionInvalid',
  'noteTooLong',
  'actorInvalid',
  'clauseRequired',
  'netiquetteVersionUnknown',
  'clauseNotInVersion',
] as const;
export type CommunityError = (typeof COMMUNITY_ERRORS)[number];

export const communityMessagesDe = {
  actions: {
    hidden: 'Ausgeblendet',
    deleted: 'Gelöscht',
    answered: 'Beantwortet',
    reported: 'Gemeldet',
    blocked: 'Blockiert',
  } satisfies Record<ModerationAction, string>,
  consequences: {
    hide: 'Ausblenden',
    delete: 'Löschen',
    hideOrDelete: 'Ausblenden oder löschen',
  } satisfies Record<ClauseConsequence, string>,
  topics: {
    openingHours: 'Öffnungszeiten',
    wasteCollection: 'Müllabfuhr',
    criticism: 'Kritik',
    insult: 'Beleidigung',
    offTopic: 'Kein Bezug zum Thema',
    dataProtection: 'Anfrage zum Datenschutz',
    checkAndReturn: 'Wir prüfen das',
  } satisfies Record<ReplyTopic, string>,
  personalDataKinds: {
    iban: 'IBAN',
    ahv: 'AHV-Nummer',
    email: 'E-Mail-Adresse',
    dateOfBirth: 'Geburtsdatum',
    phone: 'Telefonnummer',
    licencePlate: 'Kfz-Kennzeichen',
    address: 'Anschrift',
  } satisfies Record<PersonalDataKind, string>,
  csv: {
    at: 'Zeitpunkt',
    network: 'Netzwerk',
    action: 'Maßnahme',
    clause: 'Regel der Netiquette',
    clauseTitle: 'Titel der Regel',
    netiquetteVersion: 'Fassung der Netiquette',
    commentUrl: 'Link zum Kommentar',
    note: 'Notiz',
    noteFlag: 'Hinweis zur Notiz',
    screenshot: 'Bildschirmfoto',
    recordedBy: 'Erfasst von',
    id: 'Kennung',
    redacted: '[entfernt]',
    fileName: 'moderationsprotokoll.csv',
  },
  replies: {
    notApproved: 'Dieser Antwortbaustein ist noch nicht freigegeben.',
    tooLong: 'Die Antwort ist {{used}} Zeichen lang; {{network}} erlaubt höchstens {{max}}.',
    noteHasPersonalData:
      'Die Notiz enthält wohl personenbezogene Daten ({{kinds}}). Bitte notieren Sie nur, was geschehen ist, ' +
      'ohne Namen oder Kontaktdaten der kommentierenden Person.',
  },
  errors: {
    invalid: 'Die Angaben sind unvollständig oder ungültig.',
    clauseIdInvalid: 'Die Kennung einer Regel besteht aus Kleinbuchstaben, Ziffern und Bindestrichen.',
    clauseTitleRequired: 'Bitte geben Sie der Regel einen Titel.',
    clauseTextRequired: 'Bitte beschreiben Sie die Regel.',
    legalBasisInvalid: 'Bitte geben Sie eine Rechtsgrundlage an oder lassen Sie das Feld leer.',
    textTooLong: 'Der Text ist zu lang.',
    consequenceInvalid: 'Bitte wählen Sie, was mit solchen Kommentaren geschieht.',
    organisationNameRequired: 'Bitte geben Sie den Namen Ihrer Organisation an.',
    contactRequired: 'Bitte geben Sie einen Kontakt an.',
    objectionChannelRequired: 'Bitte geben Sie an, wie man einer Moderation widersprechen kann.',
    publishedUrlInvalid: 'Bitte geben Sie die Adresse (https://…) an, unter der die Netiquette steht.',
    localeInvalid: 'Bitte wählen Sie eine Sprache.',
    versionInvalid: 'Die Fassung ist ungültig.',
    dateInvalid: 'Bitte geben Sie ein gültiges Datum an.',
    noClauses: 'Bitte wählen Sie mindestens eine Regel.',
    tooManyClauses: 'Eine Netiquette kann höchstens 40 Regeln haben.',
    changeNoteRequired: 'Bitte beschreiben Sie kurz, was sich geändert hat.',
    clauseDuplicate: 'Jede Regel darf nur einmal vorkommen.',
    historyInvalid: 'Die Liste der Fassungen ist nicht stimmig.',
    clauseUnknown: 'Diese Regel gibt es nicht.',
    dateBeforePrevious: 'Eine neue Fassung kann nicht vor der vorigen gelten.',
    idInvalid: 'Die Kennung ist ungültig.',
    networkInvalid: 'Bitte wählen Sie ein Netzwerk.',
    commentUrlInvalid: 'Bitte fügen Sie den Link (https://…) zum Kommentar auf diesem Netzwerk ein.',
    actionInvalid: 'Bitte wählen Sie eine Maßnahme.',
    noteTooLong: 'Die Notiz ist zu lang (höchstens 1.000 Zeichen).',
    actorInvalid: 'Es ist nicht erkennbar, wer den Eintrag erfasst hat.',
    clauseRequired: 'Bitte wählen Sie die Regel der Netiquette, auf die sich die Maßnahme stützt.',
    netiquetteVersionUnknown: 'Diese Fassung der Netiquette gibt es nicht.',
    clauseNotInVersion: 'Diese Regel steht nicht in der gewählten Fassung der Netiquette.',
  } satisfies Record<CommunityError, string>,
};

/** The shape every language fills: the same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type CommunityMessages = Widen<typeof communityMessagesDe>;

export const communityMessagesEn: CommunityMessages = {
  actions: {
    hidden: 'Hidden',
    deleted: 'Deleted',
    answered: 'Answered',
    reported: 'Reported',
    blocked: 'Blocked',
  },
  consequences: { hide: 'Hide', delete: 'Delete', hideOrDelete: 'Hide or delete' },
  topics: {
    openingHours: 'Opening hours',
    wasteCollection: 'Waste collection',
    criticism: 'Criticism',
    insult: 'Insult',
    offTopic: 'Off topic',
    dataProtection: 'Data protection request',
    checkAndReturn: 'We will check',
  },
  personalDataKinds: {
    iban: 'IBAN',
    ahv: 'AHV number',
    email: 'e-mail address',
    dateOfBirth: 'date of birth',
    phone: 'phone number',
    licencePlate: 'licence plate',
    address: 'address',
  },
  csv: {
    at: 'Time',
    network: 'Network',
    action: 'Action',
    clause: 'Netiquette rule',
    clauseTitle: 'Rule title',
    netiquetteVersion: 'Netiquette version',
    commentUrl: 'Link to the comment',
    note: 'Note',
    noteFlag: 'Note warning',
    screenshot: 'Screenshot',
    recordedBy: 'Recorded by',
    id: 'Id',
    redacted: '[removed]',
    fileName: 'moderation-record.csv',
  },
  replies: {
    notApproved: 'This reply template has not been approved yet.',
    tooLong: 'The reply is {{used}} characters long; {{network}} allows at most {{max}}.',
    noteHasPersonalData:
      'The note seems to contain personal data ({{kinds}}). Please note only what happened, without the ' +
      'commenter’s name or contact details.',
  },
  errors: {
    invalid: 'The data is incomplete or invalid.',
    clauseIdInvalid: 'A rule’s id consists of lower-case letters, digits and hyphens.',
    clauseTitleRequired: 'Please give the rule a title.',
    clauseTextRequired: 'Please describe the rule.',
    legalBasisInvalid: 'Please give a legal basis or leave the field empty.',
    textTooLong: 'The text is too long.',
    consequenceInvalid: 'Please choose what happens to such comments.',
    organisationNameRequired: 'Please enter your organisation’s name.',
    contactRequired: 'Please enter a contact.',
    objectionChannelRequired: 'Please say how people can object to a moderation decision.',
    publishedUrlInvalid: 'Please enter the address (https://…) where the netiquette is published.',
    localeInvalid: 'Please choose a language.',
    versionInvalid: 'The version is invalid.',
    dateInvalid: 'Please enter a valid date.',
    noClauses: 'Please choose at least one rule.',
    tooManyClauses: 'A netiquette can have at most 40 rules.',
    changeNoteRequired: 'Please describe briefly what has changed.',
    clauseDuplicate: 'Each rule may appear only once.',
    historyInvalid: 'The list of versions is inconsistent.',
    clauseUnknown: 'This rule does not exist.',
    dateBeforePrevious: 'A new version cannot apply before the previous one.',
    idInvalid: 'The id is invalid.',
    networkInvalid: 'Please choose a network.',
    commentUrlInvalid: 'Please paste the link (https://…) to the comment on this network.',
    actionInvalid: 'Please choose an action.',
    noteTooLong: 'The note is too long (at most 1,000 characters).',
    actorInvalid: 'It is not clear who recorded the entry.',
    clauseRequired: 'Please choose the netiquette rule the action rests on.',
    netiquetteVersionUnknown: 'This netiquette version does not exist.',
    clauseNotInVersion: 'This rule is not in the chosen netiquette version.',
  },
};

function swissMessages<T>(messages: T): T {
  if (typeof messages === 'string') return swissGerman(messages) as T;
  if (typeof messages !== 'object' || messages === null) return messages;
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, swissMessages<unknown>(value)]),
  ) as T;
}

/** The messages in `locale`: de-CH derived from German, de-AT the German ones. */
export function communityMessages(locale: UiLocale): CommunityMessages {
  if (locale === 'en') return communityMessagesEn;
  return locale === 'de-CH' ? swissMessages<CommunityMessages>(communityMessagesDe) : communityMessagesDe;
}
