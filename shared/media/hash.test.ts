import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the FIPS 180-2 vector for %j', async (input, expected) => {
    expect(await sha256Hex(text(input))).toBe(expected);
  });

  it('hashes one million "a" (long-message vector)', async () => {
    expect(await sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes only the window of a view into a larger buffer', async () => {
    const buffer = text('xxabcyy');
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
