/**
 * An append-only audit log as a hash chain: every entry holds the hash of the one before it and a hash over its
 * place in the chain and a digest of its content, so changing, removing or reordering any entry is found by
 * `verifyChain`. Removing entries from the end leaves a shorter, valid chain; pass the last known head (kept
 * elsewhere, e.g. in a signed approval or a backup) to find that too.
 *
 * Retention (shared/retention) may anonymise an old entry into a tombstone: it keeps `seq`, `at`, `previousHash`,
 * `contentDigest` and `hash`, drops who, which post and the note, and sets `tombstone: true`. Because the entry
 * hash covers only the content's digest, a tombstone still verifies, and the chain around it stays intact.
 */
import { canonicalSha256 } from '../approval/webCrypto';

export interface AuditEntry {
  /** 1, 2, 3, … without gaps. */
  seq: number;
  /** ISO 8601 UTC instant. */
  at: string;
  /** Empty in a tombstone. */
  actorId: string;
  /** `TOMBSTONE_ACTION` in a tombstone. */
  action: string;
  postId: string | null;
  contentHash: string | null;
  note: string | null;
  /** `hash` of the entry before, or 64 zeros for the first. */
  previousHash: string;
  /**
   * SHA-256 (hex) of the canonical JSON of {actorId, action, postId, contentHash, note}. Absent only in entries
   * written before tombstones existed ("legacy" entries), whose `hash` covers all fields directly.
   */
  contentDigest?: string;
  /** SHA-256 (hex) of the canonical JSON of {seq, at, previousHash, contentDigest} (legacy: of all other fields). */
  hash: string;
  /** Set when retention anonymised the entry; the content fields are then empty. */
  tombstone?: true;
}

export type AuditInput = Pick<AuditEntry, 'actorId' | 'action' | 'postId' | 'contentHash' | 'note'>;

export const GENESIS_HASH = '0'.repeat(64);
export const FIRST_SEQ = 1;
/** The action a tombstone shows instead of the original one (which its digest no longer lets anyone check). */
export const TOMBSTONE_ACTION = 'anonymised';

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

/** The digest of what an entry says: who did what to which post, with which content hash and note. */
export function contentDigestOf(input: AuditInput): string {
  const { actorId, action, postId, contentHash, note } = input;
  return canonicalSha256({ actorId, action, postId, contentHash, note });
}

function entryHash(entry: { seq: number; at: string; previousHash: string; contentDigest: string }): string {
  const { seq, at, previousHash, contentDigest } = entry;
  return canonicalSha256({ seq, at, previousHash, contentDigest });
}

/** The hash of an entry written before content digests: over every field but the hash. */
function legacyEntryHash(entry: AuditEntry): string {
  const { seq, at, actorId, action, postId, contentHash, note, previousHash } = entry;
  return canonicalSha256({ seq, at, actorId, action, postId, contentHash, note, previousHash });
}

/** Whether retention can anonymise the entry: it has a content digest and is no tombstone yet. */
export function canBeTombstoned(entry: Pick<AuditEntry, 'contentDigest' | 'tombstone'>): boolean {
  return entry.contentDigest !== undefined && entry.tombstone !== true;
}

/** The next entry for `chain` (which is not changed); the caller stores it. */
export function appendEntry(chain: readonly AuditEntry[], input: AuditInput, now: Date): AuditEntry {
  return nextEntry(chain.at(-1), input, now);
}

/** The entry that follows `last` (undefined for an empty chain); synchronous, so it fits in a transaction. */
export function nextEntry(last: AuditEntry | undefined, input: AuditInput, now: Date): AuditEntry {
  const content: AuditInput = {
    actorId: input.actorId,
    action: input.action,
    postId: input.postId,
    contentHash: input.contentHash,
    note: input.note,
  };
  const unhashed = {
    seq: last === undefined ? FIRST_SEQ : last.seq + 1,
    at: now.toISOString(),
    ...content,
    previousHash: last === undefined ? GENESIS_HASH : last.hash,
    contentDigest: contentDigestOf(content),
  };
  return { ...unhashed, hash: entryHash(unhashed) };
}

/**
 * The entry anonymised: same place and hashes, no actor, post, content hash or note. A legacy entry (no digest)
 * cannot be anonymised without breaking its hash and is returned unchanged.
 */
export function toTombstone(entry: AuditEntry): AuditEntry {
  if (entry.contentDigest === undefined) return entry;
  return {
    seq: entry.seq,
    at: entry.at,
    actorId: '',
    action: TOMBSTONE_ACTION,
    postId: null,
    contentHash: null,
    note: null,
    previousHash: entry.previousHash,
    contentDigest: entry.contentDigest,
    hash: entry.hash,
    tombstone: true,
  };
}

/** A tombstone must be empty: anything written into it afterwards is a change. */
function isEmptyTombstone(entry: AuditEntry): boolean {
  return (
    entry.actorId === '' &&
    entry.action === TOMBSTONE_ACTION &&
    entry.postId === null &&
    entry.contentHash === null &&
    entry.note === null
  );
}

/** Whether the entry's hash and content are what was written (tombstones: the hash from the stored digest). */
function isUnchanged(entry: AuditEntry): boolean {
  const { contentDigest } = entry;
  if (contentDigest === undefined) return entry.tombstone !== true && legacyEntryHash(entry) === entry.hash;
  if (entryHash({ ...entry, contentDigest }) !== entry.hash) return false;
  if (entry.tombstone === true) return isEmptyTombstone(entry);
  return contentDigestOf(entry) === contentDigest;
}

/** Checks a whole chain, first entry first, and reports the first problem found. Tombstones are accepted. */
export function verifyChain(entries: readonly AuditEntry[], expectedHead?: ChainHead): ChainVerification {
  let previousHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = FIRST_SEQ + index;
    if (!isUnchanged(entry)) return { ok: false, seq: expectedSeq, problem: 'changed' };
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
