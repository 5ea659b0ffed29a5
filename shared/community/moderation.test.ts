import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson, mutationOf } from '../fuzz/jsonMutations';
import { CHANNELS } from '../model/channels';
import { COMMUNITY_ERRORS } from './messages';
import { isCommentUrlOf, moderationEntrySchema, parseModerationEntry } from './moderation';
import { bumpNetiquette } from './netiquette';
import { fullNetiquette, VALID_ENTRY } from './testFixtures';

const KNOWN_ERRORS = new Set(COMMUNITY_ERRORS.map((key) => `community.errors.${key}`));
const first = fullNetiquette();
const secondResult = bumpNetiquette(first, {
  date: '2027-01-15',
  note: 'Spam-Regel entfernt',
  clauses: first.clauses.filter((clause) => clause.id !== 'spam'),
});
if (!secondResult.ok) throw new Error('fixture');
const VERSIONS = [first, secondResult.netiquette];

describe('isCommentUrlOf', () => {
  it('accepts https addresses on the network’s domain and its subdomains', () => {
    expect(isCommentUrlOf('facebook', 'https://www.facebook.com/stadt/posts/1?comment_id=2')).toBe(true);
    expect(isCommentUrlOf('facebook', 'https://m.facebook.com/story.php?id=1')).toBe(true);
    expect(isCommentUrlOf('instagram', 'https://www.instagram.com/p/Cx1/c/179/')).toBe(true);
    expect(
      isCommentUrlOf('linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:1?commentUrn=x'),
    ).toBe(true);
    expect(isCommentUrlOf('x', 'https://x.com/stadt/status/1')).toBe(true);
    expect(isCommentUrlOf('x', 'https://twitter.com/stadt/status/1')).toBe(true);
    expect(isCommentUrlOf('x', 'https://X.COM/stadt/status/1')).toBe(true);
  });

  it('refuses other networks, look-alike hosts, http, user information and other schemes', () => {
    const refused: [(typeof CHANNELS)[number], string][] = [
      ['facebook', 'https://www.instagram.com/p/1'],
      ['facebook', 'https://facebook.com.evil.example/p/1'],
      ['facebook', 'https://notfacebook.com/p/1'],
      ['facebook', 'http://www.facebook.com/p/1'],
      ['facebook', 'https://www.facebook.com@evil.example/p/1'],
      ['facebook', 'https://evil.example\\@www.facebook.com/'],
      ['x', 'javascript://x.com/%0Aalert(1)'],
      ['x', ' https://x.com/a'],
      ['x', 'https://x.com:99999/a'],
      ['linkedin', 'https://www.linkedin.com/in/ä'],
      ['linkedin', ''],
    ];
    for (const [channel, address] of refused) expect(isCommentUrlOf(channel, address), address).toBe(false);
  });
});

describe('parseModerationEntry', () => {
  it('accepts a valid entry and flags personal data in the note without refusing it', () => {
    const clean = parseModerationEntry(VALID_ENTRY, VERSIONS);
    expect(clean).toMatchObject({ ok: true, noteFlags: [] });
    const flagged = parseModerationEntry(
      { ...VALID_ENTRY, note: 'Nutzer schrieb: ruft mich an 0171 2345678' },
      VERSIONS,
    );
    expect(flagged.ok && flagged.noteFlags.map((flag) => flag.kind)).toEqual(['phone']);
  });

  it('has no place for the commenter’s name', () => {
    expect(parseModerationEntry({ ...VALID_ENTRY, commenterName: 'Max Mustermann' }, VERSIONS)).toEqual({
      ok: false,
      errors: ['community.errors.invalid'],
    });
  });

  it('refuses a link of another network', () => {
    expect(parseModerationEntry({ ...VALID_ENTRY, network: 'x' }, VERSIONS)).toEqual({
      ok: false,
      errors: ['community.errors.commentUrlInvalid'],
    });
  });

  it('needs a clause for every action but an answer', () => {
    for (const action of ['hidden', 'deleted', 'reported', 'blocked'] as const) {
      expect(parseModerationEntry({ ...VALID_ENTRY, action, clauseId: null }, VERSIONS)).toEqual({
        ok: false,
        errors: ['community.errors.clauseRequired'],
      });
    }
    expect(parseModerationEntry({ ...VALID_ENTRY, action: 'answered', clauseId: null }, VERSIONS).ok).toBe(
      true,
    );
  });

  it('checks the clause against the version it cites', () => {
    expect(
      parseModerationEntry({ ...VALID_ENTRY, clauseId: 'spam', netiquetteVersion: 1 }, VERSIONS).ok,
    ).toBe(true);
    expect(
      parseModerationEntry({ ...VALID_ENTRY, clauseId: 'spam', netiquetteVersion: 2 }, VERSIONS),
    ).toEqual({
      ok: false,
      errors: ['community.errors.clauseNotInVersion'],
    });
    expect(parseModerationEntry({ ...VALID_ENTRY, netiquetteVersion: 3 }, VERSIONS)).toEqual({
      ok: false,
      errors: ['community.errors.netiquetteVersionUnknown'],
    });
  });

  it('refuses a date without offset and an overlong note', () => {
    expect(parseModerationEntry({ ...VALID_ENTRY, at: '2026-12-07 14:30' }, VERSIONS)).toEqual({
      ok: false,
      errors: ['community.errors.dateInvalid'],
    });
    expect(parseModerationEntry({ ...VALID_ENTRY, note: 'x'.repeat(1001) }, VERSIONS)).toEqual({
      ok: false,
      errors: ['community.errors.noteTooLong'],
    });
  });
});

describe('the moderation schema as trust boundary (fuzz)', () => {
  function checkResult(input: unknown): void {
    const result = parseModerationEntry(input, VERSIONS);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(KNOWN_ERRORS).toContain(error);
      return;
    }
    // Whatever passed is a complete, consistent entry.
    const { entry } = result;
    expect(moderationEntrySchema.safeParse(entry).success).toBe(true);
    expect(isCommentUrlOf(entry.network, entry.commentUrl)).toBe(true);
    expect(Object.keys(entry).sort()).toEqual(Object.keys(VALID_ENTRY).sort());
    if (entry.clauseId !== null) {
      const cited = VERSIONS.find((version) => version.version === entry.netiquetteVersion);
      expect(cited?.clauses.some((clause) => clause.id === entry.clauseId)).toBe(true);
    }
  }

  it('answers any mutation of a valid entry with an entry or known error keys, never a throw', () => {
    fc.assert(fc.property(mutationOf(VALID_ENTRY), checkResult), { numRuns: 300 });
  });

  it('answers any JSON value without throwing', () => {
    fc.assert(fc.property(hostileJson, checkResult), { numRuns: 200 });
  });

  it('accepts exactly the comment links on the network’s own domain', () => {
    const host = fc.constantFrom(
      'facebook.com',
      'www.facebook.com',
      'instagram.com',
      'x.com',
      'twitter.com',
      'linkedin.com',
      'evil.example',
      'facebook.com.evil.example',
    );
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), host, fc.webPath(), (network, name, path) => {
        const result = parseModerationEntry(
          { ...VALID_ENTRY, network, commentUrl: `https://${name}${path}` },
          VERSIONS,
        );
        const own = {
          facebook: ['facebook.com', 'www.facebook.com'],
          instagram: ['instagram.com'],
          linkedin: ['linkedin.com'],
          x: ['x.com', 'twitter.com'],
        }[network];
        if (result.ok) expect(own).toContain(name);
        else if (own.includes(name)) expect(result.errors).toEqual(['community.errors.commentUrlInvalid']);
      }),
      { numRuns: 300 },
    );
  });
});
