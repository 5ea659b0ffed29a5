/**
 * Accessible, consistent tone (Bundesfachstelle Barrierefreiheit: Barrierefreie Social-Media-Beiträge):
 * CamelCase hashtags, few emoji and none inside a sentence, no Unicode pseudo-bold/italic, no words in ALL CAPS,
 * no "!!!"; plus the organisation's chosen address (see address.ts) and no "Link in Bio" outside Instagram.
 * An emoji counts as inside a sentence when a word (or comma) comes right before it and a word right after it on
 * the same line; emoji used as bullets at a line start ("📍 Rathaus") or at a sentence end do not warn. ALL CAPS
 * ignores hashtags, mentions, URLs, e-mail addresses and the known abbreviations; it makes no suggestion, since
 * whether the word is a noun needs a dictionary.
 */
import type { CheckFinding, CheckInput, CheckRule, Severity } from '../types';
import { findAddressMix } from './address';
import { findEmoji, type EmojiSpan } from './emoji';
import { camelCaseHashtag } from './hashtagWords';

export const TONE_SOURCE = 'Bundesfachstelle Barrierefreiheit: Barrierefreie Social-Media-Beiträge';
const ADDRESS_SOURCE = 'Hausstil der Organisation: einheitliche Anrede (Einstellung „Anrede“)';
const LINK_IN_BIO_SOURCE = 'Instagram: Links in Bildunterschriften sind nicht anklickbar („Link in Bio“)';

/** Abbreviations and acronyms that are written in capitals on purpose; compared in upper case. */
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    'ÖPNV', 'BAföG', 'DSGVO', 'THW', 'DRK', 'ADAC', 'GmbH', 'HTML', 'COVID', 'FAQ', 'SPNV', 'BAMF', 'BMAS', 'BMBF',
    'BMWK', 'BMEL', 'BMFSFJ', 'BMUV', 'BMDV', 'BMVG', 'BMZ', 'BMWSB', 'BKA', 'BSI', 'BBK', 'DWD', 'NINA', 'KATWARN',
    'MOWAS', 'DLRG', 'KRITIS', 'NATO', 'UNESCO', 'UNICEF', 'WLAN', 'HTTP', 'HTTPS', 'IBAN', 'DSGV', 'ELSTER',
    'BAFA', 'KFW', 'DGUV', 'BITV', 'ARGE', 'IHK', 'AWO', 'VDK', 'BUND', 'NABU', 'ZDF', 'SRF', 'ORF', 'UEFA', 'FIFA',
    'NRW', 'LKW', 'PKW', 'KFZ', 'AHV', 'SBB', 'ÖBB', 'DFB', 'BVG', 'MVV', 'HVV', 'KVB', 'VRR', 'VBB', 'RMV', 'EDV',
    'USA', 'AIDS', 'HIV', 'SARS', 'MERS', 'GPS', 'JPEG', 'MPEG', 'ASCII', 'UNHCR', 'OSZE', 'OECD', 'EZB', 'WHO',
    'BGBL', 'AGO', 'KUG', 'BGG', 'AKW', 'LGBTQ', 'LGBTQIA', 'MINT', 'STEM', 'CEO', 'OK', 'PDF', 'USB', 'SMS', 'TÜV',
    'DEKRA', 'DAAD', 'BAFÖG', 'IKEA', 'NASA', 'ESA', 'FSME', 'RSV', 'ABC', 'CBRN', 'ÖAMTC', 'ARBÖ',
  ].map((word) => word.toUpperCase()),
); // prettier-ignore

const HASHTAG = /(?<![\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
const URL =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:de|at|ch|com|org|net|eu|info|gov|bund\.de)\/[^\s<>"]*/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PSEUDO_FORMATTED = /[\u{1D400}-\u{1D7FF}]+(?:[\s!?.,:;'’-]+[\u{1D400}-\u{1D7FF}]+)*/gu;
const PSEUDO_LETTER = /[\u{1D400}-\u{1D7FF}]/u;
const ALL_CAPS = /(?<![\p{L}\p{N}_#@])\p{Lu}{4,}(?![\p{L}\p{N}_])/gu;
const EXCLAMATIONS = /!{3,}/gu;
const LINK_IN_BIO = /(?<![\p{L}])link\s+in\s+(?:der\s+|unserer\s+|meiner\s+)?bio(?![\p{L}])/giu;
const LONG_HASHTAG_LETTERS = 12;

interface Hit {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  params: Record<string, string | number>;
  suggestion?: string | null;
  source?: string;
}

function toFinding(hit: Hit): CheckFinding {
  return {
    id: `${hit.rule}:${hit.start}`,
    rule: hit.rule,
    severity: hit.severity,
    messageKey: `checks.${hit.rule}`,
    params: hit.params,
    range: { start: hit.start, end: hit.end },
    suggestion: hit.suggestion ?? null,
    source: hit.source ?? TONE_SOURCE,
  };
}

function protectedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of [URL, EMAIL, HASHTAG, MENTION]) {
    for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

function hashtagHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1] ?? '';
    const letters = tag.replace(/[^\p{L}]/gu, '').length;
    if (letters <= LONG_HASHTAG_LETTERS || !/^[\p{Ll}\p{M}\p{N}_]+$/u.test(tag)) continue;
    const end = match.index + match[0].length;
    hits.push({
      rule: 'tone.hashtagCamelCase',
      severity: 'info',
      start: match.index,
      end,
      params: { hashtag: match[0] },
      suggestion: camelCaseHashtag(tag),
    });
  }
  return hits;
}

/** Runs of emoji separated by nothing but spaces, as [first, last] spans. */
function emojiGroups(text: string, emoji: EmojiSpan[]): EmojiSpan[][] {
  const groups: EmojiSpan[][] = [];
  for (const span of emoji) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && /^[ \u00A0\u200D]*$/u.test(text.slice(last.end, span.start))) group.push(span);
    else groups.push([span]);
  }
  return groups;
}

const INLINE_SPACE = /[ \u00A0]/u;

/** The last character before `index`, skipping spaces (not line breaks); '' at the start. */
function charBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && INLINE_SPACE.test(text.charAt(i))) i -= 1;
  if (i < 0) return '';
  const code = text.charCodeAt(i);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return text.slice(isLowSurrogate && i > 0 ? i - 1 : i, i + 1);
}

/** The first character from `index` on, skipping spaces (not line breaks); '' at the end. */
function charAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && INLINE_SPACE.test(text.charAt(i))) i += 1;
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function emojiHits(text: string, maxEmoji: number): Hit[] {
  const emoji = findEmoji(text);
  const hits: Hit[] = [];
  for (const group of emojiGroups(text, emoji)) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const before = charBefore(text, first.start);
    const after = charAfter(text, last.end);
    if (/[\p{L}\p{N},;]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) {
      const emojiText = group.map((span) => span.emoji).join('');
      hits.push({
        rule: 'tone.emojiInSentence',
        severity: 'warn',
        start: first.start,
        end: last.end,
        params: { emoji: emojiText },
        suggestion: null,
      });
    }
  }
  const beyond = emoji[Math.max(0, Math.floor(maxEmoji))];
  if (Number.isFinite(maxEmoji) && maxEmoji >= 0 && beyond) {
    hits.push({
      rule: 'tone.tooManyEmoji',
      severity: 'warn',
      start: beyond.start,
      end: beyond.end,
      params: { count: emoji.length, max: Math.floor(maxEmoji) },
    });
  }
  return hits;
}

function patternHits(text: string, inProtected: (s: number, e: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(PSEUDO_FORMATTED)) {
    const plain = m[0].normalize('NFKC');
    const end = m.index + m[0].length;
    hits.push({
      rule: 'tone.pseudoFormatting',
      severity: 'block',
      start: m.index,
      end,
      params: { plain },
      suggestion: plain,
    });
  }
  for (const m of text.matchAll(ALL_CAPS)) {
    const end = m.index + m[0].length;
    if (
      KNOWN_ABBREVIATIONS.has(m[0].toUpperCase()) ||
      PSEUDO_LETTER.test(m[0]) ||
      inProtected(m.index, end)
    ) {
      continue;
    }
    // No suggestion: whether the word is a noun (capitalised) or not needs a dictionary.
    hits.push({ rule: 'tone.allCaps', severity: 'warn', start: m.index, end, params: { word: m[0] } });
  }
  for (const m of text.matchAll(EXCLAMATIONS)) {
    const end = m.index + m[0].length;
    hits.push({
      rule: 'tone.exclamation',
      severity: 'warn',
      start: m.index,
      end,
      params: { text: m[0] },
      suggestion: '!',
    });
  }
  return hits;
}

/** The rule without its safety net (tests call it directly, so a throw cannot hide behind the catch). */
export function runTone(input: CheckInput): CheckFinding[] {
  const text = input.text;
  if (typeof text !== 'string' || text.length === 0) return [];
  const ranges = protectedRanges(text);
  const inProtected = (start: number, end: number): boolean => ranges.some(([s, e]) => start < e && s < end);
  const hits: Hit[] = [
    ...hashtagHits(text),
    ...emojiHits(text, input.settings.maxEmoji),
    ...patternHits(text, inProtected),
  ];
  for (const hit of findAddressMix(text, input.settings.address, inProtected)) {
    const rule = input.settings.address === 'sie' ? 'tone.informalAddress' : 'tone.formalAddress';
    hits.push({ ...hit, rule, severity: 'warn', params: { word: hit.word }, source: ADDRESS_SOURCE });
  }
  if (input.channel !== 'instagram') {
    for (const m of text.matchAll(LINK_IN_BIO)) {
      const end = m.index + m[0].length;
      const params = { text: m[0] };
      hits.push({
        rule: 'tone.linkInBio',
        severity: 'warn',
        start: m.index,
        end,
        params,
        source: LINK_IN_BIO_SOURCE,
      });
    }
  }
  return hits
    .filter((hit) => hit.end > hit.start)
    .sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))
    .map(toFinding);
}

export const toneRule: CheckRule = {
  family: 'tone',
  run: (input) => {
    try {
      return runTone(input);
    } catch {
      return [];
    }
  },
};
