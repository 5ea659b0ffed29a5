/**
 * Anchoring the audit trail: signed approvals and roster entries carry the chain head they saw, so a verifier
 * knows how long the chain must at least be and what its entry at that place is. A cut, emptied or rewritten trail
 * is found. `AuditIndex` reads a trail once (verification and per-post lookups) for deriving many posts' approval.
 */
import { FIRST_SEQ, GENESIS_HASH, TOMBSTONE_ACTION, verifyChain } from './chain';
import type { AuditEntry, ChainHead, ChainVerification } from './chain';

/** The head of an empty chain. */
export const EMPTY_CHAIN_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** The last entry's place and hash, or `EMPTY_CHAIN_HEAD`. */
export function chainHead(entries: readonly AuditEntry[]): ChainHead {
  const last = entries.at(-1);
  return last === undefined ? { ...EMPTY_CHAIN_HEAD } : { seq: last.seq, hash: last.hash };
}

export interface AuditIndex {
  /** Number of entries. */
  length: number;
  head: ChainHead;
  /** `verifyChain` of the whole trail. */
  chain: ChainVerification;
  /** The entry at a sequence number (1-based), if present. */
  entryAt(seq: number): AuditEntry | undefined;
  /** The post's entries, oldest first (tombstones have no post and are never listed). */
  entriesOf(postId: string): readonly AuditEntry[];
}

/** Reads a trail (ordered by seq, as stored) once. */
export function buildAuditIndex(entries: readonly AuditEntry[]): AuditIndex {
  const byPost = new Map<string, AuditEntry[]>();
  for (const entry of entries) {
    if (entry.postId === null || entry.tombstone === true || entry.action === TOMBSTONE_ACTION) continue;
    const list = byPost.get(entry.postId);
    if (list === undefined) byPost.set(entry.postId, [entry]);
    else list.push(entry);
  }
  const chain = verifyChain(entries);
  return {
    length: entries.length,
    head: chainHead(entries),
    chain,
    entryAt: (seq) => {
      const entry = entries[seq - FIRST_SEQ];
      return entry?.seq === seq ? entry : undefined;
    },
    entriesOf: (postId) => byPost.get(postId) ?? [],
  };
}

export const ANCHOR_PROBLEMS = ['chainBroken', 'cut', 'rewritten'] as const;
export type AnchorProblem = (typeof ANCHOR_PROBLEMS)[number];
export type AnchorVerification = { ok: true } | { ok: false; problem: AnchorProblem; seq: number };

/** Whether the anchor names the place and hash the trail has there. */
export function anchorHolds(audit: AuditIndex, anchor: ChainHead): boolean {
  if (anchor.seq === 0) return anchor.hash === GENESIS_HASH;
  return audit.entryAt(anchor.seq)?.hash === anchor.hash;
}

/**
 * The chain verifies and reaches at least every anchor with the same hash there. `cut`: shorter than an anchor
 * (also an emptied trail); `rewritten`: the entry at an anchor's place has another hash; `chainBroken`: the chain
 * itself does not verify (seq of the first problem).
 */
export function verifyAuditAnchors(
  audit: AuditIndex | readonly AuditEntry[],
  anchors: readonly ChainHead[],
): AnchorVerification {
  const index = isIndex(audit) ? audit : buildAuditIndex(audit);
  if (!index.chain.ok) return { ok: false, problem: 'chainBroken', seq: index.chain.seq };
  const sorted = [...anchors].sort((a, b) => b.seq - a.seq);
  for (const anchor of sorted) {
    if (anchor.seq > index.length) return { ok: false, problem: 'cut', seq: anchor.seq };
    if (!anchorHolds(index, anchor)) return { ok: false, problem: 'rewritten', seq: anchor.seq };
  }
  return { ok: true };
}

function isIndex(audit: AuditIndex | readonly AuditEntry[]): audit is AuditIndex {
  return !Array.isArray(audit);
}
