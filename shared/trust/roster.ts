/**
 * Making roster entries: each is a payload signed as an envelope of type `PAYLOAD_TYPES.rosterEntry`, addressed by
 * the SHA-256 of the canonical envelope. All take the signer and `now` (the entry's `at`).
 */
import type { ChainHead } from '../audit/chain';
import type { PublicJwk } from '../approval/webCrypto';
import type { PublicKeyInfo } from '../model/profile';
import type { ApprovalPolicies } from '../workflow/policy';
import type { Role } from '../workflow/roles';
import { envelopeId, PAYLOAD_TYPES, signEnvelope, type Signer } from './envelope';
import type {
  GenesisPayload,
  GrantPayload,
  PoliciesPayload,
  RevokePayload,
  RosterEntry,
  RosterPayload,
} from './rosterTypes';

/** The root key pair as the desk holds it (an `ApproverKeys` fits). */
export interface RootKeys extends Signer {
  publicKeyJwk: PublicJwk;
}

export function publicKeyInfoOf(keys: RootKeys): PublicKeyInfo {
  return { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk };
}

async function signEntry(payload: RosterPayload, signer: Signer): Promise<RosterEntry> {
  const envelope = await signEnvelope(PAYLOAD_TYPES.rosterEntry, payload, signer);
  return { id: envelopeId(envelope), envelope };
}

/** The organisation's first entry: the root key names itself; orgId = the root key's id. */
export function createGenesis(root: RootKeys, orgName: string, now: Date): Promise<RosterEntry> {
  const payload: GenesisPayload = {
    kind: 'genesis',
    orgId: root.keyId,
    orgName: orgName.trim(),
    rootKey: publicKeyInfoOf(root),
    at: now.toISOString(),
  };
  return signEntry(payload, root);
}

export interface GrantInput {
  orgId: string;
  profileId: string;
  name: string;
  roles: readonly Role[];
  key: PublicKeyInfo | null;
  /** ISO instant the grant holds from; defaults to `now`. */
  validFrom?: string;
  auditHead?: ChainHead | null;
}

/** Certifies a profile's key and roles (signed by the root or an admin). */
export function createGrant(signer: Signer, input: GrantInput, now: Date): Promise<RosterEntry> {
  const payload: GrantPayload = {
    kind: 'grant',
    orgId: input.orgId,
    profileId: input.profileId,
    name: input.name.trim(),
    roles: [...new Set(input.roles)],
    key:
      input.key === null
        ? null
        : { algorithm: input.key.algorithm, keyId: input.key.keyId, publicKeyJwk: cleanJwk(input.key) },
    validFrom: new Date(input.validFrom ?? now.toISOString()).toISOString(),
    at: now.toISOString(),
    auditHead: input.auditHead ?? null,
  };
  return signEntry(payload, signer);
}

function cleanJwk(key: PublicKeyInfo): PublicJwk {
  const { kty, crv, x, y } = key.publicKeyJwk;
  const jwk: PublicJwk = {};
  if (kty !== undefined) jwk.kty = kty;
  if (crv !== undefined) jwk.crv = crv;
  if (x !== undefined) jwk.x = x;
  if (y !== undefined) jwk.y = y;
  return jwk;
}

export interface RevokeInput {
  orgId: string;
  profileId: string;
  keyId: string;
  /** ISO instant from which the key signs nothing valid; defaults to `now`. */
  effectiveAt?: string;
  reason: string;
  auditHead?: ChainHead | null;
}

export function createRevoke(signer: Signer, input: RevokeInput, now: Date): Promise<RosterEntry> {
  const payload: RevokePayload = {
    kind: 'revoke',
    orgId: input.orgId,
    profileId: input.profileId,
    keyId: input.keyId,
    effectiveAt: new Date(input.effectiveAt ?? now.toISOString()).toISOString(),
    at: now.toISOString(),
    reason: input.reason.trim(),
    auditHead: input.auditHead ?? null,
  };
  return signEntry(payload, signer);
}

export interface PoliciesInput {
  orgId: string;
  approvalPolicies: ApprovalPolicies;
  auditHead?: ChainHead | null;
}

/** The organisation's approval policies from `now` on (signed by the root or an admin). */
export function createPolicies(signer: Signer, input: PoliciesInput, now: Date): Promise<RosterEntry> {
  const payload: PoliciesPayload = {
    kind: 'policies',
    orgId: input.orgId,
    approvalPolicies: input.approvalPolicies,
    at: now.toISOString(),
    auditHead: input.auditHead ?? null,
  };
  return signEntry(payload, signer);
}
