/**
 * Ready-made reply templates ("Antwortbausteine") for the questions and situations that come up every week, in
 * German and English. Swiss German is derived when a built-in template is filled for de-CH (ss, «…»); Austrian
 * German uses the German wording. The words are a starting point: an organisation adapts and approves them
 * before they are usable (replyTemplates.ts).
 */
import type { TemplateField } from '../templates/types';

export const REPLY_TOPICS = [
  'openingHours',
  'wasteCollection',
  'criticism',
  'insult',
  'offTopic',
  'dataProtection',
  'checkAndReturn',
] as const;
export type ReplyTopic = (typeof REPLY_TOPICS)[number];

/** Words a person might type when looking for a topic, German and English, as written (search folds them). */
export const REPLY_TOPIC_WORDS: Readonly<Record<ReplyTopic, readonly string[]>> = {
  openingHours: ['Öffnungszeiten', 'geöffnet', 'Sprechzeiten', 'Termin', 'opening hours', 'open'],
  wasteCollection: ['Müllabfuhr', 'Abfall', 'Abfuhr', 'Tonne', 'Sperrmüll', 'waste', 'bin', 'rubbish'],
  criticism: ['Kritik', 'Beschwerde', 'unzufrieden', 'criticism', 'complaint'],
  insult: ['Beleidigung', 'Netiquette', 'ausgeblendet', 'insult', 'abuse'],
  offTopic: ['Thema', 'Einzelfall', 'off-topic', 'unrelated'],
  dataProtection: ['Datenschutz', 'Auskunft', 'Daten', 'data protection', 'privacy'],
  checkAndReturn: ['prüfen', 'melden', 'Rückmeldung', 'check', 'come back'],
};

export type ReplyLanguage = 'de' | 'en';

export interface BuiltInReply {
  id: string;
  topic: ReplyTopic;
  language: ReplyLanguage;
  name: string;
  text: string;
  fields: TemplateField[];
  keywords: string[];
}

const field = (id: string, label: string, type: TemplateField['type'], required = true): TemplateField => ({
  id,
  label,
  type,
  required,
});

const GERMAN: readonly BuiltInReply[] = [
  {
    id: 'builtin-reply-opening-hours-de',
    topic: 'openingHours',
    language: 'de',
    name: 'Öffnungszeiten',
    text:
      'Vielen Dank für Ihre Frage! {{office}} ist {{hours}} für Sie da.\n' +
      'Alle Öffnungszeiten finden Sie hier: {{link}}',
    fields: [
      field('office', 'Stelle', 'text'),
      field('hours', 'Öffnungszeiten', 'text'),
      field('link', 'Link zu den Öffnungszeiten', 'url', false),
    ],
    keywords: ['Bürgerbüro', 'Rathaus', 'Uhrzeit'],
  },
  {
    id: 'builtin-reply-waste-collection-de',
    topic: 'wasteCollection',
    language: 'de',
    name: 'Müllabfuhr',
    text:
      'Danke für Ihre Nachricht! Die Abfuhrtermine für {{district}} stehen im Abfallkalender: {{link}}\n' +
      'Bei weiteren Fragen hilft Ihnen {{contact}} gern weiter.',
    fields: [
      field('district', 'Ortsteil oder Straße', 'text'),
      field('link', 'Link zum Abfallkalender', 'url'),
      field('contact', 'Zuständige Stelle', 'text', false),
    ],
    keywords: ['Abfallkalender', 'Biotonne', 'Gelber Sack'],
  },
  {
    id: 'builtin-reply-criticism-de',
    topic: 'criticism',
    language: 'de',
    name: 'Kritik',
    text:
      'Danke, dass Sie uns Ihre Kritik schreiben. Wir nehmen Ihren Hinweis ernst und haben ihn an {{department}} ' +
      'weitergegeben.\nWir melden uns bis zum {{date}} wieder bei Ihnen.',
    fields: [
      field('department', 'Zuständige Stelle', 'text'),
      field('date', 'Rückmeldung bis', 'date', false),
    ],
    keywords: ['Ärger', 'Hinweis'],
  },
  {
    id: 'builtin-reply-insult-de',
    topic: 'insult',
    language: 'de',
    name: 'Beleidigung',
    text:
      'Wir freuen uns über eine sachliche Diskussion. Beleidigungen verstoßen gegen unsere Netiquette, deshalb ' +
      'haben wir einen Kommentar ausgeblendet. Unsere Regeln: {{netiquetteLink}}',
    fields: [field('netiquetteLink', 'Link zur Netiquette', 'url')],
    keywords: ['Hassrede', 'Moderation'],
  },
  {
    id: 'builtin-reply-off-topic-de',
    topic: 'offTopic',
    language: 'de',
    name: 'Kein Bezug zum Thema',
    text:
      'Danke für Ihren Kommentar. In diesem Beitrag geht es um {{topic}}. Mit Ihrem Anliegen wenden Sie sich ' +
      'bitte direkt an {{contact}}: Dort hilft man Ihnen gern weiter.',
    fields: [field('topic', 'Thema des Beitrags', 'text'), field('contact', 'Zuständige Stelle', 'text')],
    keywords: ['Anliegen', 'Zuständigkeit'],
  },
  {
    id: 'builtin-reply-data-protection-de',
    topic: 'dataProtection',
    language: 'de',
    name: 'Anfrage zum Datenschutz',
    text:
      'Ihre Anfrage zum Datenschutz beantworten wir gern. Damit Ihre Daten geschützt bleiben, schreiben Sie ' +
      'uns bitte nicht hier, sondern direkt: {{contact}}\nUnsere Datenschutzhinweise: {{link}}',
    fields: [
      field('contact', 'Kontakt für Datenschutzanfragen', 'text'),
      field('link', 'Link zu den Datenschutzhinweisen', 'url', false),
    ],
    keywords: ['Löschung', 'Datenschutzerklärung'],
  },
  {
    id: 'builtin-reply-check-and-return-de',
    topic: 'checkAndReturn',
    language: 'de',
    name: 'Wir prüfen das',
    text: 'Danke für Ihren Hinweis! Wir prüfen das und melden uns bis zum {{date}} hier wieder.',
    fields: [field('date', 'Rückmeldung bis', 'date')],
    keywords: ['nachfragen', 'klären'],
  },
];

const ENGLISH: readonly BuiltInReply[] = [
  {
    id: 'builtin-reply-opening-hours-en',
    topic: 'openingHours',
    language: 'en',
    name: 'Opening hours',
    text: 'Thank you for your question! {{office}} is open {{hours}}.\nAll opening hours: {{link}}',
    fields: [
      field('office', 'Office', 'text'),
      field('hours', 'Opening hours', 'text'),
      field('link', 'Link to the opening hours', 'url', false),
    ],
    keywords: ['town hall', 'times'],
  },
  {
    id: 'builtin-reply-waste-collection-en',
    topic: 'wasteCollection',
    language: 'en',
    name: 'Waste collection',
    text:
      'Thank you for your message! The collection dates for {{district}} are in the waste calendar: {{link}}\n' +
      '{{contact}} will be glad to help with any other questions.',
    fields: [
      field('district', 'District or street', 'text'),
      field('link', 'Link to the waste calendar', 'url'),
      field('contact', 'Responsible office', 'text', false),
    ],
    keywords: ['collection', 'calendar'],
  },
  {
    id: 'builtin-reply-criticism-en',
    topic: 'criticism',
    language: 'en',
    name: 'Criticism',
    text:
      'Thank you for telling us. We take your feedback seriously and have passed it on to {{department}}.\n' +
      'We will get back to you by {{date}}.',
    fields: [field('department', 'Responsible office', 'text'), field('date', 'Reply by', 'date', false)],
    keywords: ['feedback'],
  },
  {
    id: 'builtin-reply-insult-en',
    topic: 'insult',
    language: 'en',
    name: 'Insult',
    text:
      'We welcome a fair discussion. Insults break our netiquette, so we have hidden a comment. Our rules: ' +
      '{{netiquetteLink}}',
    fields: [field('netiquetteLink', 'Link to the netiquette', 'url')],
    keywords: ['hate speech', 'moderation'],
  },
  {
    id: 'builtin-reply-off-topic-en',
    topic: 'offTopic',
    language: 'en',
    name: 'Off topic',
    text:
      'Thank you for your comment. This post is about {{topic}}. For your request, please contact {{contact}} ' +
      'directly: they will be glad to help.',
    fields: [field('topic', 'Topic of the post', 'text'), field('contact', 'Responsible office', 'text')],
    keywords: ['request'],
  },
  {
    id: 'builtin-reply-data-protection-en',
    topic: 'dataProtection',
    language: 'en',
    name: 'Data protection request',
    text:
      'We will gladly answer your data protection request. To keep your data safe, please do not write to us ' +
      'here but directly: {{contact}}\nOur privacy notice: {{link}}',
    fields: [
      field('contact', 'Contact for data protection requests', 'text'),
      field('link', 'Link to the privacy notice', 'url', false),
    ],
    keywords: ['deletion', 'privacy notice'],
  },
  {
    id: 'builtin-reply-check-and-return-en',
    topic: 'checkAndReturn',
    language: 'en',
    name: 'We will check',
    text: 'Thank you for pointing this out! We will check and get back to you here by {{date}}.',
    fields: [field('date', 'Reply by', 'date')],
    keywords: ['follow up'],
  },
];

export const BUILT_IN_REPLIES: readonly BuiltInReply[] = [...GERMAN, ...ENGLISH];
