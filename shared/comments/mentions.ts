/**
 * Mentions in a comment: `@` followed by a profile's initials (`@AM`) or full name (`@Anna Müller`), matched
 * case-insensitively with umlauts. Names with spaces are matched greedily, longest first, so `@Anna Müller`
 * mentions Anna Müller rather than a profile called "Anna". Never inside an e-mail address (`presse@bezirk.de`):
 * an `@` right after a letter, digit or one of `._%+-` does not start a mention, nor does a match followed by
 * more of a word or a domain (`@am.de`).
 */
import type { Profile } from '../workflow/roles';

export type MentionProfile = Pick<Profile, 'id' | 'name' | 'initials'>;

export interface MentionRange {
  /** Index of the `@`. */
  start: number;
  /** Index after the last character of the name (exclusive). */
  end: number;
  profileId: string;
}

export interface Mentions {
  /** Each mentioned profile once, in the order of first mention. */
  profileIds: string[];
  ranges: MentionRange[];
}

interface Candidate {
  pattern: RegExp;
  profileId: string;
  /** Full names win over initials of the same length. */
  isName: boolean;
  order: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const BEFORE_EMAIL = /[\p{L}\p{N}\p{M}._%+-]/u;
const DOMAIN_CONTINUES = /^[.-][\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sticky, case-insensitive pattern; any run of spaces in the text matches a space in the name. */
function patternFor(label: string): RegExp | null {
  const words = label
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('[ \\t\\u00a0]+'), 'iuy');
}

function candidatesOf(profiles: readonly MentionProfile[]): Candidate[] {
  const candidates: Candidate[] = [];
  profiles.forEach((profile, order) => {
    for (const [label, isName] of [
      [profile.name, true],
      [profile.initials, false],
    ] as const) {
      const pattern = patternFor(label);
      if (pattern !== null) candidates.push({ pattern, profileId: profile.id, isName, order });
    }
  });
  return candidates;
}

function endsCleanly(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next !== '' && WORD_CHAR.test(next)) return false;
  return !DOMAIN_CONTINUES.test(text.slice(end, end + 2));
}

/** The longest candidate matching right after the `@` at `at`, or null. */
function matchAt(text: string, at: number, candidates: readonly Candidate[]): MentionRange | null {
  let best: { range: MentionRange; candidate: Candidate } | null = null;
  for (const candidate of candidates) {
    candidate.pattern.lastIndex = at + 1;
    const match = candidate.pattern.exec(text);
    if (match === null) continue;
    const end = at + 1 + match[0].length;
    if (!endsCleanly(text, end)) continue;
    const better =
      best === null ||
      end > best.range.end ||
      (end === best.range.end && candidate.isName && !best.candidate.isName) ||
      (end === best.range.end &&
        candidate.isName === best.candidate.isName &&
        candidate.order < best.candidate.order);
    if (better) best = { range: { start: at, end, profileId: candidate.profileId }, candidate };
  }
  return best?.range ?? null;
}

/** The profiles mentioned in `text` and where. */
export function findMentions(text: string, profiles: readonly MentionProfile[]): Mentions {
  const candidates = candidatesOf(profiles);
  const ranges: MentionRange[] = [];
  let index = text.indexOf('@');
  while (index !== -1) {
    const before = index > 0 ? text.charAt(index - 1) : '';
    const range = before !== '' && BEFORE_EMAIL.test(before) ? null : matchAt(text, index, candidates);
    if (range !== null) ranges.push(range);
    index = text.indexOf('@', range === null ? index + 1 : range.end);
  }
  return { profileIds: [...new Set(ranges.map((r) => r.profileId))], ranges };
}
