/**
 * The signed roster's entries: immutable, content-addressed (id = SHA-256 of the canonical envelope), so team sync
 * can carry each entry as one document. Every payload names its kind and the organisation (the root key's id).
 */
import { z } from 'zod';
import type { ChainHead } from '../audit/chain';
import { publicKeyInfoSchema } from '../exchange/workflowSchemas';
import type { PublicKeyInfo } from '../model/profile';
import { approvalPoliciesSchema, type ApprovalPolicies } from '../workflow/policy';
import { ROLES, type Role } from '../workflow/roles';
import type { Envelope } from './envelope';

export const ROSTER_ENTRY_KINDS = ['genesis', 'grant', 'revoke', 'policies'] as const;
export type RosterEntryKind = (typeof ROSTER_ENTRY_KINDS)[number];

/** The organisation's first entry, self-signed by its root key. */
export interface GenesisPayload {
  kind: 'genesis';
  /** The root key's id. */
  orgId: string;
  orgName: string;
  rootKey: PublicKeyInfo;
  /** ISO 8601 UTC instant. */
  at: string;
}

/** Certifies a profile's key (or none) and roles from `validFrom` on; a later grant replaces it from its own. */
export interface GrantPayload {
  kind: 'grant';
  orgId: string;
  profileId: string;
  name: string;
  roles: Role[];
  key: PublicKeyInfo | null;
  validFrom: string;
  at: string;
  /** The audit chain head the signer saw (an anchor), or null. */
  auditHead: ChainHead | null;
}

/** The key signs nothing valid from `effectiveAt` on (set it back to the suspected compromise). */
export interface RevokePayload {
  kind: 'revoke';
  orgId: string;
  profileId: string;
  keyId: string;
  effectiveAt: string;
  at: string;
  reason: string;
  auditHead: ChainHead | null;
}

/** The organisation's approval policies, in force from `at` on. */
export interface PoliciesPayload {
  kind: 'policies';
  orgId: string;
  approvalPolicies: ApprovalPolicies;
  at: string;
  auditHead: ChainHead | null;
}

export type RosterPayload = GenesisPayload | GrantPayload | RevokePayload | PoliciesPayload;

/** One roster entry as stored and synced: its content address and the signed envelope. */
export interface RosterEntry {
  /** `envelopeId(envelope)`: lower-case hex SHA-256 of the canonical envelope. */
  id: string;
  envelope: Envelope;
}

const utc = z.iso.datetime();
const keyId = z.string().regex(/^[0-9a-f]{16}$/u);
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((value) => value.trim() === value, 'no surrounding spaces');
const chainHeadSchema = z
  .object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/u) })
  .strict();

export const genesisPayloadSchema = z
  .object({
    kind: z.literal('genesis'),
    orgId: keyId,
    orgName: text(200),
    rootKey: publicKeyInfoSchema,
    at: utc,
  })
  .strict();

export const grantPayloadSchema = z
  .object({
    kind: z.literal('grant'),
    orgId: keyId,
    profileId: text(200),
    name: text(200),
    roles: z
      .array(z.enum(ROLES))
      .max(ROLES.length)
      .refine((roles) => new Set(roles).size === roles.length, 'duplicate role'),
    key: publicKeyInfoSchema.nullable(),
    validFrom: utc,
    at: utc,
    auditHead: chainHeadSchema.nullable(),
  })
  .strict();

export const revokePayloadSchema = z
  .object({
    kind: z.literal('revoke'),
    orgId: keyId,
    profileId: text(200),
    keyId,
    effectiveAt: utc,
    at: utc,
    reason: z.string().max(2000),
    auditHead: chainHeadSchema.nullable(),
  })
  .strict();

export const policiesPayloadSchema = z
  .object({
    kind: z.literal('policies'),
    orgId: keyId,
    approvalPolicies: approvalPoliciesSchema,
    at: utc,
    auditHead: chainHeadSchema.nullable(),
  })
  .strict();

export const rosterPayloadSchema = z.discriminatedUnion('kind', [
  genesisPayloadSchema,
  grantPayloadSchema,
  revokePayloadSchema,
  policiesPayloadSchema,
]);

export const envelopeSchema = z
  .object({
    payloadType: z.string().max(200),
    payload: z.string().max(6_000_000),
    signatures: z.array(z.object({ keyid: z.string().max(64), sig: z.string().max(200) }).strict()).length(1),
  })
  .strict();

export const rosterEntrySchema = z
  .object({ id: z.string().regex(/^[0-9a-f]{64}$/u), envelope: envelopeSchema })
  .strict();
