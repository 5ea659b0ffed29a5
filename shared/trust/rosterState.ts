/**
 * The state a roster builds up as its entries are applied, and the applying of one entry: the signer must be the
 * root, or hold an admin grant in force at the entry's `at` and not be revoked then (docs/trust.md).
 */
import type { PublicKeyInfo } from '../model/profile';
import { publicKeyHash } from './keys';
import { rosterProblem, type RosterProblem } from './problems';
import type { GrantPayload, PoliciesPayload, RevokePayload, RosterPayload } from './rosterTypes';

/** An entry that was read and whose signature verified, not yet applied. */
export interface Candidate {
  id: string;
  payload: RosterPayload;
  signerKeyId: string;
  /** Hash of the raw key that verified the signature. */
  signerKeyHash: string;
  atMs: number;
}

export interface Grant {
  id: string;
  payload: GrantPayload;
  fromMs: number;
  atMs: number;
}

/** By `at`, then by id: the order entries are applied in. */
export function byTime<T extends { atMs: number; id: string }>(a: T, b: T): number {
  return a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The state built by applying entries in order. */
export class RosterState {
  readonly grants = new Map<string, Grant[]>();
  readonly keyOwner = new Map<string, string>();
  readonly revokes: { keyId: string; fromMs: number; payload: RevokePayload }[] = [];
  readonly policies: { atMs: number; id: string; payload: PoliciesPayload }[] = [];
  readonly accepted: Candidate[] = [];
  readonly problems: RosterProblem[] = [];
  genesis: Candidate | null = null;

  effectiveGrant(profileId: string, atMs: number): Grant | null {
    let best: Grant | null = null;
    for (const grant of this.grants.get(profileId) ?? []) {
      if (grant.fromMs > atMs) continue;
      if (
        best === null ||
        grant.fromMs > best.fromMs ||
        (grant.fromMs === best.fromMs && byTime(best, grant) < 0)
      )
        best = grant;
    }
    return best;
  }

  revokedAt(keyId: string, atMs: number): boolean {
    return this.revokes.some((revoke) => revoke.keyId === keyId && revoke.fromMs <= atMs);
  }

  /** The certified grant in force for a key at a time (key must match fully), or null. */
  grantOfKey(keyId: string, keyHash: string | null, atMs: number): Grant | null {
    const owner = this.keyOwner.get(keyId);
    if (owner === undefined) return null;
    const grant = this.effectiveGrant(owner, atMs);
    const key = grant?.payload.key;
    if (grant === null || key?.keyId !== keyId) return null;
    if (keyHash !== null && publicKeyHash(key.publicKeyJwk, key.algorithm) !== keyHash) return null;
    return grant;
  }
}

/** Applies one entry to the state; returns the problem when it cannot be applied (null when applied). */
export function applyOne(
  state: RosterState,
  entry: Candidate,
  root: PublicKeyInfo,
  rootHash: string | null,
): RosterProblem | null {
  const { payload } = entry;
  if (payload.kind === 'genesis') {
    if (state.genesis !== null) return rosterProblem('duplicateGenesis', entry.id);
    state.genesis = entry;
    state.accepted.push(entry);
    return null;
  }
  if (entry.signerKeyHash !== rootHash) {
    const owner = state.keyOwner.get(entry.signerKeyId);
    const grant = state.grantOfKey(entry.signerKeyId, entry.signerKeyHash, entry.atMs);
    if (owner === undefined) return rosterProblem('unknownSigner', entry.id, { keyId: entry.signerKeyId });
    if (state.revokedAt(entry.signerKeyId, entry.atMs))
      return rosterProblem('signerRevoked', entry.id, { keyId: entry.signerKeyId });
    if (grant === null || !grant.payload.roles.includes('admin'))
      return rosterProblem('signerNotAdmin', entry.id, { keyId: entry.signerKeyId, profileId: owner });
  }
  if (payload.kind === 'grant') {
    const keyId = payload.key?.keyId;
    const owner = keyId === undefined ? undefined : state.keyOwner.get(keyId);
    if (keyId !== undefined && ((owner !== undefined && owner !== payload.profileId) || keyId === root.keyId))
      return rosterProblem('keyReused', entry.id, { keyId, profileId: payload.profileId });
    if (keyId !== undefined) state.keyOwner.set(keyId, payload.profileId);
    const list = state.grants.get(payload.profileId) ?? [];
    list.push({ id: entry.id, payload, fromMs: Date.parse(payload.validFrom), atMs: entry.atMs });
    state.grants.set(payload.profileId, list);
  } else if (payload.kind === 'revoke') {
    state.revokes.push({ keyId: payload.keyId, fromMs: Date.parse(payload.effectiveAt), payload });
  } else {
    state.policies.push({ atMs: entry.atMs, id: entry.id, payload });
  }
  state.accepted.push(entry);
  return null;
}
