/**
 * Emoji as people see them: one grapheme cluster (a flag, a skin-toned hand, a family) is one emoji. A cluster
 * counts when it has an emoji-presentation character, or a pictograph forced to emoji style by U+FE0F, or is a
 * keycap; text-style symbols such as © or ™ without U+FE0F do not count.
 */

export interface EmojiSpan {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The grapheme cluster itself. */
  emoji: string;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const TOKEN = /\S+/gu;
const PRESENTATION = /\p{Emoji_Presentation}|\u20E3/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const VARIATION_SELECTOR_EMOJI = '\uFE0F';
const POSSIBLE_EMOJI = /[\u00A9\u00AE\u203C-\u3299\u{1F000}-\u{1FAFF}]|\uFE0F/u;

export function isEmojiCluster(segment: string): boolean {
  if (PRESENTATION.test(segment)) return true;
  return PICTOGRAPH.test(segment) && segment.includes(VARIATION_SELECTOR_EMOJI);
}

/** Every emoji in `text`, in order. */
export function findEmoji(text: string): EmojiSpan[] {
  if (!POSSIBLE_EMOJI.test(text)) return [];
  const spans: EmojiSpan[] = [];
  // Segment only the whitespace-free tokens that may hold an emoji: an emoji cluster never spans whitespace.
  for (const token of text.matchAll(TOKEN)) {
    if (!POSSIBLE_EMOJI.test(token[0])) continue;
    for (const { segment, index } of segmenter.segment(token[0])) {
      const start = token.index + index;
      if (isEmojiCluster(segment)) spans.push({ start, end: start + segment.length, emoji: segment });
    }
  }
  return spans;
}
