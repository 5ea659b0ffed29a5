import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import { checkPost } from '../checks/engine';
import { CHECK_RULES } from '../checks/registry';
import { DEFAULT_CHECK_SETTINGS } from '../checks/types';
import { hostileString } from '../fuzz/jsonMutations';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH, validatePostInput, type PostFormInput } from './postInput';
import { unsafeTextCharacter, unsafeTitleCharacter } from './textSafety';

const CONTROL_OR_BIDI = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\u202A',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2069',
];

/** Text as people paste it, and as attackers craft it: any code points, control and bidi characters, huge. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...CONTROL_OR_BIDI), fc.string({ maxLength: 40 }))
    .map(([before, char, after]) => before + char + after),
  hostileString,
  fc.constant('ä'.repeat(TEXT_MAX_LENGTH + 1)),
);

const input = (title: string, body: string): PostFormInput => ({
  title,
  channels: ['facebook', 'x'],
  date: '2026-12-03',
  time: '10:00',
  text: body,
});

describe('post form text fields under hostile input', () => {
  it('never throws: either a clear error key per field, or values free of control and bidi override characters', () => {
    fc.assert(
      fc.property(text, text, (title, body) => {
        const result = validatePostInput(input(title, body), 'Europe/Berlin');
        if (result.ok) {
          expect(result.value.title.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
          expect(unsafeTitleCharacter(result.value.title)).toBeNull();
          for (const variant of result.value.variants) {
            expect(variant.text.length).toBeLessThanOrEqual(TEXT_MAX_LENGTH);
            expect(unsafeTextCharacter(variant.text)).toBeNull();
          }
        } else {
          for (const key of Object.values(result.errors)) expect(key).toMatch(/^post\.errors\.\w+$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses U+202E and other control characters with their own message, but keeps line breaks and tabs', () => {
    const refused = validatePostInput(input('Rechnung\u202Efdp.exe', 'Text\u0007'), 'Europe/Berlin');
    expect(refused).toEqual({
      ok: false,
      errors: { title: 'post.errors.titleUnsafe', text: 'post.errors.textUnsafe' },
    });
    const multiline = validatePostInput(input('Titel', 'Zeile 1\r\nZeile 2\n\tEingerückt'), 'Europe/Berlin');
    expect(multiline.ok).toBe(true);
    expect(validatePostInput(input('Zwei\nZeilen', 'x'), 'Europe/Berlin')).toMatchObject({
      ok: false,
      errors: { title: 'post.errors.titleUnsafe' },
    });
    // Marks that right-to-left languages need stay allowed.
    expect(validatePostInput(input('مرحبا \u200F', 'שלום \u200E'), 'Europe/Berlin').ok).toBe(true);
    expect(unsafeTextCharacter('a\u202Eb')).toBe('U+202E');
  });

  it('refuses a text over the limit with the length message, not the character one', () => {
    const result = validatePostInput(input('Titel', `${'a'.repeat(TEXT_MAX_LENGTH)}\u202E`), 'Europe/Berlin');
    expect(result).toMatchObject({ ok: false, errors: { text: 'post.errors.textTooLong' } });
  });
});

describe('check engine under hostile text', () => {
  it('never throws on any string in any network', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, crisis) => {
        const findings = checkPost(
          {
            variants: (['linkedin', 'facebook', 'instagram', 'x'] as const).map((channel) => ({
              channel,
              format: 'feed',
              text: body,
              mediaIds: [],
            })),
            media: {},
            altTexts: {},
            crisis,
            settings: DEFAULT_CHECK_SETTINGS,
            limitSettings: DEFAULT_LIMIT_SETTINGS,
            consents: [],
            scheduledAt: null,
            timeZone: 'Europe/Berlin',
            now: new Date('2026-11-25T08:00:00Z'),
          },
          CHECK_RULES,
        );
        for (const finding of findings) {
          expect(['block', 'warn', 'info']).toContain(finding.severity);
          if (finding.range !== null) {
            expect(finding.range.start).toBeGreaterThanOrEqual(0);
            expect(finding.range.end).toBeLessThanOrEqual(body.length);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
