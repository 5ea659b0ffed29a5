import { describe, expect, it } from 'vitest';
import { buildAuditIndex, chainHead, EMPTY_CHAIN_HEAD, verifyAuditAnchors } from './anchors';
import { nextEntry, toTombstone, type AuditEntry } from './chain';

function trail(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i++) {
    const input = {
      actorId: 'a',
      action: i % 2 ? 'approve' : 'submit',
      postId: 'p',
      contentHash: null,
      note: `${i}`,
    };
    entries.push(nextEntry(entries.at(-1), input, new Date(Date.UTC(2026, 10, 1, 8, i))));
  }
  return entries;
}

describe('audit anchors', () => {
  it('accepts a trail that reaches every anchor unchanged, and grows on', () => {
    const entries = trail(6);
    const anchors = [chainHead(entries.slice(0, 3)), chainHead(entries), EMPTY_CHAIN_HEAD];
    expect(verifyAuditAnchors(entries, anchors)).toEqual({ ok: true });
    expect(
      verifyAuditAnchors(buildAuditIndex([...entries, ...trail(8).slice(6)]), anchors.slice(0, 1)),
    ).toEqual({
      ok: true,
    });
  });

  it('finds a cut, an emptied and a rewritten trail, and a broken chain', () => {
    const entries = trail(6);
    const head = chainHead(entries);
    expect(verifyAuditAnchors(entries.slice(0, 4), [head])).toEqual({ ok: false, problem: 'cut', seq: 6 });
    expect(verifyAuditAnchors([], [head])).toEqual({ ok: false, problem: 'cut', seq: 6 });
    // A trail rebuilt from scratch with other content, longer than the anchor.
    const other: AuditEntry[] = [];
    for (const e of trail(7))
      other.push(nextEntry(other.at(-1), { ...e, note: `x${e.seq}` }, new Date(e.at)));
    expect(verifyAuditAnchors(other, [head])).toEqual({ ok: false, problem: 'rewritten', seq: 6 });
    const changed = entries.map((e, i) => (i === 2 ? { ...e, note: 'changed' } : e));
    expect(verifyAuditAnchors(changed, [head])).toEqual({ ok: false, problem: 'chainBroken', seq: 3 });
    expect(verifyAuditAnchors(entries, [{ seq: 0, hash: 'f'.repeat(64) }])).toMatchObject({
      ok: false,
      problem: 'rewritten',
    });
  });

  it('tombstones keep anchors valid; the index lists a post’s entries without them', () => {
    const entries = trail(4).map((e, i) => (i === 1 ? toTombstone(e) : e));
    expect(verifyAuditAnchors(entries, [chainHead(entries)])).toEqual({ ok: true });
    const index = buildAuditIndex(entries);
    expect(index.entriesOf('p').map((e) => e.seq)).toEqual([1, 3, 4]);
    expect(index.entryAt(2)?.tombstone).toBe(true);
    expect(index.entryAt(9)).toBeUndefined();
    expect(chainHead([])).toEqual(EMPTY_CHAIN_HEAD);
  });
});
