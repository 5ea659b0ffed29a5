import { describe, expect, it } from 'vitest';
import type { Channel } from '../model/channels';
import { countCharacters, cutForPreview, extractHashtags, extractUrls, measureText } from './counting';
import { DEFAULT_LIMIT_SETTINGS } from './limitSettings';
import { resolveLimits } from './limits';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 👨‍👩‍👧‍👦, 11 UTF-16 units
const FLAG_DE = '\u{1F1E9}\u{1F1EA}'; // 🇩🇪, 4 UTF-16 units
const THUMBS_UP_MEDIUM = '\u{1F44D}\u{1F3FD}'; // 👍🏽
const URL = 'https://www.berlin.de/rathaus/aktuelles/?jahr=2026';
const E_DECOMPOSED = 'e\u0301';

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });
/** True when `offset` is a grapheme cluster boundary of `text`. */
function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset === 0 || offset === text.length) return true;
  return [...graphemes.segment(text)].some((segment) => segment.index === offset);
}

describe('countCharacters on X (weighted, twitter-text)', () => {
  it.each([
    ['plain Latin letters', 'Hallo Welt', 10],
    ['umlauts and ß', 'Grüße', 5],
    ['a URL counts 23 whatever its length', URL, 23],
    ['a URL without protocol counts 23', 'berlin.de', 23],
    ['text plus URL', `Mehr: ${URL}`, 6 + 23],
    ['a simple emoji counts 2', '\u{1F600}', 2],
    ['a ZWJ family counts 2', FAMILY, 2],
    ['a flag counts 2', FLAG_DE, 2],
    ['an emoji with skin tone counts 2', THUMBS_UP_MEDIUM, 2],
    ['CJK counts 2 each', '日本語', 6],
    ['Hangul counts 2 each', '한국어', 6],
    ['a decomposed é counts 1 after NFC', E_DECOMPOSED, 1],
    ['a composed é counts 1', 'é', 1],
    ['a combining mark with no composed form counts as its own code point', 'n\u0308', 2],
    [
      'two combining marks: NFC composes ạ (U+1EA1, outside the light ranges: 2), the diaeresis stays 1',
      'a\u0308\u0323',
      3,
    ],
    ['a Devanagari conjunct counts each of its three code points', '\u0915\u094D\u0937', 3],
    ['empty text', '', 0],
  ])('%s', (_name, text, expected) => {
    expect(countCharacters('x', text)).toBe(expected);
  });
});

describe('countCharacters elsewhere (UTF-16 code units after NFC)', () => {
  it.each([
    ['Hallo Welt', 10],
    ['Grüße', 5],
    [E_DECOMPOSED, 1],
    ['\u{1F600}', 2],
    [FLAG_DE, 4],
    [FAMILY, 11],
    [URL, URL.length],
    ['日本語', 3],
  ])('%j', (text, expected) => {
    for (const channel of ['facebook', 'instagram', 'linkedin'] as const) {
      expect(countCharacters(channel, text), channel).toBe(expected);
    }
  });
});

describe('measureText', () => {
  const a = (count: number): string => 'a'.repeat(count);
  it.each([
    ['X at the limit', 'x', a(280), 280, null],
    ['X one over', 'x', a(281), 281, 280],
    ['X over by an emoji, which stays whole', 'x', a(279) + '\u{1F600}', 281, 279],
    ['X over by a ZWJ family', 'x', a(279) + FAMILY, 281, 279],
    ['X over by a URL, cut before the URL', 'x', `${a(257)} ${URL}`, 281, 258],
    ['X decomposed accents, offset in the original text', 'x', E_DECOMPOSED.repeat(281), 281, 560],
    ['Instagram at the limit', 'instagram', a(2200), 2200, null],
    ['Instagram one over', 'instagram', a(2201), 2201, 2200],
    ['Instagram over inside an emoji', 'instagram', a(2199) + FLAG_DE, 2203, 2199],
    ['LinkedIn at the limit', 'linkedin', a(3000), 3000, null],
    ['LinkedIn one over', 'linkedin', a(3001), 3001, 3000],
    ['LinkedIn decomposed accents', 'linkedin', E_DECOMPOSED.repeat(3001), 3001, 6000],
  ] as const)('%s', (_name, channel, text, used, overflowStart) => {
    const limit = resolveLimits(channel, DEFAULT_LIMIT_SETTINGS).textMax;
    const measured = measureText(channel, text, limit);
    expect(measured).toEqual({ used, overflowStart });
    if (measured.overflowStart !== null) expect(isGraphemeBoundary(text, measured.overflowStart)).toBe(true);
  });

  it('measures Facebook against the chosen limit', () => {
    expect(measureText('facebook', a(5000), 5000).overflowStart).toBeNull();
    expect(measureText('facebook', a(5001), 5000).overflowStart).toBe(5000);
    expect(measureText('facebook', a(63206), 63206).overflowStart).toBeNull();
    expect(measureText('facebook', a(63207), 63206).overflowStart).toBe(63206);
  });

  it('measures X past a byte order mark that X itself rejects', () => {
    expect(measureText('x', '\uFEFF' + a(280), 280)).toEqual({ used: 282, overflowStart: 279 });
  });
});

describe('extractHashtags and extractUrls', () => {
  it('finds hashtags with umlauts, but not numbers alone', () => {
    expect(extractHashtags('#ReisenFürAlle am #Tag2 #2026 und #Berlin!')).toEqual([
      'ReisenFürAlle',
      'Tag2',
      'Berlin',
    ]);
  });
  it('finds URLs with and without protocol', () => {
    expect(extractUrls(`Siehe ${URL} oder berlin.de.`)).toEqual([URL, 'berlin.de']);
  });
});

describe('cutForPreview', () => {
  const limitsOf = (channel: Channel) => resolveLimits(channel, DEFAULT_LIMIT_SETTINGS);

  it.each([
    ['Instagram', 'instagram', 125],
    ['Facebook', 'facebook', 477],
    ['LinkedIn', 'linkedin', 210],
  ] as const)('%s shows a text of exactly the cut in full and cuts one more', (_name, channel, cut) => {
    const exact = 'a'.repeat(cut);
    expect(cutForPreview(channel, exact, limitsOf(channel))).toEqual({ visible: exact, truncated: false });
    const preview = cutForPreview(channel, `${'a'.repeat(cut - 2)} bc`, limitsOf(channel));
    expect(preview).toEqual({ visible: 'a'.repeat(cut - 2), truncated: true });
  });

  it('cuts at the last word boundary before the cut', () => {
    const text = 'Wort '.repeat(60);
    const { visible, truncated } = cutForPreview('linkedin', text, limitsOf('linkedin'));
    expect(truncated).toBe(true);
    expect(visible.length).toBeLessThanOrEqual(210);
    expect(visible.endsWith('Wort')).toBe(true);
    expect(text.startsWith(visible + ' ')).toBe(true);
    expect(visible.length).toBeGreaterThan(210 - 'Wort '.length);
  });

  it('never shows a cut on X, which has no "see more"', () => {
    const text = 'Wort '.repeat(100);
    expect(cutForPreview('x', text, limitsOf('x'))).toEqual({ visible: text, truncated: false });
  });

  const emojis = [FAMILY, FLAG_DE, THUMBS_UP_MEDIUM, '\u{1F600}', E_DECOMPOSED];
  const cases = emojis.flatMap((emoji) =>
    Array.from({ length: 14 }, (_, shift) => [emoji, 112 + shift] as const),
  );
  it.each(cases)('never splits %j placed at offset %d of a word that crosses the cut', (emoji, offset) => {
    const text = 'a'.repeat(offset) + emoji + 'b'.repeat(200);
    const { visible, truncated } = cutForPreview('instagram', text, limitsOf('instagram'));
    expect(truncated).toBe(true);
    expect(text.startsWith(visible)).toBe(true);
    expect(isGraphemeBoundary(text, visible.length)).toBe(true);
    expect(countCharacters('instagram', visible)).toBeLessThanOrEqual(125);
    // When the emoji fits, the b's fill the rest of the 125; otherwise the cut falls just before the emoji.
    const fits = countCharacters('instagram', 'a'.repeat(offset) + emoji) <= 125;
    expect(visible.length).toBe(fits ? 125 - countCharacters('instagram', emoji) + emoji.length : offset);
  });

  it('refuses limits of another network', () => {
    expect(() => cutForPreview('facebook', 'Hallo', limitsOf('instagram'))).toThrow(/instagram/);
  });
});
