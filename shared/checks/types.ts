/**
 * The check engine's vocabulary. A rule is a pure function from a post's text (one network's variant) and the
 * organisation's check settings to findings; the engine runs every rule over every variant.
 */
import type { Channel } from '../model/channels';

export type Severity = 'block' | 'warn' | 'info';

/** Which gender-inclusive forms the organisation uses (see domain.md: the rules conflict between bodies). */
export const GENDER_PROFILES = ['neutralOrPair', 'colon', 'star', 'off'] as const;
export type GenderProfile = (typeof GENDER_PROFILES)[number];

/** How the organisation addresses people: formal "Sie" or informal "du". */
export type Address = 'sie' | 'du';

export interface CheckSettings {
  genderProfile: GenderProfile;
  address: Address;
  /** Target German Flesch reading ease (Amstad); below it warns. */
  readingEaseTarget: number;
  /** A network's own target, replacing `readingEaseTarget` for its text (e.g. lower for LinkedIn). */
  readingEaseTargets: Partial<Record<Channel, number>>;
  /** Longest sentence (words) before a warning. */
  maxSentenceWords: number;
  /** More emoji than this warn. */
  maxEmoji: number;
  /** The organisation's own contact data (phone, e-mail, address), never flagged as personal data. */
  allowList: string[];
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  genderProfile: 'neutralOrPair',
  address: 'sie',
  readingEaseTarget: 50,
  readingEaseTargets: {},
  maxSentenceWords: 20,
  maxEmoji: 3,
  allowList: [],
};

/** What a rule looks at: one network's text and the context that changes what is right. */
export interface CheckInput {
  channel: Channel;
  text: string;
  /** A crisis post (category) or crisis mode on: humour blocks, emoji warn. */
  crisis: boolean;
  settings: CheckSettings;
}

export interface TextRange {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

export interface CheckFinding {
  /** Stable per rule and place: `<rule>:<start>` for text findings. */
  id: string;
  /** The rule family and rule, e.g. 'gender.masculineGeneric'. */
  rule: string;
  severity: Severity;
  /** i18n key under `checks.` with its parameters. */
  messageKey: string;
  params: Record<string, string | number>;
  range: TextRange | null;
  /** A replacement for the range, when there is an obvious one. */
  suggestion: string | null;
  /** Where the rule comes from (guideline, law, style guide). */
  source: string;
}

/** A rule family: a name and a function. Rules never throw; bad input yields no finding. */
export interface CheckRule {
  family: string;
  run: (input: CheckInput) => CheckFinding[];
}
