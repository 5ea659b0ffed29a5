import hyphen from 'hyphen/de';
import { describe, expect, it } from 'vitest';
import { countSyllables, countVowelGroups, MAX_HYPHENATED_LETTERS } from './syllables';

describe('countSyllables', () => {
  it.each([
    // The patterns leave these whole; vowel groups inside the fragment count.
    ['Abend', 2],
    ['Ofen', 2],
    ['Idee', 2], // I-dee: "ee" is one vowel group
    ['Ideen', 2],
    ['Eier', 2], // Ei-er: diphthong, then a separate e
    ['Zoo', 1],
    ['Auto', 2],
    ['Euro', 2],
    ['Poet', 2], // hiatus o-e
    ['Mai', 1],
    // Split by the patterns.
    ['Einwohnerversammlung', 6],
    ['Bürgerbüro', 4],
    ['Straße', 2],
    ['Feuerwehr', 3],
    ['Polizei', 3],
    ['Bauamt', 2],
    ['Aufenthaltstitel', 5],
    ['Theater', 3], // patterns: Thea-ter; "ea" is a hiatus
    ['Museum', 3],
    ['Ozean', 3],
    ['kooperieren', 5],
    ['beeinträchtigt', 4],
    ['Häuser', 2],
    ['Bayern', 2],
    ['Quelle', 2], // "qu" is a consonant
    ['Rathaus', 2],
    ['Wertstoffhof', 3],
    ['Geburtstag', 3],
    // -tion/-sion: the patterns split ti-on, spoken it is one syllable.
    ['Information', 4],
    ['Aktion', 2],
    ['Situation', 4],
    ['Pension', 2],
    // Documented compromises: written syllables, not spoken ones.
    ['Familie', 3], // patterns: Fa-mi-lie (spoken Fa-mi-li-e)
    ['Region', 3], // patterns: Re-gi-on (spoken Re-gion)
  ])('%s has %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it('counts a letter run longer than any German word by its vowel groups, without hyphenating it', () => {
    const run = 'Donaudampfschiff'.repeat(Math.ceil((MAX_HYPHENATED_LETTERS + 1) / 16));
    expect(run.length).toBeGreaterThan(MAX_HYPHENATED_LETTERS);
    expect(countSyllables(run)).toBe(countVowelGroups(run.toLowerCase()));
    expect(countSyllables('x'.repeat(100_000))).toBe(1);
    // The longest word in print is still hyphenated: "Rindfleisch…" has its 20 spoken syllables.
    expect(countSyllables('Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz')).toBe(20);
  });

  it('ignores case', () => {
    expect(countSyllables('EINWOHNERVERSAMMLUNG')).toBe(6);
    expect(countSyllables('STRASSE')).toBe(2);
    expect(countSyllables('bürgerbüro')).toBe(4);
  });

  it('counts hyphenated compounds part by part', () => {
    expect(countSyllables('Bürger-Info')).toBe(4);
    expect(countSyllables('E-Mail')).toBe(2);
  });

  it('gives numbers and symbols no syllables, vowel-less letter runs one', () => {
    expect(countSyllables('2026')).toBe(0);
    expect(countSyllables('')).toBe(0);
    expect(countSyllables('§')).toBe(0);
    expect(countSyllables('BGB')).toBe(1);
    expect(countSyllables('3-Zimmer')).toBe(2);
  });

  it('matches the hyphenation the patterns produce for a compound', () => {
    expect(hyphen.hyphenateSync('einwohnerversammlung', { hyphenChar: '|' })).toBe(
      'ein|woh|ner|ver|samm|lung',
    );
    // The patterns never split one letter off the edge: the vowel-group count is needed.
    expect(hyphen.hyphenateSync('abend', { hyphenChar: '|' })).toBe('abend');
  });
});

describe('countVowelGroups', () => {
  it.each([
    ['ein', 1],
    ['aeu', 2], // a, then the diphthong eu
    ['ie', 1],
    ['ää', 2],
    ['xyz', 1],
    ['', 0],
  ])('%s has %i nuclei', (fragment, expected) => {
    expect(countVowelGroups(fragment)).toBe(expected);
  });
});
