/**
 * Crisis posts (BMI Leitfaden Krisenkommunikation 2014: truthful, comprehensible, consistent): humour is out of
 * place, so laughing or winking emoji, "haha"/"lol"/";-)", stacked exclamation marks and joke hashtags block;
 * any other emoji warns. Outside a crisis (`input.crisis` false) the rule finds nothing.
 */
import type { CheckFinding, CheckInput, CheckRule, Severity } from '../types';
import { findEmoji } from '../tone/emoji';

export const CRISIS_SOURCE = 'BMI Leitfaden Krisenkommunikation 2014';

/** Laughing, grinning, winking and clowning faces: they read as a joke. Matched on the cluster's first code point. */
export const HUMOUR_EMOJI: ReadonlySet<string> = new Set([
  '😂', '🤣', '😆', '😅', '😄', '😁', '😀', '😃', '😜', '😝', '😛', '😋', '😉', '🙃', '🤪', '😹', '😸', '😺',
  '🤭', '🥳', '🤡', '🙈', '😎', '🤓', '🥸', '😏', '🤠', '🥴',
]); // prettier-ignore

/** Hashtags (lower case, without #) that mark a post as a joke. */
export const JOKE_HASHTAGS: ReadonlySet<string> = new Set([
  'fail', 'epicfail', 'lol', 'rofl', 'lmao', 'haha', 'spaß', 'spass', 'witzig', 'witz', 'humor', 'humour', 'joke',
  'jokes', 'scherz', 'lustig', 'satire', 'meme', 'memes', 'funny', 'fun', 'comedy', 'spassmuss', 'lachen',
  'augenzwinkern', 'ironie', 'irony', 'sarkasmus', 'kannstdirnichtausdenken', 'facepalm', 'wtf', 'omg',
]); // prettier-ignore

/** Laughter and winks written as text; `xD` also as `XD`. Not inside words ("Haharlem" stays). */
const HUMOUR_WORD =
  /(?<![\p{L}\p{N}_#＃@/])(?:h[ae](?:h[ae])+h?|hi(?:hi)+|lol|rofl|lmao|xd+)(?![\p{L}\p{N}_])/giu;
/** Winks and grins; ":D" only as a word of its own, so "Info:Datum" stays. */
const EMOTICON = /;-?\)+|(?<![\p{L}\p{N}])(?:;-?D|:-?D|;-?P)(?![\p{L}\p{N}])/gu;
const STACKED_EXCLAMATION = /!{2,}/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;

interface Hit {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  params: Record<string, string | number>;
}

function finding(hit: Hit): CheckFinding {
  const key = hit.rule.slice('crisis.'.length);
  return {
    id: `${hit.rule}:${hit.start}`,
    rule: hit.rule,
    severity: hit.severity,
    messageKey: `checks.crisis.${key}`,
    params: hit.params,
    range: { start: hit.start, end: hit.end },
    suggestion: null,
    source: CRISIS_SOURCE,
  };
}

function emojiHits(text: string): Hit[] {
  return findEmoji(text).map(({ start, end, emoji }) => {
    const first = String.fromCodePoint(emoji.codePointAt(0) ?? 0);
    const humour = HUMOUR_EMOJI.has(first);
    return {
      rule: humour ? 'crisis.humourEmoji' : 'crisis.emoji',
      severity: humour ? 'block' : 'warn',
      start,
      end,
      params: { emoji },
    };
  });
}

function regexHits(text: string, pattern: RegExp, rule: string): Hit[] {
  return [...text.matchAll(pattern)].map((match) => ({
    rule,
    severity: 'block' as const,
    start: match.index,
    end: match.index + match[0].length,
    params: { text: match[0] },
  }));
}

function hashtagHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = (match[1] ?? '').toLocaleLowerCase('de-DE');
    if (!JOKE_HASHTAGS.has(tag)) continue;
    hits.push({
      rule: 'crisis.humourHashtag',
      severity: 'block',
      start: match.index,
      end: match.index + match[0].length,
      params: { hashtag: match[0] },
    });
  }
  return hits;
}

/** The rule without its safety net (tests call it directly, so a throw cannot hide behind the catch). */
export function runCrisis(input: CheckInput): CheckFinding[] {
  if (!input.crisis || typeof input.text !== 'string' || input.text.length === 0) return [];
  const text = input.text;
  const hits = [
    ...emojiHits(text),
    ...regexHits(text, HUMOUR_WORD, 'crisis.humourWord'),
    ...regexHits(text, EMOTICON, 'crisis.humourWord'),
    ...regexHits(text, STACKED_EXCLAMATION, 'crisis.exclamation'),
    ...hashtagHits(text),
  ].filter((hit) => hit.end > hit.start);
  hits.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return hits.map(finding);
}

export const crisisRule: CheckRule = {
  family: 'crisis',
  run: (input) => {
    try {
      return runCrisis(input);
    } catch {
      return [];
    }
  },
};
