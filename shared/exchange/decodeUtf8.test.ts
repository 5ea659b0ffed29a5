import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict } from './decodeUtf8';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8Strict', () => {
  it('decodes well-formed UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8Strict(encode('Bürgeramt ✓ 🎉'))).toEqual({ ok: true, text: 'Bürgeramt ✓ 🎉' });
    expect(decodeUtf8Strict(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['Latin-1 ü', [0x42, 0xfc, 0x72], 1],
    ['an overlong slash', [0x2f, 0xc0, 0xaf], 1],
    ['a surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a cut sequence at the end', [0x61, 0xe2, 0x82], 1],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('refuses %s, naming the offset, instead of replacing it', (_name, bytes, offset) => {
    expect(decodeUtf8Strict(new Uint8Array(bytes))).toEqual({
      ok: false,
      message: `the file is not valid UTF-8 (first invalid byte at offset ${offset})`,
    });
  });

  it('accepts exactly what a fatal TextDecoder accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let expected: boolean;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          expected = true;
        } catch {
          expected = false;
        }
        expect(decodeUtf8Strict(bytes).ok).toBe(expected);
      }),
    );
  });
});
