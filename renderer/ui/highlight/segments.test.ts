import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments, type HighlightRange, type HighlightSegment } from './segments';

const r = (start: number, end: number, severity: HighlightRange['severity']): HighlightRange => ({
  start,
  end,
  severity,
});

const cases: { name: string; text: string; ranges: HighlightRange[]; expected: HighlightSegment[] }[] = [
  { name: 'empty text', text: '', ranges: [r(0, 3, 'block')], expected: [] },
  { name: 'no ranges', text: 'Hallo Welt', ranges: [], expected: [{ text: 'Hallo Welt', severity: null }] },
  {
    name: 'one range in the middle',
    text: 'Hallo Welt',
    ranges: [r(6, 10, 'warn')],
    expected: [
      { text: 'Hallo ', severity: null },
      { text: 'Welt', severity: 'warn' },
    ],
  },
  {
    name: 'range covering the whole text',
    text: 'abc',
    ranges: [r(0, 3, 'info')],
    expected: [{ text: 'abc', severity: 'info' }],
  },
  {
    name: 'overlap: the higher severity wins where they overlap',
    text: 'abcdefgh',
    ranges: [r(1, 6, 'info'), r(3, 8, 'block')],
    expected: [
      { text: 'a', severity: null },
      { text: 'bc', severity: 'info' },
      { text: 'defgh', severity: 'block' },
    ],
  },
  {
    name: 'overlap: a lower severity inside a higher one is swallowed',
    text: 'abcdefgh',
    ranges: [r(0, 8, 'warn'), r(2, 4, 'info')],
    expected: [{ text: 'abcdefgh', severity: 'warn' }],
  },
  {
    name: 'overlap: a higher severity inside a lower one splits it',
    text: 'abcdefgh',
    ranges: [r(0, 8, 'info'), r(2, 4, 'block')],
    expected: [
      { text: 'ab', severity: 'info' },
      { text: 'cd', severity: 'block' },
      { text: 'efgh', severity: 'info' },
    ],
  },
  {
    name: 'out of bounds ranges are clipped',
    text: 'abcdef',
    ranges: [r(-5, 2, 'warn'), r(4, 99, 'block')],
    expected: [
      { text: 'ab', severity: 'warn' },
      { text: 'cd', severity: null },
      { text: 'ef', severity: 'block' },
    ],
  },
  {
    name: 'empty, inverted, fully outside and NaN ranges are ignored',
    text: 'abcdef',
    ranges: [r(2, 2, 'block'), r(4, 1, 'block'), r(10, 20, 'block'), r(-9, -1, 'block'), r(NaN, 3, 'block')],
    expected: [{ text: 'abcdef', severity: null }],
  },
  {
    name: 'adjacent ranges of different severity stay separate',
    text: 'abcdef',
    ranges: [r(0, 2, 'info'), r(2, 4, 'warn')],
    expected: [
      { text: 'ab', severity: 'info' },
      { text: 'cd', severity: 'warn' },
      { text: 'ef', severity: null },
    ],
  },
  {
    name: 'adjacent ranges of the same severity merge',
    text: 'abcdef',
    ranges: [r(0, 2, 'warn'), r(2, 4, 'warn')],
    expected: [
      { text: 'abcd', severity: 'warn' },
      { text: 'ef', severity: null },
    ],
  },
  {
    name: 'emoji: a range starting inside a surrogate pair snaps outward',
    text: 'a😀b',
    ranges: [r(2, 4, 'block')],
    expected: [
      { text: 'a', severity: null },
      { text: '😀b', severity: 'block' },
    ],
  },
  {
    name: 'emoji: a range ending inside a surrogate pair snaps outward',
    text: 'a😀b',
    ranges: [r(0, 2, 'warn')],
    expected: [
      { text: 'a😀', severity: 'warn' },
      { text: 'b', severity: null },
    ],
  },
  {
    name: 'emoji: a range entirely inside one pair covers the whole pair',
    text: 'x😀y',
    ranges: [r(2, 2, 'info'), r(1, 2, 'info')],
    expected: [
      { text: 'x', severity: null },
      { text: '😀', severity: 'info' },
      { text: 'y', severity: null },
    ],
  },
  {
    name: 'non-integer offsets are truncated',
    text: 'abcdef',
    ranges: [r(1.7, 3.2, 'info')],
    expected: [
      { text: 'a', severity: null },
      { text: 'bc', severity: 'info' },
      { text: 'def', severity: null },
    ],
  },
];

describe('highlightSegments', () => {
  it.each(cases)('$name', ({ text, ranges, expected }) => {
    expect(highlightSegments(text, ranges)).toEqual(expected);
  });

  it('covers the text exactly, never splits a surrogate pair and never repeats a severity (property)', () => {
    const char = fc.oneof(
      fc.constantFrom('a', ' ', '\n', '😀', '👩‍👩‍👧', 'ß'),
      fc.string({ unit: 'binary', maxLength: 1 }),
      fc.constantFrom('\ud83d', '\ude00'), // lone surrogates must not break anything
    );
    const text = fc.array(char, { maxLength: 30 }).map((parts) => parts.join(''));
    const range = fc.record({
      start: fc.integer({ min: -5, max: 80 }),
      end: fc.integer({ min: -5, max: 80 }),
      severity: fc.constantFrom('block' as const, 'warn' as const, 'info' as const),
    });
    fc.assert(
      fc.property(text, fc.array(range, { maxLength: 6 }), (value, ranges) => {
        const segments = highlightSegments(value, ranges);
        expect(segments.map((segment) => segment.text).join('')).toBe(value);
        let offset = 0;
        segments.forEach((segment, index) => {
          expect(segment.text.length).toBeGreaterThan(0);
          if (index > 0) expect(segment.severity).not.toBe(segments[index - 1]?.severity);
          if (offset > 0) {
            const before = value.charCodeAt(offset - 1);
            const after = value.charCodeAt(offset);
            const splits = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
            expect(splits).toBe(false);
          }
          offset += segment.text.length;
        });
      }),
    );
  });

  it('marks every code unit with the highest severity of the ranges covering it (property)', () => {
    const rank = { info: 1, warn: 2, block: 3 } as const;
    const range = fc.record({
      start: fc.integer({ min: -3, max: 25 }),
      end: fc.integer({ min: -3, max: 25 }),
      severity: fc.constantFrom('block' as const, 'warn' as const, 'info' as const),
    });
    // ASCII only: no snapping, so the expectation is a plain per-unit maximum.
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(range, { maxLength: 5 }), (value, ranges) => {
        const actual: number[] = [];
        for (const segment of highlightSegments(value, ranges)) {
          for (let i = 0; i < segment.text.length; i += 1) {
            actual.push(segment.severity ? rank[segment.severity] : 0);
          }
        }
        const expected = Array.from(value, (_, i) =>
          Math.max(0, ...ranges.filter((x) => x.start <= i && i < x.end).map((x) => rank[x.severity])),
        );
        expect(actual).toEqual(expected);
      }),
    );
  });
});
