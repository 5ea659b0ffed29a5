/**
 * An append-only audit log as a hash chain: every entry holds the hash of the one before it and a hash over all
 * its own fields, so changing, removing or reordering any entry is found by `verifyChain`. Removing entries from
 * the end leaves a shorter, valid chain; pass the last known head (kept elsewhere, e.g. in a signed approval or a
 * backup) to find that too.
 */
import { canonicalSha256 } from '../approval/webCrypto';

export interface AuditEntry {
  /** 1, 2, 3, … without gaps. */
  seq: number;
  /** ISO 8601 UTC instant. */
  at: string;
  actorId: string;
  action: string;
  postId: string | null;
  contentHash: string | null;
  note: string | null;
  /** `hash` of the entry before, or 64 zeros for the first. */
  previousHash: string;
  /** SHA-256 (hex) of the canonical JSON of all other fields. */
  hash: string;
}

export type AuditInput = Pick<AuditEntry, 'actorId' | 'action' | 'postId' | 'contentHash' | 'note'>;

export const GENESIS_HASH = '0'.repeat(64);
export const FIRST_SEQ = 1;

export const AUDIT_PROBLEMS = ['changed', 'missing', 'reordered', 'brokenLink'] as const;
export type AuditProblem = (typeof AUDIT_PROBLEMS)[number];

/**
 * `seq` is the sequence number at which the chain first goes wrong: the changed entry, the first missing one, the
 * place holding an entry that belongs elsewhere, or the entry whose link to its predecessor is broken.
 */
export type ChainVerification = { ok: true } | { ok: false; seq: number; problem: AuditProblem };

/** The last entry as known from elsewhere, to find entries removed from the end. */
export interface ChainHead {
  seq: number;
  hash: string;
}

function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actorId, action, postId, contentHash, note, previousHash } = entry;
  return canonicalSha256({ seq, at, actorId, action, postId, contentHash, note, previousHash });
}

/** The next entry for `chain` (which is not changed); the caller stores it. */
export function appendEntry(chain: readonly AuditEntry[], input: AuditInput, now: Date): AuditEntry {
  return nextEntry(chain.at(-1), input, now);
}

/** The entry that follows `last` (undefined for an empty chain); synchronous, so it fits in a transaction. */
export function nextEntry(last: AuditEntry | undefined, input: AuditInput, now: Date): AuditEntry {
  const unhashed = {
    seq: last === undefined ? FIRST_SEQ : last.seq + 1,
    at: now.toISOString(),
    actorId: input.actorId,
    action: input.action,
    postId: input.postId,
    contentHash: input.contentHash,
    note: input.note,
    previousHash: last === undefined ? GENESIS_HASH : last.hash,
  };
  return { ...unhashed, hash: entryHash(unhashed) };
}

/** Checks a whole chain, first entry first, and reports the first problem found. */
export function verifyChain(entries: readonly AuditEntry[], expectedHead?: ChainHead): ChainVerification {
  let previousHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = FIRST_SEQ + index;
    if (entryHash(entry) !== entry.hash) return { ok: false, seq: expectedSeq, problem: 'changed' };
    if (entry.seq !== expectedSeq) {
      const belongsLater = entry.seq < expectedSeq || entries.slice(index + 1).some((e) => e.seq < entry.seq);
      return { ok: false, seq: expectedSeq, problem: belongsLater ? 'reordered' : 'missing' };
    }
    if (entry.previousHash !== previousHash) return { ok: false, seq: expectedSeq, problem: 'brokenLink' };
    previousHash = entry.hash;
  }
  if (expectedHead !== undefined) {
    const nextSeq = FIRST_SEQ + entries.length;
    if (expectedHead.seq >= nextSeq) return { ok: false, seq: nextSeq, problem: 'missing' };
    const head = entries[expectedHead.seq - FIRST_SEQ];
    if (head !== undefined && head.hash !== expectedHead.hash) {
      return { ok: false, seq: expectedHead.seq, problem: 'changed' };
    }
  }
  return { ok: true };
}
