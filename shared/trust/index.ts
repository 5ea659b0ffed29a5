/**
 * The trust core (issue 13, docs/trust.md): signed envelopes, key fingerprints, the signed roster, approval
 * statement v2, derived approval and audit anchors. Pure: no React, Dexie, DOM, Electron or Node.
 */
export {
  PAYLOAD_TYPES,
  ENVELOPE_FAILURES,
  MAX_PAYLOAD_BYTES,
  pae,
  signEnvelope,
  openEnvelope,
  verifyEnvelope,
  verifyDetached,
  envelopeId,
  type PayloadType,
  type Signer,
  type Envelope,
  type EnvelopeSignature,
  type EnvelopeFailure,
  type EnvelopeVerification,
  type OpenedEnvelope,
} from './envelope';
export { rawPublicKey, publicKeyHash, keyIdOfJwk, isConsistentKey, sameKey, importVerifyKey } from './keys';
export {
  formatFingerprint,
  keyFingerprint,
  normaliseFingerprint,
  fingerprintMatches,
  sameFingerprint,
} from './fingerprint';
export {
  ROSTER_ENTRY_KINDS,
  rosterEntrySchema,
  rosterPayloadSchema,
  envelopeSchema,
  type RosterEntryKind,
  type RosterEntry,
  type RosterPayload,
  type GenesisPayload,
  type GrantPayload,
  type RevokePayload,
  type PoliciesPayload,
} from './rosterTypes';
export {
  createGenesis,
  createGrant,
  createRevoke,
  createPolicies,
  publicKeyInfoOf,
  type RootKeys,
  type GrantInput,
  type RevokeInput,
  type PoliciesInput,
} from './roster';
export {
  ROSTER_PROBLEMS,
  verifyRoster,
  type RosterProblemCode,
  type RosterProblem,
  type AcceptedEntry,
  type RosterProfile,
  type VerifiedRoster,
} from './verifyRoster';
export {
  ROSTER_FILE_FORMAT,
  ROSTER_FILE_VERSION,
  MAX_ROSTER_ENTRIES,
  rosterFileSchema,
  buildRosterFile,
  parseRosterFile,
  type RosterFile,
  type RosterFileParse,
} from './rosterFile';
export {
  approvalStatementV2Schema,
  normaliseCategory,
  approvalStatementFor,
  signApprovalV2,
  verifyApprovalV2,
  approvalEnvelope,
  APPROVAL_V2_FAILURES,
  type ApprovalStatementV2,
  type StatementInput,
  type ApprovalV2Failure,
  type ApprovalV2Verification,
} from '../approval/statementV2';
export {
  APPROVAL_PROBLEMS,
  APPROVAL_LEVEL_PROBLEMS,
  type ApprovalProblemCode,
  type ApprovalProblem,
} from './problems';
export {
  APPROVED_STATUSES,
  deriveApproval,
  approvalAnchors,
  type DeriveContext,
  type CountedApproval,
  type ApprovalVerdict,
} from './deriveApproval';
export {
  EMPTY_CHAIN_HEAD,
  ANCHOR_PROBLEMS,
  chainHead,
  buildAuditIndex,
  anchorHolds,
  verifyAuditAnchors,
  type AuditIndex,
  type AnchorProblem,
  type AnchorVerification,
} from '../audit/anchors';
export {
  trustMessagesDe,
  trustMessagesEn,
  approvalProblemMessage,
  rosterProblemMessage,
  type TrustMessages,
  type TrustMessageKey,
} from './messages';
