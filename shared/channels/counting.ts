/**
 * Counting text the way each network does (see `textUnit` in NETWORK_LIMITS): X by twitter-text's weighted
 * count, the others in UTF-16 code units after NFC. Every offset this module returns is a UTF-16 offset into the
 * text as given (not normalised) and lies on a grapheme cluster boundary, so no emoji or accent is ever split.
 */
import twitterText from 'twitter-text';
import type { Channel } from '../model/channels';
import { graphemeSegments } from './graphemes';
import { NETWORK_LIMITS } from './limits';
import type { ResolvedLimits } from './limitTypes';

/** twitter-text's own limit: its `validRangeEnd` marks where a text passes this weighted length. */
const X_WEIGHTED_LIMIT = 280;

/** A character X rejects (twitter-text `hasInvalidCharacters`): U+FFFE, U+FEFF (BOM) or U+FFFF. */
export const X_INVALID_CHARACTER = /[\uFFFE\uFEFF\uFFFF]/u;
const X_INVALID_CHARACTERS = new RegExp(X_INVALID_CHARACTER.source, 'gu');

/**
 * Stand-in for an invalid character while measuring: same UTF-16 length and X weight (2), ends a URL like the
 * original does, and is no emoji (U+3000 IDEOGRAPHIC SPACE).
 */
const X_INVALID_STAND_IN = '\u3000';

const STARTS_WITH_WHITESPACE = /^\s/u;

function parseForX(text: string): ReturnType<typeof twitterText.parseTweet> {
  return twitterText.parseTweet(text.normalize('NFC').replace(X_INVALID_CHARACTERS, X_INVALID_STAND_IN));
}

/** The length of `text` in the unit `channel` counts (X: weighted; others: UTF-16 code units after NFC). */
export function countCharacters(channel: Channel, text: string): number {
  if (NETWORK_LIMITS[channel].textUnit.value === 'x-weighted') return parseForX(text).weightedLength;
  return text.normalize('NFC').length;
}

/** Calls `visit` with each grapheme cluster, its offset and its NFC length; stops when `visit` returns true. */
function walkGraphemes(
  text: string,
  visit: (segment: string, index: number, nfcLength: number) => boolean,
): void {
  const alreadyNfc = text.normalize('NFC') === text;
  for (const { segment, index } of graphemeSegments(text)) {
    const nfcLength = alreadyNfc ? segment.length : segment.normalize('NFC').length;
    if (visit(segment, index, nfcLength)) return;
  }
}

/** The last grapheme boundary in `text` up to which the NFC form holds at most `budget` UTF-16 units. */
function boundaryWithinNfcBudget(text: string, budget: number): number {
  let used = 0;
  let boundary = text.length;
  walkGraphemes(text, (_segment, index, nfcLength) => {
    used += nfcLength;
    if (used <= budget) return false;
    boundary = index;
    return true;
  });
  return boundary;
}

/** The text's length in the network's unit and the UTF-16 offset where it first exceeds `limit` (null: fits). */
export function measureText(
  channel: Channel,
  text: string,
  limit: number,
): { used: number; overflowStart: number | null } {
  if (NETWORK_LIMITS[channel].textUnit.value === 'x-weighted') {
    if (limit !== X_WEIGHTED_LIMIT) throw new RangeError(`X texts are measured against ${X_WEIGHTED_LIMIT}`);
    const parsed = parseForX(text);
    if (parsed.weightedLength <= limit) return { used: parsed.weightedLength, overflowStart: null };
    // validRangeEnd is the inclusive UTF-16 end, in the NFC text, of the part that fits.
    return {
      used: parsed.weightedLength,
      overflowStart: boundaryWithinNfcBudget(text, parsed.validRangeEnd + 1),
    };
  }
  const used = text.normalize('NFC').length;
  return { used, overflowStart: used <= limit ? null : boundaryWithinNfcBudget(text, limit) };
}

/** Hashtags in `text`, without "#", by twitter-text's rules (which Instagram's resemble). */
export function extractHashtags(text: string): string[] {
  return twitterText.extractHashtags(text);
}

/** URLs in `text`, with or without protocol ("berlin.de" counts), by twitter-text's rules. */
export function extractUrls(text: string): string[] {
  return twitterText.extractUrls(text);
}

/**
 * What the feed shows before "see more": the text up to the network's cut, shortened to the last word boundary
 * (or to a grapheme boundary when the first word alone is longer than the cut).
 */
export function cutForPreview(
  channel: Channel,
  text: string,
  limits: ResolvedLimits,
): { visible: string; truncated: boolean } {
  assertSameChannel(channel, limits);
  const cut = limits.seeMoreAt;
  if (cut === null || countCharacters(channel, text) <= cut) return { visible: text, truncated: false };
  let used = 0;
  let lastWhitespace = -1;
  let hardCut = text.length;
  walkGraphemes(text, (segment, index, nfcLength) => {
    if (STARTS_WITH_WHITESPACE.test(segment)) lastWhitespace = index;
    used += nfcLength;
    if (used <= cut) return false;
    hardCut = index;
    return true;
  });
  const atWord = lastWhitespace > 0 ? text.slice(0, lastWhitespace).trimEnd() : '';
  return { visible: atWord === '' ? text.slice(0, hardCut) : atWord, truncated: true };
}

/** Throws when limits of one network are used for another (a programming error, not a user's). */
export function assertSameChannel(channel: Channel, limits: ResolvedLimits): void {
  if (limits.channel !== channel) throw new Error(`Limits of ${limits.channel} used for ${channel}`);
}
