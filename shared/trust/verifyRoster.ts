/**
 * Verifying a roster against a trusted root key that comes from outside it (the desk's stored root, `--keys`).
 *
 * Rules (docs/trust.md): entries may arrive in any order and repeated; they are applied in the order of their `at`
 * and, within one instant, causally (an entry waits for its signer's grant of the same `at`; ties by id), so the
 * result depends only on the set. The genesis must name the trusted root. Every other
 * entry must be signed by the root or by a key that accepted grants certify as `admin` at the entry's `at` and that
 * is not revoked then; revocations take effect from their `effectiveAt` even when signed later, so entries of a
 * revoked key dated from then on are dropped afterwards (repeated until nothing changes). Entries that fail are
 * ignored and listed in `problems`, never applied.
 */
import type { ChainHead } from '../audit/chain';
import type { PublicKeyInfo } from '../model/profile';
import type { ApprovalPolicies } from '../workflow/policy';
import type { Role } from '../workflow/roles';
import { envelopeId, openEnvelope, PAYLOAD_TYPES, verifyEnvelope } from './envelope';
import { isConsistentKey, publicKeyHash, sameKey } from './keys';
import { rosterProblem, type RosterProblem } from './problems';
import { byTime, type Candidate, type RosterState } from './rosterState';
import { rosterEntrySchema, rosterPayloadSchema, type RosterPayload } from './rosterTypes';
import { applyAll } from './sameInstant';

export { ROSTER_PROBLEMS, type RosterProblem, type RosterProblemCode } from './problems';

/** An entry that was applied. */
export interface AcceptedEntry {
  id: string;
  payload: RosterPayload;
  /** Key id of the signer (the root's for root-signed entries). */
  signerKeyId: string;
}

/** A profile as the roster certifies it at a given time. */
export interface RosterProfile {
  profileId: string;
  name: string;
  roles: Role[];
  key: PublicKeyInfo | null;
  validFrom: string;
  /** Whether the certified key is revoked at the time asked for. */
  revoked: boolean;
  /** The id of the grant in force. */
  grantId: string;
}

export interface VerifiedRoster {
  /** The root key's id. */
  orgId: string;
  /** From the genesis; null when the genesis is missing. */
  orgName: string | null;
  root: PublicKeyInfo;
  /** Applied entries, in the order applied. */
  accepted: readonly AcceptedEntry[];
  /** Roles the key holds for the profile at `at` (empty when not certified then or revoked then). */
  rolesAt(profileId: string, keyId: string, at: string): Role[];
  /** A key the roster ever certified for the profile, by id (null when none). */
  keyFor(profileId: string, keyId: string): PublicKeyInfo | null;
  /** The profile a key is certified for (null when none). */
  profileOfKey(keyId: string): string | null;
  /** Whether an accepted revocation covers the key at `at`. */
  isRevokedAt(keyId: string, at: string): boolean;
  /** The approval policies in force at `at` (null before the first policies entry). */
  policiesAt(at: string): ApprovalPolicies | null;
  /** Every profile with its grant in force at `now` (profiles whose first grant lies ahead are left out). */
  currentProfiles(now: string): RosterProfile[];
  /** The audit chain heads the accepted entries carry (for `verifyAuditAnchors`). */
  anchors(): ChainHead[];
  problems: readonly RosterProblem[];
}

function timeOf(payload: RosterPayload): number {
  return Date.parse(payload.at);
}

/** Reads, checks the shape of and verifies the signature of each entry; the survivors are candidates. */
async function readCandidates(
  entries: readonly unknown[],
  root: PublicKeyInfo,
  problems: RosterProblem[],
): Promise<Candidate[]> {
  const seen = new Set<string>();
  const opened: { id: string; envelope: unknown; payload: RosterPayload; keyId: string }[] = [];
  for (const raw of entries) {
    const parsed = rosterEntrySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(rosterProblem('malformed', null));
      continue;
    }
    const { id, envelope } = parsed.data;
    const actualId = envelopeId(envelope);
    if (actualId !== id) {
      problems.push(rosterProblem('idMismatch', id));
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    const open = openEnvelope(envelope);
    const payload = open === null ? null : rosterPayloadSchema.safeParse(open.payload);
    if (open?.payloadType !== PAYLOAD_TYPES.rosterEntry || !payload?.success) {
      problems.push(rosterProblem('malformed', id));
      continue;
    }
    const original = open.payload as RosterPayload;
    if (original.orgId !== root.keyId) {
      problems.push(rosterProblem('wrongOrg', id, { orgId: original.orgId }));
      continue;
    }
    if (original.kind === 'genesis' && (!sameKey(original.rootKey, root) || open.keyId !== root.keyId)) {
      problems.push(rosterProblem('untrustedGenesis', id));
      continue;
    }
    opened.push({ id, envelope, payload: original, keyId: open.keyId });
  }
  // Keys that could have signed: the root, and every consistent key any grant names (authority is checked later).
  const keysById = new Map<string, PublicKeyInfo[]>([[root.keyId, [root]]]);
  for (const { payload } of opened) {
    if (payload.kind !== 'grant' || payload.key === null || !isConsistentKey(payload.key)) continue;
    const list = keysById.get(payload.key.keyId) ?? [];
    if (!list.some((known) => sameKey(known, payload.key as PublicKeyInfo))) list.push(payload.key);
    keysById.set(payload.key.keyId, list);
  }
  const candidates: Candidate[] = [];
  for (const entry of opened) {
    const keys = entry.payload.kind === 'genesis' ? [root] : (keysById.get(entry.keyId) ?? []);
    if (keys.length === 0) {
      problems.push(rosterProblem('unknownSigner', entry.id, { keyId: entry.keyId }));
      continue;
    }
    let verifiedWith: PublicKeyInfo | null = null;
    for (const key of keys) {
      const result = await verifyEnvelope(entry.envelope, key, PAYLOAD_TYPES.rosterEntry);
      if (result.ok) {
        verifiedWith = key;
        break;
      }
    }
    const keyHash =
      verifiedWith === null ? null : publicKeyHash(verifiedWith.publicKeyJwk, verifiedWith.algorithm);
    if (keyHash === null) {
      problems.push(rosterProblem('badSignature', entry.id));
      continue;
    }
    const atMs = timeOf(entry.payload);
    candidates.push({
      id: entry.id,
      payload: entry.payload,
      signerKeyId: entry.keyId,
      signerKeyHash: keyHash,
      atMs,
    });
  }
  return candidates.sort(byTime);
}

/** Builds the verified roster; never throws for bad entries (they become problems). */
export async function verifyRoster(
  entries: readonly unknown[],
  trustedRoot: PublicKeyInfo,
): Promise<VerifiedRoster> {
  const early: RosterProblem[] = [];
  const candidates = isConsistentKey(trustedRoot) ? await readCandidates(entries, trustedRoot, early) : [];
  const excluded = new Set<string>();
  const late: RosterProblem[] = [];
  let state = applyAll(candidates, trustedRoot, excluded);
  // Revocations signed later may cover entries already applied: drop those and apply again until stable.
  for (;;) {
    const revokedSigners = state.accepted.filter(
      (entry) => entry.signerKeyId !== trustedRoot.keyId && state.revokedAt(entry.signerKeyId, entry.atMs),
    );
    if (revokedSigners.length === 0) break;
    for (const entry of revokedSigners) {
      excluded.add(entry.id);
      late.push(rosterProblem('signerRevoked', entry.id, { keyId: entry.signerKeyId }));
    }
    state = applyAll(candidates, trustedRoot, excluded);
  }
  const problems = [...early, ...late, ...state.problems];
  if (state.genesis === null) problems.push(rosterProblem('missingGenesis', null));
  return rosterView(state, trustedRoot, problems);
}

function rosterView(state: RosterState, root: PublicKeyInfo, problems: RosterProblem[]): VerifiedRoster {
  const genesis = state.genesis?.payload;
  const policies = [...state.policies].sort(byTime);
  return {
    orgId: root.keyId,
    orgName: genesis?.kind === 'genesis' ? genesis.orgName : null,
    root,
    accepted: state.accepted.map(({ id, payload, signerKeyId }) => ({ id, payload, signerKeyId })),
    rolesAt(profileId, keyId, at) {
      const atMs = Date.parse(at);
      if (Number.isNaN(atMs) || state.keyOwner.get(keyId) !== profileId || state.revokedAt(keyId, atMs))
        return [];
      return [...(state.grantOfKey(keyId, null, atMs)?.payload.roles ?? [])];
    },
    keyFor(profileId, keyId) {
      if (state.keyOwner.get(keyId) !== profileId) return null;
      const grant = (state.grants.get(profileId) ?? []).find((g) => g.payload.key?.keyId === keyId);
      return grant?.payload.key ?? null;
    },
    profileOfKey: (keyId) => state.keyOwner.get(keyId) ?? null,
    isRevokedAt(keyId, at) {
      const atMs = Date.parse(at);
      return Number.isNaN(atMs) || state.revokedAt(keyId, atMs);
    },
    policiesAt(at) {
      const atMs = Date.parse(at);
      const inForce = policies.filter((entry) => entry.atMs <= atMs);
      return inForce.at(-1)?.payload.approvalPolicies ?? null;
    },
    currentProfiles(now) {
      const nowMs = Date.parse(now);
      const out: RosterProfile[] = [];
      for (const profileId of [...state.grants.keys()].sort()) {
        const grant = state.effectiveGrant(profileId, nowMs);
        if (grant === null) continue;
        const { name, roles, key, validFrom } = grant.payload;
        const revoked = key !== null && state.revokedAt(key.keyId, nowMs);
        out.push({ profileId, name, roles: [...roles], key, validFrom, revoked, grantId: grant.id });
      }
      return out;
    },
    anchors() {
      return state.accepted.flatMap((entry) =>
        entry.payload.kind !== 'genesis' && entry.payload.auditHead !== null ? [entry.payload.auditHead] : [],
      );
    },
    problems,
  };
}
