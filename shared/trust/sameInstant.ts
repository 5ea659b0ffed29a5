/**
 * Entries that share a timestamp, applied causally: within one instant an entry may be signed by a key whose grant
 * carries that same `at`, so the entries of an instant are applied in rounds until no more can be, and the result
 * depends only on the set of entries, not on their ids or order.
 */
import type { PublicKeyInfo } from '../model/profile';
import { publicKeyHash } from './keys';
import type { RosterProblem, RosterProblemCode } from './problems';
import { applyOne, RosterState, type Candidate } from './rosterState';

/** Problems that an entry of the same instant may still resolve (its signer certified at that same `at`). */
const WAITING: ReadonlySet<RosterProblemCode> = new Set(['unknownSigner', 'signerNotAdmin']);

/**
 * Applies the candidates (sorted by time) in causal order: an entry's signer counts when certified at or before
 * the entry's `at`, inclusive. Entries of one instant are applied in rounds (by id within a round) until none more
 * can be, so a chain root → admin → approver signed at one instant holds whatever the ids.
 */
export function applyAll(
  candidates: readonly Candidate[],
  root: PublicKeyInfo,
  excluded: ReadonlySet<string>,
): RosterState {
  const state = new RosterState();
  const rootHash = publicKeyHash(root.publicKeyJwk, root.algorithm);
  const instants = new Map<number, Candidate[]>();
  for (const entry of candidates) {
    if (excluded.has(entry.id)) continue;
    const group = instants.get(entry.atMs) ?? [];
    group.push(entry);
    instants.set(entry.atMs, group);
  }
  // Candidates come sorted by time, so the groups are too (a Map keeps insertion order).
  for (let pending of instants.values()) {
    for (;;) {
      const waiting: { entry: Candidate; problem: RosterProblem }[] = [];
      for (const entry of pending) {
        const failed = applyOne(state, entry, root, rootHash);
        if (failed === null) continue;
        if (WAITING.has(failed.code)) waiting.push({ entry, problem: failed });
        else state.problems.push(failed);
      }
      if (waiting.length === pending.length) {
        state.problems.push(...waiting.map((w) => w.problem));
        break;
      }
      pending = waiting.map((w) => w.entry);
    }
  }
  return state;
}
