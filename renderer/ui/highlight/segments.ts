/**
 * The pure part of the highlighted textarea: turns a text and a set of (possibly overlapping, out-of-bounds)
 * ranges into ordered, non-overlapping segments that cover the text exactly.
 */

export type HighlightSeverity = 'block' | 'warn' | 'info';

/** A range of the text in UTF-16 code units; `end` is exclusive. */
export interface HighlightRange {
  start: number;
  end: number;
  severity: HighlightSeverity;
}

export interface HighlightSegment {
  text: string;
  severity: HighlightSeverity | null;
}

const RANK: Record<HighlightSeverity, number> = { info: 1, warn: 2, block: 3 };
const BY_RANK: readonly (HighlightSeverity | null)[] = [null, 'info', 'warn', 'block'];

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` lies between the two halves of a surrogate pair. */
function splitsPair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHighSurrogate(text.charCodeAt(index - 1)) &&
    isLowSurrogate(text.charCodeAt(index))
  );
}

function clip(value: number, length: number): number {
  return Math.min(length, Math.max(0, Math.trunc(value)));
}

/**
 * Splits `text` into segments, each either plain (`severity: null`) or highlighted. Ranges are clipped to the
 * text, empty ones are ignored, a boundary inside a surrogate pair is moved outward, and where ranges overlap
 * the higher severity wins (block > warn > info). Adjacent segments of the same severity are merged; the
 * segments' texts concatenate to `text` exactly (an empty text gives no segments).
 */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): HighlightSegment[] {
  const length = text.length;
  if (length === 0) return [];
  const ranks = new Uint8Array(length);
  for (const range of ranges) {
    if (Number.isNaN(range.start) || Number.isNaN(range.end)) continue;
    let start = clip(range.start, length);
    let end = clip(range.end, length);
    if (end <= start) continue;
    if (splitsPair(text, start)) start -= 1;
    if (splitsPair(text, end)) end += 1;
    const rank = RANK[range.severity];
    for (let i = start; i < end; i += 1) {
      if ((ranks[i] ?? 0) < rank) ranks[i] = rank;
    }
  }
  const segments: HighlightSegment[] = [];
  let from = 0;
  for (let i = 1; i <= length; i += 1) {
    if (i === length || ranks[i] !== ranks[from]) {
      segments.push({ text: text.slice(from, i), severity: BY_RANK[ranks[from] ?? 0] ?? null });
      from = i;
    }
  }
  return segments;
}
