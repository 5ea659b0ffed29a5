import { describe, expect, it } from 'vitest';
import { EMPTY_STATS, fleschAmstad, letterCount, textStats, wienerSachtextformel1 } from './formulas';

describe('worked example: a plain two-sentence text', () => {
  // Sentence 1: Das(1) Amt(1) ist(1) heu-te(2) ge-schlos-sen(3)         → 5 words,  8 syllables
  // Sentence 2: Bit-te(2) kom-men(2) Sie(1) am(1) Mon-tag(2) wie-der(2) → 6 words, 10 syllables
  // ≥ 3 syllables: geschlossen (1). > 6 letters: geschlossen (1). One syllable: Das, Amt, ist, Sie, am (5).
  const text = 'Das Amt ist heute geschlossen. Bitte kommen Sie am Montag wieder.';
  const stats = textStats(text);

  it('counts sentences, words and syllables', () => {
    expect(stats).toEqual({
      sentences: 2,
      words: 11,
      syllables: 18,
      polysyllabicWords: 1,
      longWords: 1,
      monosyllabicWords: 5,
    });
  });

  it('Amstad: 180 − 11/2 − 58.5 × 18/11 = 78.77', () => {
    expect(fleschAmstad(stats)).toBeCloseTo(180 - 11 / 2 - 58.5 * (18 / 11), 10);
    expect(fleschAmstad(stats)).toBeCloseTo(78.7727, 4);
  });

  it('Wiener Sachtextformel 1: MS 9.09 %, SL 5.5, IW 9.09 %, ES 45.45 % → 1.50', () => {
    const ms = 100 / 11;
    const iw = 100 / 11;
    const es = 500 / 11;
    const expected = 0.1935 * ms + 0.1672 * 5.5 + 0.1297 * iw - 0.0327 * es - 0.875;
    expect(wienerSachtextformel1(stats)).toBeCloseTo(expected, 10);
    expect(wienerSachtextformel1(stats)).toBeCloseTo(1.4964, 4);
  });
});

describe('worked example: one sentence of office German', () => {
  // Die(1) In-an-spruch-nah-me(5) der(1) Leis-tun-gen(3) er-for-dert(3) ei-ne(2) vor-he-ri-ge(4)
  // An-trag-stel-lung(4) → 1 sentence, 8 words, 23 syllables.
  // ≥ 3 syllables: 5 (62.5 %). > 6 letters: the same 5 (62.5 %). One syllable: Die, der (25 %).
  const text = 'Die Inanspruchnahme der Leistungen erfordert eine vorherige Antragstellung.';
  const stats = textStats(text);

  it('counts', () => {
    expect(stats).toEqual({
      sentences: 1,
      words: 8,
      syllables: 23,
      polysyllabicWords: 5,
      longWords: 5,
      monosyllabicWords: 2,
    });
  });

  it('Amstad: 180 − 8 − 58.5 × 23/8 = 3.81 (very hard)', () => {
    expect(fleschAmstad(stats)).toBeCloseTo(3.8125, 10);
  });

  it('Wiener Sachtextformel 1: 0.1935·62.5 + 0.1672·8 + 0.1297·62.5 − 0.0327·25 − 0.875 = 19.8451', () => {
    expect(wienerSachtextformel1(stats)).toBeCloseTo(19.8451, 10);
  });
});

describe('edge cases', () => {
  it('a text without words has no score', () => {
    expect(fleschAmstad(EMPTY_STATS)).toBe(null);
    expect(wienerSachtextformel1(EMPTY_STATS)).toBe(null);
    expect(fleschAmstad(textStats('🎉 #Fest 2026'))).toBe(null);
  });

  it('counts letters without hyphens', () => {
    expect(letterCount('Bürger-Info')).toBe(10);
    expect(letterCount('Straße')).toBe(6);
  });

  it('plain text scores higher than office German', () => {
    const plain = fleschAmstad(textStats('Wir helfen Ihnen gern. Rufen Sie uns an.')) ?? 0;
    const office = fleschAmstad(textStats('Diesbezügliche Rückäußerungen erbitten wir fernmündlich.')) ?? 0;
    expect(plain).toBeGreaterThan(60);
    expect(office).toBeLessThan(30);
  });
});
