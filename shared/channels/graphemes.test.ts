import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeSegments, PIECE } from './graphemes';

const whole = (text: string) =>
  Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    ({ segment, index }) => ({
      segment,
      index,
    }),
  );

describe('graphemeSegments', () => {
  it('gives what Intl.Segmenter gives for the whole text, piece by piece', () => {
    const parts = ['a', ' ', 'ä', 'e\u0301', '😂', '👩‍👩‍👧', '🇩🇪', '\r\n', 'ß', '١', '\u0600'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 3 * PIECE }), (pieces) => {
        const text = pieces.join('');
        expect([...graphemeSegments(text)]).toEqual(whole(text));
      }),
      { numRuns: 40 },
    );
  });

  it('segments texts at the post form’s cap (100,000 characters), also without any ASCII', () => {
    // 33 UTF-16 units and 32 grapheme clusters each: 99,000 units.
    const text = 'Sehr geehrte Damen und Herren 😂 '.repeat(3_000);
    let count = 0;
    for (const _segment of graphemeSegments(text)) count += 1;
    expect(count).toBe(3_000 * 32);
    const emoji = '😂'.repeat(50_000);
    expect([...graphemeSegments(emoji)]).toHaveLength(50_000);
  });
});
