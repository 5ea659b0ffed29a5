/**
 * Gender-inclusive language, by the organisation's profile (domain.md: the rules of public bodies conflict):
 *
 * - 'neutralOrPair' (Bavaria AGO §22(5) since 2024-04-01; Swiss Bundeskanzlei directive of 2021-06-15): a
 *   masculine generic ("Bürger") warns with the neutral form, else the pair form; Genderstern, colon, gap, mid-dot
 *   and internal I ("Bürger*innen", "Bürger:innen", "Bürger_innen", "Bürger·innen", "BürgerInnen") block.
 * - 'colon' / 'star': a masculine generic warns with the profile's form (or a neutral form when German has no
 *   such form); the other signs warn and suggest the profile's sign.
 * - 'off': nothing.
 *
 * Not flagged: feminine forms ("Bürgermeisterin"), pair forms in either order ("Bürgerinnen und Bürger", "Bürger
 * und Bürgerinnen"), slash forms ("Bürger/-innen", an official short pair form), compounds whose person word is
 * only a modifier ("Bürgersteig", see exceptions.ts), hyphenated modifiers ("Bürger-Sprechstunde"), lower-case and
 * all-caps words, things that end in a person form ("Lautsprecher") and official names ("Bundesamt für Migration
 * und Flüchtlinge"). Neo-pronoun forms ("jede*r") are out of scope.
 */
import type { CheckFinding, CheckInput, CheckRule, GenderProfile, Severity } from '../types';
import { properNameRanges, THING_WORDS } from './exceptions';
import { GENDER_TERMS, type GenderTerm } from './terms';

type ActiveProfile = Exclude<GenderProfile, 'off'>;

export const GENDER_SOURCES: Record<ActiveProfile, string> = {
  neutralOrPair:
    'Sprachregelung der Organisation: Paar- oder neutrale Formen (Bürgerinnen und Bürger, Mitarbeitende), vgl. ' +
    'Bayern AGO § 22 Abs. 5 (seit 01.04.2024); Schweizerische Bundeskanzlei, Weisung vom 15.06.2021',
  colon: 'Sprachregelung der Organisation: Doppelpunkt (Bürger:innen)',
  star: 'Sprachregelung der Organisation: Genderstern (Bürger*innen), vgl. Stadt Hannover 2019',
};

const SIGN_OF: Record<'colon' | 'star', string> = { colon: ':', star: '*' };

interface SuffixEntry {
  lower: string;
  form: string;
  term: GenderTerm;
}

const FORMS = new Map<string, GenderTerm>(
  GENDER_TERMS.flatMap((term) => term.forms.map((form) => [form, term])),
);
const SUFFIXES: readonly SuffixEntry[] = GENDER_TERMS.filter((term) => term.compound)
  .flatMap((term) => term.forms.map((form) => ({ lower: form.toLowerCase(), form, term })))
  .sort((a, b) => b.lower.length - a.lower.length);
/** Terms by the stem of their star form: 'Bürger', 'Kolleg', 'Ärzt'. */
const BY_SIGN_STEM = new Map<string, GenderTerm>(
  GENDER_TERMS.flatMap((term): [string, GenderTerm][] =>
    term.star === null ? [] : [[term.star.slice(0, -'*innen'.length), term]],
  ),
);

const WORD = /\p{L}+/gu;
const SIGN = /(?<!\p{L})(\p{Lu}\p{L}*)([*:_·\u2027])(innen\p{Ll}*|in)(?!\p{L})/gu;
const INTERNAL_I = /(?<!\p{L})(\p{Lu}\p{L}*?\p{Ll})(In|Innen)(?!\p{L})/gu;
/** A gender sign or slash form right after a word: the word is not a masculine generic. */
const SIGN_AFTER = /^(?:[*:_·\u2027]in|\/-?in|\(in)/u;
const CONNECTOR = String.raw`(?:und|oder|bzw\.|sowie|&|\/|,)`;
const PAIR_BEFORE = new RegExp(String.raw`(\p{L}+)\s*${CONNECTOR}\s*(?:\p{Ll}+\s+)?$`, 'u');
const PAIR_AFTER = new RegExp(String.raw`^\s*${CONNECTOR}\s*(?:\p{Ll}+\s+)?(\p{L}+)`, 'u');

interface TermHit {
  term: GenderTerm;
  /** The compound's first part ("Neu" in "Neubürger"); '' for the bare term. */
  prefix: string;
}

/** lookUp scans every suffix; the checks run on each keystroke, so results are remembered per word (bounded). */
const LOOK_UP_CACHE_LIMIT = 20_000;
const lookUpCache = new Map<string, TermHit | null>();

function lookUp(word: string): TermHit | null {
  let hit = lookUpCache.get(word);
  if (hit === undefined) {
    hit = lookUpUncached(word);
    if (lookUpCache.size >= LOOK_UP_CACHE_LIMIT) lookUpCache.clear();
    lookUpCache.set(word, hit);
  }
  return hit;
}

function lookUpUncached(word: string): TermHit | null {
  const exact = FORMS.get(word);
  if (exact) return { term: exact, prefix: '' };
  const lower = word.toLowerCase();
  const entry = SUFFIXES.find(
    (candidate) => lower.length >= candidate.lower.length + 2 && lower.endsWith(candidate.lower),
  );
  return entry ? { term: entry.term, prefix: word.slice(0, word.length - entry.form.length) } : null;
}

function isThingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return THING_WORDS.some((thing) => {
    const at = lower.lastIndexOf(thing);
    return at >= 0 && lower.length - (at + thing.length) <= 2;
  });
}

function isFeminine(word: string | undefined, term: GenderTerm): boolean {
  const lower = (word ?? '').toLowerCase();
  return lower !== '' && term.feminine.some((form) => lower.endsWith(form.toLowerCase()));
}

/** "Bürgerinnen und Bürger", "Bürger und Bürgerinnen", "Bürgerinnen, liebe Bürger". */
function isPaired(text: string, start: number, end: number, term: GenderTerm): boolean {
  const before = PAIR_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  const after = PAIR_AFTER.exec(text.slice(end, end + 80));
  return isFeminine(before?.[1], term) || isFeminine(after?.[1], term);
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const withPrefix = (prefix: string, form: string): string =>
  prefix === ''
    ? form
    : form
        .split(' und ')
        .map((part) => prefix + lowerFirst(part))
        .join(' und ');

/** The replacement a profile wants for a masculine generic; compounds prefer forms that take the prefix. */
function suggestFor(hit: TermHit, profile: ActiveProfile): string | null {
  const { term, prefix } = hit;
  const neutral = term.neutral[0] ?? null;
  const signForm = profile === 'colon' ? term.colon : profile === 'star' ? term.star : null;
  const order =
    prefix === ''
      ? [signForm, neutral, term.pair]
      : [signForm, profile === 'neutralOrPair' ? term.pair : null, neutral, term.pair];
  const form = order.find((candidate): candidate is string => candidate !== null);
  return form === undefined ? null : withPrefix(prefix, form);
}

interface Draft {
  rule: 'gender.masculineGeneric' | 'gender.genderSign';
  key: string;
  severity: Severity;
  start: number;
  end: number;
  suggestion: string | null;
}

function masculineDrafts(text: string, profile: ActiveProfile): Draft[] {
  const drafts: Draft[] = [];
  const names = properNameRanges(text);
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (!/^\p{Lu}/u.test(word) || text.charAt(end) === '-' || SIGN_AFTER.test(text.slice(end, end + 4)))
      continue;
    if (names.some(([from, to]) => start >= from && end <= to)) continue;
    const hit = lookUp(word);
    if (!hit || isThingWord(word) || isPaired(text, start, end, hit.term)) continue;
    const suggestion = suggestFor(hit, profile);
    drafts.push({
      rule: 'gender.masculineGeneric',
      key: 'masculineGeneric',
      severity: 'warn',
      start,
      end,
      suggestion,
    });
  }
  return drafts;
}

/** The pair or neutral replacement for a sign form; null for compounds ("Bürger*innenbüro") and unknown stems. */
function pairFor(stem: string, ending: string): string | null {
  const plural = ending === 'innen';
  if (!plural && ending !== 'in') return null;
  const term = BY_SIGN_STEM.get(stem);
  if (term) {
    const [feminine] = term.feminine;
    if (!plural) return feminine === undefined ? null : `${feminine} oder ${term.stem}`;
    return term.neutral[0] ?? term.pair;
  }
  if (!/(?:er|el)$/u.test(stem)) return null;
  return plural ? `${stem}innen und ${stem}` : `${stem}in oder ${stem}`;
}

function signDraft(
  profile: ActiveProfile,
  stem: string,
  sign: string,
  ending: string,
  start: number,
): Draft | null {
  const end = start + stem.length + sign.length + ending.length;
  const lowerEnding = lowerFirst(ending);
  if (profile === 'neutralOrPair') {
    const suggestion = pairFor(stem, lowerEnding);
    const key = suggestion === null ? 'signForbiddenNoSuggestion' : 'signForbidden';
    return { rule: 'gender.genderSign', key, severity: 'block', start, end, suggestion };
  }
  const wanted = SIGN_OF[profile];
  if (sign === wanted) return null;
  const suggestion = `${stem}${wanted}${lowerEnding}`;
  return { rule: 'gender.genderSign', key: 'signInconsistent', severity: 'warn', start, end, suggestion };
}

function signDrafts(text: string, profile: ActiveProfile): Draft[] {
  const drafts: (Draft | null)[] = [];
  for (const match of text.matchAll(SIGN)) {
    drafts.push(signDraft(profile, match[1] ?? '', match[2] ?? '', match[3] ?? '', match.index));
  }
  for (const match of text.matchAll(INTERNAL_I)) {
    const stem = match[1] ?? '';
    if (!BY_SIGN_STEM.has(stem) && !/er$/u.test(stem)) continue;
    drafts.push(signDraft(profile, stem, '', match[2] ?? '', match.index));
  }
  return drafts.filter((draft): draft is Draft => draft !== null);
}

function toFinding(draft: Draft, text: string, profile: ActiveProfile): CheckFinding {
  return {
    id: `${draft.rule}:${draft.start}`,
    rule: draft.rule,
    severity: draft.severity,
    messageKey: `checks.gender.${draft.key}`,
    params: { term: text.slice(draft.start, draft.end), suggestion: draft.suggestion ?? '' },
    range: { start: draft.start, end: draft.end },
    suggestion: draft.suggestion,
    source: GENDER_SOURCES[profile],
  };
}

/** The findings for one text under one profile, in text order. */
export function findGenderIssues(text: string, profile: GenderProfile): CheckFinding[] {
  if (profile === 'off') return [];
  return [...masculineDrafts(text, profile), ...signDrafts(text, profile)]
    .sort((a, b) => a.start - b.start)
    .map((draft) => toFinding(draft, text, profile));
}

export const genderRule: CheckRule = {
  family: 'gender',
  run: (input: CheckInput): CheckFinding[] => {
    try {
      return findGenderIssues(input.text, input.settings.genderProfile);
    } catch {
      return [];
    }
  },
};
