import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, canonicalSha256, sha256Hex, utf8 } from './webCrypto';

describe('webCrypto helpers', () => {
  it('encode UTF-8 like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8(text)).toEqual(new TextEncoder().encode(text));
      }),
    );
  });

  it('hash with SHA-256 (known vector) and canonicalise key order', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(canonicalJson({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
    expect(canonicalSha256({ b: 1, a: 2 })).toBe(canonicalSha256({ a: 2, b: 1 }));
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
