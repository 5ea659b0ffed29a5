import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalSha256 } from '../approval/webCrypto';
import {
  appendEntry,
  contentDigestOf,
  GENESIS_HASH,
  toTombstone,
  verifyChain,
  type AuditEntry,
  type AuditInput,
} from './chain';

const start = Date.UTC(2026, 10, 25, 9);

function buildChain(inputs: readonly AuditInput[]): AuditEntry[] {
  const chain: AuditEntry[] = [];
  for (const [index, input] of inputs.entries()) {
    chain.push(appendEntry(chain, input, new Date(start + index * 60_000)));
  }
  return chain;
}

const input = (note: string | null, action = 'post.edited'): AuditInput => ({
  actorId: 'user-1',
  action,
  postId: 'post-1',
  contentHash: 'a'.repeat(64),
  note,
});

const inputArb: fc.Arbitrary<AuditInput> = fc.record({
  actorId: fc.string({ minLength: 1 }),
  action: fc.constantFrom('post.created', 'post.edited', 'post.submitted', 'post.approved', 'key.created'),
  postId: fc.option(fc.uuid()),
  contentHash: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/)),
  note: fc.option(fc.string()),
});

const chainArbitrary = fc.array(inputArb, { minLength: 2, maxLength: 8 });

describe('appendEntry', () => {
  it('numbers from 1 and links each entry to the one before', () => {
    const chain = buildChain([input(null, 'post.created'), input('Tippfehler'), input(null)]);
    expect(chain.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(chain[0]?.previousHash).toBe(GENESIS_HASH);
    expect(chain[1]?.previousHash).toBe(chain[0]?.hash);
    expect(chain[2]?.previousHash).toBe(chain[1]?.hash);
    expect(chain[0]?.at).toBe('2026-11-25T09:00:00.000Z');
    expect(chain[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves the given chain as it is', () => {
    const chain = buildChain([input(null)]);
    appendEntry(chain, input('x'), new Date(start));
    expect(chain).toHaveLength(1);
  });
});

describe('verifyChain', () => {
  const five = buildChain(['a', 'b', 'c', 'd', 'e'].map((note) => input(note)));

  it('accepts a valid chain and the empty chain', () => {
    expect(verifyChain(five)).toEqual({ ok: true });
    expect(verifyChain([])).toEqual({ ok: true });
  });

  it('finds a changed note at its seq', () => {
    const chain = five.map((entry) => (entry.seq === 3 ? { ...entry, note: 'changed' } : entry));
    expect(verifyChain(chain)).toEqual({ ok: false, seq: 3, problem: 'changed' });
  });

  it('finds a changed entry whose hash was recomputed: the next link breaks', () => {
    const chain = five;
    const forged = buildChain(['a', 'b', 'forged'].map((note) => input(note)));
    const tampered = [...forged, ...chain.slice(3)];
    expect(verifyChain(tampered)).toEqual({ ok: false, seq: 4, problem: 'brokenLink' });
  });

  it('finds a deleted middle entry', () => {
    const chain = five;
    expect(verifyChain([...chain.slice(0, 2), ...chain.slice(3)])).toEqual({
      ok: false,
      seq: 3,
      problem: 'missing',
    });
    expect(verifyChain(chain.slice(1))).toEqual({ ok: false, seq: 1, problem: 'missing' });
  });

  it('finds entries removed from the end when the head is known', () => {
    const chain = five;
    const head = { seq: 5, hash: chain[4]?.hash ?? '' };
    expect(verifyChain(chain, head)).toEqual({ ok: true });
    expect(verifyChain(chain.slice(0, 3), head)).toEqual({ ok: false, seq: 4, problem: 'missing' });
    expect(verifyChain(chain, { seq: 5, hash: GENESIS_HASH })).toEqual({
      ok: false,
      seq: 5,
      problem: 'changed',
    });
  });

  it('finds two swapped entries', () => {
    const [a, b, c, d, e] = five;
    if (!a || !b || !c || !d || !e) throw new Error('chain too short');
    expect(verifyChain([a, c, b, d, e])).toEqual({ ok: false, seq: 2, problem: 'reordered' });
    expect(verifyChain([a, b, c, e, d])).toEqual({ ok: false, seq: 4, problem: 'reordered' });
    expect(verifyChain([a, b, b, c, d, e])).toEqual({ ok: false, seq: 3, problem: 'reordered' });
  });

  it('finds a chain that does not start at the genesis hash', () => {
    const chain = five;
    const [first] = buildChain([input('a')]);
    if (!first) throw new Error('no entry');
    const rooted = appendEntry([{ ...first, hash: 'f'.repeat(64) }], input('b'), new Date(start));
    const second = chain[1];
    if (!second) throw new Error('no entry');
    expect(verifyChain([first, rooted])).toEqual({ ok: false, seq: 2, problem: 'brokenLink' });
    expect(verifyChain([second])).toEqual({ ok: false, seq: 1, problem: 'missing' });
  });

  const chainArb = chainArbitrary;

  it('accepts every untouched chain', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { maxLength: 8 }), (inputs) => {
        expect(verifyChain(buildChain(inputs))).toEqual({ ok: true });
      }),
      { numRuns: 60 },
    );
  });

  const fields = [
    'seq',
    'at',
    'actorId',
    'action',
    'postId',
    'contentHash',
    'note',
    'previousHash',
    'contentDigest',
    'hash',
  ];

  it('finds any single changed field at its seq', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.constantFrom(...fields), (inputs, pick, field) => {
        const chain = buildChain(inputs);
        const index = pick % chain.length;
        const entry = chain[index] as AuditEntry;
        const value = entry[field as keyof AuditEntry];
        const changed = typeof value === 'number' ? value + 1 : `${value ?? ''}x`;
        const tampered = chain.map((e, i) => (i === index ? { ...e, [field]: changed } : e));
        expect(verifyChain(tampered)).toEqual({ ok: false, seq: index + 1, problem: 'changed' });
      }),
      { numRuns: 80 },
    );
  });

  it('finds any removed entry', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (inputs, pick) => {
        const chain = buildChain(inputs);
        const index = pick % chain.length;
        const last = chain.at(-1) as AuditEntry;
        const shortened = chain.filter((_, i) => i !== index);
        expect(verifyChain(shortened, { seq: last.seq, hash: last.hash })).toEqual({
          ok: false,
          seq: index + 1,
          problem: 'missing',
        });
      }),
      { numRuns: 80 },
    );
  });

  it('finds any two swapped entries', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.nat(), (inputs, pickA, pickB) => {
        const chain = buildChain(inputs);
        const [i, j] = [pickA % chain.length, pickB % chain.length].sort((x, y) => x - y) as [number, number];
        fc.pre(i !== j);
        const swapped = [...chain];
        [swapped[i], swapped[j]] = [chain[j] as AuditEntry, chain[i] as AuditEntry];
        expect(verifyChain(swapped)).toEqual({ ok: false, seq: i + 1, problem: 'reordered' });
      }),
      { numRuns: 80 },
    );
  });
});

describe('tombstones', () => {
  const five = buildChain(['a', 'b', 'c', 'd', 'e'].map((note) => input(note)));
  const anonymise = (chain: readonly AuditEntry[], seqs: readonly number[]) =>
    chain.map((entry) => (seqs.includes(entry.seq) ? toTombstone(entry) : entry));

  it('hashes a digest of the content, so the entry hash does not need the content', () => {
    const [first] = five;
    if (!first) throw new Error('no entry');
    expect(first.contentDigest).toBe(contentDigestOf(input('a')));
    expect(first.contentDigest).not.toBe(contentDigestOf(input('b')));
  });

  it('drops actor, post, content hash and note but keeps the place in the chain', () => {
    const entry = five[1] as AuditEntry;
    const tombstone = toTombstone(entry);
    expect(tombstone).toEqual({
      seq: entry.seq,
      at: entry.at,
      actorId: '',
      action: 'anonymised',
      postId: null,
      contentHash: null,
      note: null,
      previousHash: entry.previousHash,
      contentDigest: entry.contentDigest,
      hash: entry.hash,
      tombstone: true,
    });
    expect(JSON.stringify(tombstone)).not.toContain('user-1');
  });

  it('accepts a chain with tombstones at the start, in the middle and at the end', () => {
    expect(verifyChain(anonymise(five, [1, 2]))).toEqual({ ok: true });
    expect(verifyChain(anonymise(five, [3]))).toEqual({ ok: true });
    expect(verifyChain(anonymise(five, [1, 2, 3, 4, 5]), { seq: 5, hash: five[4]?.hash ?? '' })).toEqual({
      ok: true,
    });
  });

  it('finds something written into a tombstone', () => {
    const chain = anonymise(five, [2]);
    for (const change of [
      { note: 'x' },
      { actorId: 'user-2' },
      { postId: 'post-1' },
      { action: 'approve' },
    ]) {
      const tampered = chain.map((entry) => (entry.seq === 2 ? { ...entry, ...change } : entry));
      expect(verifyChain(tampered)).toEqual({ ok: false, seq: 2, problem: 'changed' });
    }
  });

  it('finds a tombstone whose digest was changed, and an entry that lost its tombstone flag', () => {
    const chain = anonymise(five, [2]);
    const digest = chain.map((entry) =>
      entry.seq === 2 ? { ...entry, contentDigest: 'f'.repeat(64) } : entry,
    );
    expect(verifyChain(digest)).toEqual({ ok: false, seq: 2, problem: 'changed' });
    const unflagged = chain.map((entry) => {
      if (entry.seq !== 2) return entry;
      const { tombstone: _dropped, ...rest } = entry;
      return rest;
    });
    expect(verifyChain(unflagged)).toEqual({ ok: false, seq: 2, problem: 'changed' });
  });

  it('still finds missing and reordered entries around tombstones', () => {
    const chain = anonymise(five, [2, 3]);
    const [a, b, c, d, e] = chain;
    if (!a || !b || !c || !d || !e) throw new Error('chain too short');
    expect(verifyChain([a, c, d, e])).toEqual({ ok: false, seq: 2, problem: 'missing' });
    expect(verifyChain([a, c, b, d, e])).toEqual({ ok: false, seq: 2, problem: 'reordered' });
    expect(verifyChain([a, b, c, d], { seq: 5, hash: e.hash })).toEqual({
      ok: false,
      seq: 5,
      problem: 'missing',
    });
  });

  it('accepts any anonymised subset of any chain', () => {
    fc.assert(
      fc.property(chainArbitrary, fc.array(fc.nat()), (inputs, picks) => {
        const chain = buildChain(inputs);
        const seqs = picks.map((pick) => (pick % chain.length) + 1);
        expect(verifyChain(anonymise(chain, seqs))).toEqual({ ok: true });
      }),
      { numRuns: 60 },
    );
  });
});

describe('entries written before content digests (legacy)', () => {
  /** An entry as the first version of the chain wrote it: the hash over every field, no digest. */
  function legacyEntry(seq: number, previousHash: string, note: string): AuditEntry {
    const fields = { seq, at: `2026-11-0${seq}T09:00:00.000Z`, ...input(note), previousHash };
    return { ...fields, hash: canonicalSha256(fields) };
  }

  const first = legacyEntry(1, GENESIS_HASH, 'alt');
  const second = legacyEntry(2, first.hash, 'auch alt');
  const third = appendEntry([first, second], input('neu'), new Date(start));

  it('still verify, also followed by new entries', () => {
    expect(verifyChain([first, second, third])).toEqual({ ok: true });
  });

  it('are found when changed, and a new entry stripped of its digest does not pass as legacy', () => {
    expect(verifyChain([first, { ...second, note: 'x' }, third])).toEqual({
      ok: false,
      seq: 2,
      problem: 'changed',
    });
    const { contentDigest: _dropped, ...stripped } = third;
    expect(verifyChain([first, second, stripped])).toEqual({ ok: false, seq: 3, problem: 'changed' });
  });

  it('cannot become tombstones: anonymising leaves them as they are', () => {
    expect(toTombstone(first)).toBe(first);
  });
});
