/**
 * Ready-made netiquette clauses and the fixed wording around them, in de-DE, de-CH, de-AT and en. Each clause has a
 * stable id that moderation records cite. Legal references name only well-known provisions:
 * - DE: §§ 185 ff. StGB (Beleidigung, üble Nachrede, Verleumdung), § 130 StGB (Volksverhetzung), DSGVO.
 * - CH: Art. 173 ff. StGB (Ehrverletzungen, incl. Art. 177 Beschimpfung), Art. 261bis StGB (Diskriminierung und
 *   Aufruf zu Hass), revDSG (SR 235.1, in force since 1 September 2023; cantonal bodies: cantonal law).
 * - AT: §§ 111 ff. StGB (üble Nachrede § 111, Beleidigung § 115), § 283 StGB (Verhetzung), DSGVO with DSG.
 * Clauses without one clear provision (spam, off-topic, advertising, illegal content, impersonation) cite none.
 * Swiss wording writes "ss" for "ß" and «…» quotes (swissText.ts).
 */
import type { UiLocale } from '../model/settings';
import { swissGerman } from '../templates/swissText';

export const BUILT_IN_CLAUSE_IDS = [
  'insult',
  'discrimination',
  'spam',
  'off-topic',
  'personal-data',
  'advertising',
  'illegal-content',
  'impersonation',
] as const;
export type BuiltInClauseId = (typeof BUILT_IN_CLAUSE_IDS)[number];

/** Ids of clauses: lower-case letters, digits and hyphens, starting with a letter (stable once cited). */
export const CLAUSE_ID_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** What the organisation does with a comment that breaks the clause. */
export const CLAUSE_CONSEQUENCES = ['hide', 'delete', 'hideOrDelete'] as const;
export type ClauseConsequence = (typeof CLAUSE_CONSEQUENCES)[number];

export interface ClauseText {
  title: string;
  text: string;
  /** The law the clause rests on, or null where no single provision applies. */
  legalBasis: string | null;
}

export interface ClauseTemplate {
  id: BuiltInClauseId;
  consequence: ClauseConsequence;
  texts: Readonly<Record<UiLocale, ClauseText>>;
}

type GermanClause = Omit<ClauseText, 'legalBasis'>;

const GERMAN: Readonly<Record<BuiltInClauseId, GermanClause>> = {
  insult: {
    title: 'Beleidigungen und Drohungen',
    text:
      'Beleidigungen, Beschimpfungen, Drohungen und herabwürdigende Äußerungen über andere Nutzerinnen und ' +
      'Nutzer, unsere Mitarbeitenden oder Dritte.',
  },
  discrimination: {
    title: 'Diskriminierung und Hetze',
    text:
      'Rassistische, antisemitische, sexistische, behindertenfeindliche oder andere diskriminierende Inhalte ' +
      'sowie Aufrufe zu Hass oder Gewalt gegen Menschen oder Gruppen.',
  },
  spam: {
    title: 'Spam',
    text: 'Wiederholt gleiche Kommentare, Kettenbriefe, massenhaft gepostete Links und automatisiert erstellte Beiträge.',
  },
  'off-topic': {
    title: 'Kein Bezug zum Thema',
    text:
      'Kommentare ohne Bezug zum jeweiligen Beitrag. Persönliche Anliegen im Einzelfall (etwa zu Wohngeld oder ' +
      'Hundesteuer) besprechen wir nicht öffentlich: Bitte wenden Sie sich dafür direkt an uns.',
  },
  'personal-data': {
    title: 'Persönliche Daten',
    text:
      'Persönliche Daten – eigene oder fremde – wie Telefonnummern, Adressen, E-Mail-Adressen, Kontonummern ' +
      'oder Fotos von Personen ohne deren Einwilligung. Zu Ihrem Schutz blenden wir solche Kommentare aus.',
  },
  advertising: {
    title: 'Werbung und Wahlaufrufe',
    text:
      'Werbung für Produkte, Dienstleistungen oder Veranstaltungen Dritter sowie Werbung für Parteien und ' +
      'Wahlaufrufe: Als öffentliche Stelle sind wir zur Neutralität verpflichtet.',
  },
  'illegal-content': {
    title: 'Rechtswidrige Inhalte',
    text:
      'Inhalte, die gegen geltendes Recht verstoßen, etwa Aufrufe zu Straftaten, Gewaltdarstellungen oder ' +
      'Verletzungen von Urheberrechten.',
  },
  impersonation: {
    title: 'Falsche Identität',
    text: 'Auftreten unter falschem Namen, um sich als eine andere Person, eine Behörde oder als unsere Verwaltung auszugeben.',
  },
};

const ENGLISH: Readonly<Record<BuiltInClauseId, GermanClause>> = {
  insult: {
    title: 'Insults and threats',
    text: 'Insults, abuse, threats and degrading remarks about other users, our staff or third parties.',
  },
  discrimination: {
    title: 'Discrimination and incitement',
    text:
      'Racist, antisemitic, sexist, ableist or otherwise discriminatory content, and calls for hatred or ' +
      'violence against people or groups.',
  },
  spam: {
    title: 'Spam',
    text: 'Repeated identical comments, chain letters, mass-posted links and automatically generated posts.',
  },
  'off-topic': {
    title: 'Off topic',
    text:
      'Comments unrelated to the post. We do not discuss individual cases (such as housing benefit or dog tax) ' +
      'in public: please contact us directly.',
  },
  'personal-data': {
    title: 'Personal data',
    text:
      'Personal data – your own or anyone else’s – such as phone numbers, addresses, e-mail addresses, account ' +
      'numbers or photos of people without their consent. We hide such comments for your protection.',
  },
  advertising: {
    title: 'Advertising and election appeals',
    text:
      'Advertising for third-party products, services or events, and for political parties or elections: as a ' +
      'public body we are bound to be neutral.',
  },
  'illegal-content': {
    title: 'Illegal content',
    text: 'Content that breaks the law, such as calls for crimes, depictions of violence or copyright infringements.',
  },
  impersonation: {
    title: 'False identity',
    text: 'Posting under a false name to pose as another person, an authority or our administration.',
  },
};

type LegalBases = Readonly<Record<UiLocale, string | null>>;

const NO_BASIS: LegalBases = { 'de-DE': null, 'de-CH': null, 'de-AT': null, en: null };

const LEGAL_BASES: Readonly<Record<BuiltInClauseId, LegalBases>> = {
  insult: {
    'de-DE': '§§ 185 ff. StGB (Beleidigung, üble Nachrede, Verleumdung)',
    'de-CH': 'Art. 173 ff. StGB (Ehrverletzungen, u. a. Art. 177 Beschimpfung)',
    'de-AT': '§§ 111 ff. StGB (u. a. § 111 üble Nachrede, § 115 Beleidigung)',
    en: 'German Criminal Code (StGB) §§ 185 ff. (insult, defamation)',
  },
  discrimination: {
    'de-DE': '§ 130 StGB (Volksverhetzung)',
    'de-CH': 'Art. 261bis StGB (Diskriminierung und Aufruf zu Hass)',
    'de-AT': '§ 283 StGB (Verhetzung)',
    en: 'German Criminal Code (StGB) § 130 (incitement to hatred)',
  },
  'personal-data': {
    'de-DE': 'DSGVO',
    'de-CH': 'revDSG (SR 235.1); kantonale Stellen: kantonales Datenschutzgesetz',
    'de-AT': 'DSGVO; Datenschutzgesetz (DSG)',
    en: 'General Data Protection Regulation (GDPR)',
  },
  spam: NO_BASIS,
  'off-topic': NO_BASIS,
  advertising: NO_BASIS,
  'illegal-content': NO_BASIS,
  impersonation: NO_BASIS,
};

const CONSEQUENCES: Readonly<Record<BuiltInClauseId, ClauseConsequence>> = {
  insult: 'hideOrDelete',
  discrimination: 'delete',
  spam: 'delete',
  'off-topic': 'hide',
  'personal-data': 'hide',
  advertising: 'hideOrDelete',
  'illegal-content': 'delete',
  impersonation: 'delete',
};

/**
 * Where a country names things differently: the examples of personal matters (Swiss "Hundetaxe", no "Wohngeld";
 * Austrian "Wohnbeihilfe" and "Hundeabgabe").
 */
const LOCAL_TEXTS: Readonly<Partial<Record<BuiltInClauseId, Partial<Record<'de-CH' | 'de-AT', string>>>>> = {
  'off-topic': {
    'de-CH':
      'Kommentare ohne Bezug zum jeweiligen Beitrag. Persönliche Anliegen im Einzelfall (etwa zu Steuern oder ' +
      'zur Hundetaxe) besprechen wir nicht öffentlich: Bitte wenden Sie sich dafür direkt an uns.',
    'de-AT':
      'Kommentare ohne Bezug zum jeweiligen Beitrag. Persönliche Anliegen im Einzelfall (etwa zu Wohnbeihilfe ' +
      'oder Hundeabgabe) besprechen wir nicht öffentlich: Bitte wenden Sie sich dafür direkt an uns.',
  },
};

function clauseText(id: BuiltInClauseId, locale: UiLocale): ClauseText {
  const legalBasis = LEGAL_BASES[id][locale];
  if (locale === 'en') return { ...ENGLISH[id], legalBasis };
  const german = GERMAN[id];
  if (locale === 'de-DE') return { ...german, legalBasis };
  const text = LOCAL_TEXTS[id]?.[locale] ?? german.text;
  if (locale === 'de-AT') return { title: german.title, text, legalBasis };
  return { title: swissGerman(german.title), text: swissGerman(text), legalBasis };
}

/** Every ready-made clause with its texts in all four languages. */
export const CLAUSE_TEMPLATES: readonly ClauseTemplate[] = BUILT_IN_CLAUSE_IDS.map((id) => ({
  id,
  consequence: CONSEQUENCES[id],
  texts: {
    'de-DE': clauseText(id, 'de-DE'),
    'de-CH': clauseText(id, 'de-CH'),
    'de-AT': clauseText(id, 'de-AT'),
    en: clauseText(id, 'en'),
  },
}));

export function isBuiltInClauseId(id: string): id is BuiltInClauseId {
  return (BUILT_IN_CLAUSE_IDS as readonly string[]).includes(id);
}

/** The fixed wording of a netiquette document around its clauses. */
export interface DocumentWording {
  heading: string;
  intro: (organisation: string) => string;
  criticismWelcome: string;
  clausesHeading: string;
  consequence: Readonly<Record<ClauseConsequence, string>>;
  legalBasis: string;
  objectionHeading: string;
  objection: (channel: string) => string;
  contact: string;
  publishedAt: string;
  recorded: string;
  version: (version: number, date: string) => string;
  changesHeading: string;
}

const GERMAN_WORDING: DocumentWording = {
  heading: 'Netiquette',
  intro: (organisation) =>
    `Wir, ${organisation}, freuen uns über Ihre Kommentare, Fragen und Anregungen. Damit der Austausch für alle ` +
    'angenehm bleibt, gelten auf unseren Kanälen diese Regeln.',
  criticismWelcome:
    'Sachliche Kritik ist ausdrücklich willkommen: Wir entfernen keinen Kommentar, nur weil er uns kritisiert.',
  clausesHeading: 'Was wir ausblenden oder löschen',
  consequence: {
    hide: 'Solche Kommentare blenden wir aus.',
    delete: 'Solche Kommentare löschen wir.',
    hideOrDelete: 'Solche Kommentare blenden wir aus oder löschen sie.',
  },
  legalBasis: 'Rechtsgrundlage',
  objectionHeading: 'Widerspruch',
  objection: (channel) =>
    'Wenn Sie meinen, dass wir Ihren Kommentar zu Unrecht ausgeblendet oder gelöscht haben, können Sie ' +
    `widersprechen: ${channel}. Wir prüfen jeden Widerspruch und antworten Ihnen.`,
  contact: 'Kontakt',
  publishedAt: 'Diese Netiquette ist veröffentlicht unter',
  recorded: 'Jede Moderation dokumentieren wir mit der Regel, auf die sie sich stützt.',
  version: (version, date) => `Fassung ${version} vom ${date}`,
  changesHeading: 'Änderungen',
};

const ENGLISH_WORDING: DocumentWording = {
  heading: 'Netiquette',
  intro: (organisation) =>
    `We, ${organisation}, welcome your comments, questions and suggestions. To keep the conversation pleasant ` +
    'for everyone, these rules apply on our channels.',
  criticismWelcome:
    'Fair criticism is expressly welcome: we never remove a comment just because it criticises us.',
  clausesHeading: 'What we hide or delete',
  consequence: {
    hide: 'We hide such comments.',
    delete: 'We delete such comments.',
    hideOrDelete: 'We hide or delete such comments.',
  },
  legalBasis: 'Legal basis',
  objectionHeading: 'Objections',
  objection: (channel) =>
    'If you think we hid or deleted your comment wrongly, you can object: ' +
    `${channel}. We review every objection and reply to you.`,
  contact: 'Contact',
  publishedAt: 'This netiquette is published at',
  recorded: 'We record every moderation decision with the rule it rests on.',
  version: (version, date) => `Version ${version} of ${date}`,
  changesHeading: 'Changes',
};

/** The intro and objection sentences hold no ß or quotes, so only the fixed sentences need Swiss spelling. */
const SWISS_WORDING: DocumentWording = {
  ...GERMAN_WORDING,
  criticismWelcome: swissGerman(GERMAN_WORDING.criticismWelcome),
  clausesHeading: swissGerman(GERMAN_WORDING.clausesHeading),
  consequence: {
    hide: swissGerman(GERMAN_WORDING.consequence.hide),
    delete: swissGerman(GERMAN_WORDING.consequence.delete),
    hideOrDelete: swissGerman(GERMAN_WORDING.consequence.hideOrDelete),
  },
  publishedAt: swissGerman(GERMAN_WORDING.publishedAt),
  recorded: swissGerman(GERMAN_WORDING.recorded),
};

export const DOCUMENT_WORDING: Readonly<Record<UiLocale, DocumentWording>> = {
  'de-DE': GERMAN_WORDING,
  'de-CH': SWISS_WORDING,
  'de-AT': GERMAN_WORDING,
  en: ENGLISH_WORDING,
};
