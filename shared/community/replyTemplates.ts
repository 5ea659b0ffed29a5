/**
 * Reply templates ("Antwortbausteine"): texts with `{{field}}` placeholders for recurring answers under posts.
 * Filling reuses the post templates' machinery (shared/templates/render.ts: missing and invalid values, unknown
 * placeholders, dates in the reply's language, Swiss spelling for built-in texts in de-CH); the filled reply is
 * then measured against the network's comment limit (shared/channels/commentLimits.ts) and run through the text
 * rules of the post checks that apply to a reply: crisis, personal data, gender-inclusive wording and tone
 * (readability is left out: replies are short by nature). A template must be approved before it is usable.
 */
import { commentLimit } from '../channels/commentLimits';
import { countCharacters } from '../channels/counting';
import { countrySource } from '../checks/countrySources';
import { CHECK_RULES } from '../checks/registry';
import {
  DEFAULT_CHECK_SETTINGS,
  type CheckFinding,
  type CheckRule,
  type CheckSettings,
} from '../checks/types';
import type { Channel } from '../model/channels';
import type { Country, UiLocale } from '../model/settings';
import { renderTemplate } from '../templates/render';
import type { PostTemplate, TemplateField, TemplateValues } from '../templates/types';
import { BUILT_IN_REPLIES, REPLY_TOPIC_WORDS, type ReplyLanguage, type ReplyTopic } from './replyLibrary';

export interface ReplyApproval {
  /** Id of the person who approved the template. */
  by: string;
  /** ISO 8601 instant. */
  at: string;
}

export interface ReplyTemplate {
  id: string;
  topic: ReplyTopic;
  language: ReplyLanguage;
  name: string;
  text: string;
  fields: TemplateField[];
  /** Further words the search finds the template by. */
  keywords: string[];
  builtIn: boolean;
  /** null: not approved yet, not usable. */
  approval: ReplyApproval | null;
}

/** The rule families a reply is checked with (see the file comment). */
export const REPLY_CHECK_FAMILIES = ['crisis', 'personalData', 'gender', 'tone'] as const;

/** The built-in replies as templates, unapproved: an organisation approves what it wants to use. */
export function builtInReplyTemplates(): ReplyTemplate[] {
  return BUILT_IN_REPLIES.map((reply) => ({
    ...reply,
    fields: reply.fields.map((field) => ({ ...field })),
    keywords: [...reply.keywords],
    builtIn: true,
    approval: null,
  }));
}

export interface ReplyOptions {
  /** The reply's language variant: dates and Swiss spelling. Default: de-DE, or en for an English template. */
  locale?: UiLocale;
  settings?: CheckSettings;
  /** Crisis mode on, or the post is crisis communication. */
  crisis?: boolean;
  /** Findings name this country's laws. Default DE. */
  country?: Country;
  /** The rules to run; default the reply families of the check engine. */
  rules?: readonly CheckRule[];
}

export interface ReplyLength {
  /** In the network's unit (X: weighted). */
  used: number;
  max: number;
  over: boolean;
}

export type FilledReply =
  | {
      ok: true;
      text: string;
      length: ReplyLength;
      findings: CheckFinding[];
      unknownPlaceholders: string[];
      approved: boolean;
      /** Approved, within the limit and without a blocking finding: ready to copy. */
      usable: boolean;
    }
  | { ok: false; missing: string[]; invalid: string[]; unknownPlaceholders: string[] };

function asPostTemplate(template: ReplyTemplate): PostTemplate {
  return {
    id: template.id,
    kind: 'custom',
    name: template.name,
    fields: template.fields,
    title: template.name,
    body: template.text,
    builtIn: template.builtIn,
    category: null,
    requiresConsent: false,
  };
}

const REPLY_RULES: readonly CheckRule[] = CHECK_RULES.filter((rule) =>
  (REPLY_CHECK_FAMILIES as readonly string[]).includes(rule.family),
);

/** The template filled with `values` for `channel`, measured and checked; or what is missing. */
export function fillReply(
  template: ReplyTemplate,
  values: TemplateValues,
  channel: Channel,
  options: ReplyOptions = {},
): FilledReply {
  const rendered = renderTemplate(
    asPostTemplate(template),
    values,
    options.locale ?? (template.language === 'en' ? 'en' : 'de-DE'),
  );
  if (!rendered.ok) return rendered;
  const { text } = rendered;
  const used = countCharacters(channel, text);
  const max = commentLimit(channel);
  const input = {
    channel,
    text,
    crisis: options.crisis ?? false,
    settings: options.settings ?? DEFAULT_CHECK_SETTINGS,
  };
  const findings = (options.rules ?? REPLY_RULES)
    .flatMap((rule) => rule.run(input))
    .map((finding) => ({ ...finding, source: countrySource(finding.source, options.country ?? 'DE') }));
  const approved = template.approval !== null;
  return {
    ok: true,
    text,
    length: { used, max, over: used > max },
    findings,
    unknownPlaceholders: rendered.unknownPlaceholders,
    approved,
    usable: approved && used <= max && findings.every((finding) => finding.severity !== 'block'),
  };
}

/**
 * Text for matching: lower case, ß and ẞ as "ss", accents dropped, and ä/ae, ö/oe, ü/ue made the same, so
 * "Müll", "Muell" and "MULL" all match.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

function words(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Weights of a match in each part of a template: whole word, start of a word, inside a word (compounds). */
const WEIGHTS = {
  topic: [6, 4, 2],
  name: [5, 3, 2],
  keywords: [4, 3, 1],
  text: [2, 1, 0.5],
} as const;
type Part = keyof typeof WEIGHTS;

function matchScore(token: string, partWords: readonly string[], weights: readonly number[]): number {
  let best = 0;
  for (const word of partWords) {
    const score =
      word === token
        ? (weights[0] ?? 0)
        : word.startsWith(token)
          ? (weights[1] ?? 0)
          : token.length >= 3 && word.includes(token)
            ? (weights[2] ?? 0)
            : 0;
    best = Math.max(best, score);
  }
  return best;
}

export interface ReplySearchHit {
  template: ReplyTemplate;
  score: number;
}

/**
 * The templates matching every word of `query`, best first: a match on the topic counts most, then the name,
 * the keywords and the text; whole words more than word starts (typing) more than parts of compounds. An empty
 * query lists all templates, approved first. Ties: approved first, then by name.
 */
export function searchReplies(templates: readonly ReplyTemplate[], query: string): ReplySearchHit[] {
  const tokens = [...new Set(words(query))];
  const hits: ReplySearchHit[] = [];
  for (const template of templates) {
    const parts: Record<Part, string[]> = {
      topic: REPLY_TOPIC_WORDS[template.topic].flatMap(words),
      name: words(template.name),
      keywords: template.keywords.flatMap(words),
      text: words(template.text.replace(/\{\{[^}]*\}\}/g, ' ')),
    };
    let score = 0;
    let everyToken = true;
    for (const token of tokens) {
      const tokenScore = (Object.keys(WEIGHTS) as Part[]).reduce(
        (sum, part) => sum + matchScore(token, parts[part], WEIGHTS[part]),
        0,
      );
      if (tokenScore === 0) everyToken = false;
      score += tokenScore;
    }
    if (everyToken) hits.push({ template, score });
  }
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.template.approval !== null) - Number(a.template.approval !== null) ||
      a.template.name.localeCompare(b.template.name, 'de'),
  );
}
