import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, type MentionProfile } from './mentions';

const anna: MentionProfile = { id: 'p-anna', name: 'Anna Müller', initials: 'AM' };
const annaB: MentionProfile = { id: 'p-annab', name: 'Anna', initials: 'AN' };
const joerg: MentionProfile = { id: 'p-joerg', name: 'Jörg Weiß-Öztürk', initials: 'JW' };
const profiles = [annaB, anna, joerg];

describe('findMentions', () => {
  it('finds initials and full names, case-insensitively with umlauts', () => {
    const text = 'Bitte @am und @JÖRG WEISS-öztürk prüfen.';
    const result = findMentions(text, profiles);
    expect(result.profileIds).toEqual(['p-anna']);
    const text2 = 'Bitte @am und @jörg weiß-öztürk prüfen.';
    const result2 = findMentions(text2, profiles);
    expect(result2.profileIds).toEqual(['p-anna', 'p-joerg']);
    expect(result2.ranges.map((r) => text2.slice(r.start, r.end))).toEqual(['@am', '@jörg weiß-öztürk']);
  });

  it('matches the longest name first', () => {
    const text = '@Anna Müller, und @Anna allein';
    const result = findMentions(text, profiles);
    expect(result.ranges.map((r) => [text.slice(r.start, r.end), r.profileId])).toEqual([
      ['@Anna Müller', 'p-anna'],
      ['@Anna', 'p-annab'],
    ]);
  });

  it('accepts several spaces or a line end inside a name only as spaces', () => {
    expect(findMentions('@Anna   Müller', profiles).profileIds).toEqual(['p-anna']);
    expect(findMentions('@Anna\nMüller', profiles).profileIds).toEqual(['p-annab']);
  });

  it('lists each profile once, in the order of first mention', () => {
    expect(findMentions('@JW @AM @jw', profiles).profileIds).toEqual(['p-joerg', 'p-anna']);
  });

  it('does not match e-mail addresses, longer words or domains', () => {
    expect(findMentions('Schreiben Sie an a@am.de oder presse@Anna.de', profiles).ranges).toEqual([]);
    expect(findMentions('@AMT ist zu, @Annas Idee', profiles).ranges).toEqual([]);
    expect(findMentions('siehe @am.de', profiles).ranges).toEqual([]);
    expect(findMentions('Danke @AM.', profiles).profileIds).toEqual(['p-anna']);
    expect(findMentions('(@AM)', profiles).profileIds).toEqual(['p-anna']);
  });

  it('ignores unknown names and a lone @', () => {
    expect(findMentions('@ @Zoe @', profiles)).toEqual({ profileIds: [], ranges: [] });
    expect(findMentions('@AM', [{ id: 'x', name: '  ', initials: '' }])).toEqual({
      profileIds: [],
      ranges: [],
    });
  });

  it('never reports a mention without an @ at its start (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('@', 'AM', 'Anna', ' ', 'Müller', 'x@', '.de', ','), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          const { ranges, profileIds } = findMentions(text, profiles);
          for (const range of ranges) expect(text.charAt(range.start)).toBe('@');
          for (let i = 1; i < ranges.length; i++) {
            expect((ranges[i]?.start ?? 0) >= (ranges[i - 1]?.end ?? 0)).toBe(true);
          }
          expect(new Set(profileIds).size).toBe(profileIds.length);
        },
      ),
    );
  });
});
