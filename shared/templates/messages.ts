/**
 * Strings of the template feature, for i18next (`{{param}}` interpolation). The renderer merges them under
 * `templates`, so `afterDeadline` here is the key `templates.afterDeadline`. Swiss German is derived from the
 * German strings by the renderer (ss for ß).
 */

export const templateMessagesDe = {
  kinds: {
    quiz: 'Quiz',
    staffPortrait: 'Mitarbeitenden-Porträt',
    recruiting: 'Stellenanzeige',
    event: 'Veranstaltung',
    crisis: 'Krisenmeldung',
    custom: 'Eigene Vorlage',
  },
  fieldTypes: {
    text: 'Text',
    multiline: 'Mehrzeiliger Text',
    date: 'Datum',
    url: 'Link',
    list: 'Liste (ein Eintrag pro Zeile)',
  },
  missingFields: 'Bitte füllen Sie diese Felder aus: {{fields}}',
  invalidFields: 'Bitte prüfen Sie diese Felder: {{fields}}',
  unknownPlaceholders:
    'Diese Platzhalter sind keinem Feld zugeordnet und bleiben im Text stehen: {{placeholders}}',
  afterDeadline: 'Der Beitrag erscheint erst nach dem Bewerbungsschluss am {{deadline}}.',
  afterEvent: 'Der Beitrag erscheint erst nach der Veranstaltung am {{date}}.',
  answerNotAfterQuiz: 'Die Auflösung am {{date}} muss nach dem Tag des Quiz-Beitrags liegen.',
  quizFewOptions: 'Ein Quiz braucht mindestens zwei Antwortmöglichkeiten.',
  crisisEmoji: 'Krisenmeldungen sollen sachlich sein: Bitte entfernen Sie die Emojis aus dem Text.',
  consentRequired:
    'Dieser Beitrag zeigt voraussichtlich eine Person: Bitte hinterlegen Sie ihre Einwilligung zum Foto.',
  errors: {
    idInvalid: 'Die Vorlage hat keine gültige Kennung.',
    kindInvalid: 'Bitte wählen Sie eine Art der Vorlage.',
    nameRequired: 'Bitte geben Sie der Vorlage einen Namen.',
    nameTooLong: 'Der Name ist zu lang (höchstens 80 Zeichen).',
    titleTooLong: 'Der Titel ist zu lang (höchstens 200 Zeichen).',
    bodyRequired: 'Bitte geben Sie einen Text für die Vorlage ein.',
    bodyTooLong: 'Der Text ist zu lang (höchstens 10.000 Zeichen).',
    categoryInvalid: 'Die Kategorie muss 1 bis 80 Zeichen lang sein.',
    tooManyFields: 'Eine Vorlage kann höchstens 30 Felder haben.',
    fieldIdInvalid: 'Platzhalter beginnen mit einem Buchstaben und enthalten nur Buchstaben, Ziffern und _.',
    fieldIdDuplicate: 'Jeder Platzhalter darf nur einmal vorkommen.',
    fieldLabelRequired: 'Bitte geben Sie eine Beschriftung für das Feld ein.',
    fieldLabelTooLong: 'Die Beschriftung ist zu lang (höchstens 80 Zeichen).',
    fieldTypeInvalid: 'Bitte wählen Sie eine Art für das Feld.',
  },
};

export type TemplateMessages = typeof templateMessagesDe;

export const templateMessagesEn: TemplateMessages = {
  kinds: {
    quiz: 'Quiz',
    staffPortrait: 'Staff portrait',
    recruiting: 'Job advertisement',
    event: 'Event',
    crisis: 'Crisis information',
    custom: 'Custom template',
  },
  fieldTypes: {
    text: 'Text',
    multiline: 'Multi-line text',
    date: 'Date',
    url: 'Link',
    list: 'List (one item per line)',
  },
  missingFields: 'Please fill in these fields: {{fields}}',
  invalidFields: 'Please check these fields: {{fields}}',
  unknownPlaceholders: 'These placeholders have no field and stay in the text as they are: {{placeholders}}',
  afterDeadline: 'The post appears only after the application deadline on {{deadline}}.',
  afterEvent: 'The post appears only after the event on {{date}}.',
  answerNotAfterQuiz: 'The answer on {{date}} must come after the day of the quiz post.',
  quizFewOptions: 'A quiz needs at least two answer options.',
  crisisEmoji: 'Crisis information should be sober: please remove the emoji from the text.',
  consentRequired: 'This post probably shows a person: please record their consent to the photo.',
  errors: {
    idInvalid: 'The template has no valid id.',
    kindInvalid: 'Please choose a kind of template.',
    nameRequired: 'Please give the template a name.',
    nameTooLong: 'The name is too long (80 characters at most).',
    titleTooLong: 'The title is too long (200 characters at most).',
    bodyRequired: 'Please enter a text for the template.',
    bodyTooLong: 'The text is too long (10,000 characters at most).',
    categoryInvalid: 'The category must be 1 to 80 characters long.',
    tooManyFields: 'A template can have 30 fields at most.',
    fieldIdInvalid: 'Placeholders start with a letter and contain only letters, digits and _.',
    fieldIdDuplicate: 'Each placeholder may appear only once.',
    fieldLabelRequired: 'Please enter a label for the field.',
    fieldLabelTooLong: 'The label is too long (80 characters at most).',
    fieldTypeInvalid: 'Please choose a type for the field.',
  },
};
