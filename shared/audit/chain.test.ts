import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendEntry, GENESIS_HASH, verifyChain, type AuditEntry, type AuditInput } from './chain';

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

  const chainArb = fc.array(inputArb, { minLength: 2, maxLength: 8 });

  it('accepts every untouched chain', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { maxLength: 8 }), (inputs) => {
        expect(verifyChain(buildChain(inputs))).toEqual({ ok: true });
      }),
      { numRuns: 60 },
    );
  });

  const fields = ['seq', 'at', 'actorId', 'action', 'postId', 'contentHash', 'note', 'previousHash', 'hash'];

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
