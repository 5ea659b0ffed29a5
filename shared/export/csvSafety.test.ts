import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCell, startsWithFormulaTrigger, unprotectCell } from './csvSafety';

describe('csvSafety', () => {
  it.each(['=SUM(A1)', '+49 30 1234', '-5', '@mention', '\tx', '\rx', "'quoted"])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(protectCell(value)).toBe(`'${value}`);
      expect(unprotectCell(protectCell(value))).toBe(value);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(protectCell('Bürgerfest am Samstag')).toBe('Bürgerfest am Samstag');
    expect(protectCell('')).toBe('');
    expect(protectCell('a=b')).toBe('a=b');
  });

  it('round-trips any text and never starts with a trigger', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const cell = protectCell(text);
        expect(startsWithFormulaTrigger(cell)).toBe(false);
        expect(unprotectCell(cell)).toBe(text);
      }),
    );
  });
});
