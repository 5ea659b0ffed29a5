/**
 * The templates that ship with Civic Desk: German, formal "Sie", without emoji (accessibility guidance of the
 * Bundesfachstelle Barrierefreiheit) and without "ß"; quotes are German „…“, which renderTemplate writes as «…» in
 * Swiss Standard German (de-CH).
 * Person-related wording uses pair or neutral forms, which every gender profile accepts.
 */
import type { PostTemplate, TemplateKind } from './types';

const quiz: PostTemplate = {
  id: 'builtin-quiz',
  kind: 'quiz',
  name: 'Quiz',
  fields: [
    { id: 'question', label: 'Frage', type: 'text', required: true },
    { id: 'options', label: 'Antwortmöglichkeiten (eine pro Zeile)', type: 'list', required: true },
    { id: 'answer', label: 'Richtige Antwort', type: 'text', required: true },
    { id: 'answerDate', label: 'Datum der Auflösung', type: 'date', required: true },
    { id: 'explanation', label: 'Erläuterung zur Auflösung', type: 'multiline', required: false },
  ],
  title: 'Quiz: {{question}}',
  body: [
    'Quizzeit! Wissen Sie es?',
    '',
    '{{question}}',
    '',
    '{{options}}',
    '',
    // One text for feed and story: a story has no comments, but every network takes a direct message.
    'Schicken Sie uns Ihre Antwort gern als Nachricht. Die Auflösung zeigen wir am {{answerDate}}.',
  ].join('\n'),
  builtIn: true,
  category: null,
  requiresConsent: false,
};

/** The second post of a quiz (see answerPostFor): `quizDate` is the day of the quiz post. */
export const QUIZ_ANSWER_TEMPLATE: PostTemplate = {
  id: 'builtin-quiz-answer',
  kind: 'quiz',
  name: 'Quiz-Auflösung',
  fields: [
    { id: 'question', label: 'Frage', type: 'text', required: true },
    { id: 'answer', label: 'Richtige Antwort', type: 'text', required: true },
    { id: 'explanation', label: 'Erläuterung zur Auflösung', type: 'multiline', required: false },
    { id: 'quizDate', label: 'Datum des Quiz', type: 'date', required: true },
  ],
  title: 'Quiz-Auflösung: {{question}}',
  body: [
    'Auflösung unseres Quiz vom {{quizDate}}',
    '',
    'Die Frage war: {{question}}',
    '',
    'Richtig ist: {{answer}}',
    '',
    '{{explanation}}',
    '',
    'Vielen Dank an alle, die mitgeraten haben!',
  ].join('\n'),
  builtIn: true,
  category: null,
  requiresConsent: false,
};

const staffPortrait: PostTemplate = {
  id: 'builtin-staff-portrait',
  kind: 'staffPortrait',
  name: 'Mitarbeitenden-Porträt',
  fields: [
    { id: 'name', label: 'Name', type: 'text', required: true },
    { id: 'role', label: 'Funktion', type: 'text', required: true },
    { id: 'department', label: 'Amt oder Abteilung', type: 'text', required: true },
    { id: 'quote', label: 'Zitat', type: 'multiline', required: true },
  ],
  title: 'Porträt: {{name}}',
  body: [
    'Wir stellen vor: {{name}}',
    '',
    '{{role}}, {{department}}',
    '',
    '„{{quote}}“',
    '',
    'In unserer Reihe „Menschen in der Verwaltung“ zeigen wir, wer jeden Tag für Sie arbeitet.',
  ].join('\n'),
  builtIn: true,
  category: null,
  requiresConsent: true,
};

const recruiting: PostTemplate = {
  id: 'builtin-recruiting',
  kind: 'recruiting',
  name: 'Stellenanzeige',
  fields: [
    { id: 'job', label: 'Stellenbezeichnung', type: 'text', required: true },
    { id: 'department', label: 'Amt oder Abteilung', type: 'text', required: true },
    { id: 'deadline', label: 'Bewerbungsschluss', type: 'date', required: true },
    { id: 'link', label: 'Link zur Stellenausschreibung', type: 'url', required: true },
  ],
  title: 'Stelle: {{job}}',
  body: [
    'Wir suchen Verstärkung!',
    '',
    'Stelle: {{job}}',
    'Bereich: {{department}}',
    'Bewerbungsschluss: {{deadline}}',
    '',
    'Sie wollen etwas für die Menschen hier tun? Dann freuen wir uns auf Ihre Bewerbung.',
    '',
    'Alles zur Stelle und zur Bewerbung finden Sie hier: {{link}}',
  ].join('\n'),
  builtIn: true,
  category: null,
  requiresConsent: false,
};

const event: PostTemplate = {
  id: 'builtin-event',
  kind: 'event',
  name: 'Veranstaltung',
  fields: [
    { id: 'title', label: 'Titel der Veranstaltung', type: 'text', required: true },
    { id: 'date', label: 'Datum', type: 'date', required: true },
    { id: 'time', label: 'Uhrzeit', type: 'text', required: false },
    { id: 'place', label: 'Ort', type: 'text', required: true },
    { id: 'link', label: 'Link für weitere Informationen', type: 'url', required: false },
  ],
  title: 'Veranstaltung: {{title}}',
  body: [
    'Termin vormerken: {{title}}',
    '',
    'Wann: {{date}}',
    'Uhrzeit: {{time}}',
    'Wo: {{place}}',
    '',
    'Wir freuen uns auf Ihren Besuch!',
    '',
    'Weitere Informationen: {{link}}',
  ].join('\n'),
  builtIn: true,
  category: null,
  requiresConsent: false,
};

const crisis: PostTemplate = {
  id: 'builtin-crisis',
  kind: 'crisis',
  name: 'Krisenmeldung',
  fields: [
    { id: 'whatHappened', label: 'Was ist passiert?', type: 'multiline', required: true },
    { id: 'whatToDo', label: 'Was sollen die Menschen jetzt tun?', type: 'multiline', required: true },
    { id: 'moreInformation', label: 'Wo gibt es weitere Informationen?', type: 'multiline', required: true },
  ],
  title: 'Krisenmeldung: {{whatHappened}}',
  body: [
    'Wichtige Information',
    '',
    'Was ist passiert?',
    '{{whatHappened}}',
    '',
    'Was sollten Sie jetzt tun?',
    '{{whatToDo}}',
    '',
    'Wo erhalten Sie weitere Informationen?',
    '{{moreInformation}}',
    '',
    'Wir informieren Sie hier, sobald es Neues gibt.',
  ].join('\n'),
  builtIn: true,
  category: null,
  requiresConsent: false,
};

/** Built-in templates in the order of the template picker. */
export const BUILT_IN_TEMPLATES: readonly PostTemplate[] = [quiz, staffPortrait, recruiting, event, crisis];

/** The built-in template of a kind (`custom` has none). */
export function builtInTemplate(kind: Exclude<TemplateKind, 'custom'>): PostTemplate {
  const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.kind === kind);
  if (template === undefined) throw new RangeError(`No built-in template of kind ${kind}`);
  return template;
}
