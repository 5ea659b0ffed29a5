/** What `verifyPublishPackage` (verifyPackage.ts) takes and returns. */
import type { SignatureAlgorithm } from '../approval/signature';
import type { Channel } from '../model/channels';
import type { VerifiedRoster } from '../trust/verifyRoster';
import type { ApprovalPolicies } from '../workflow/policy';
import type { PackageProblem, PackageWarning } from './packageFindings';
import type { PackageReadLimits } from './packageReader';
import type { KnownApproverKey } from './verifyPackageLegacy';

/** The trust anchor, from outside the package: the office's roster, verified against the office's own root. */
export interface PackageTrust {
  /** `verifyRoster(entries, trustedRoot)` of the desk or of `--keys` (a workspace or roster file). */
  roster: VerifiedRoster;
  /** The policies when the roster holds none (yet): the organisation default. */
  defaultPolicies?: ApprovalPolicies;
}

export interface VerifyPackageOptions {
  /** Absent: nothing to anchor on; the result is at best `unanchored`, never `trusted`. */
  trust?: PackageTrust | null;
  /**
   * Check an unsigned package (version 1 or 2, or version 3 without manifest.sig.json) instead of refusing it;
   * the result is then at best `unsigned`, never `trusted`.
   */
  allowUnsigned?: boolean;
  /** Lower (or raise) the ZIP reader's caps, e.g. for tests. */
  limits?: Partial<PackageReadLimits>;
  /** Unsigned packages only: the approvers' keys to compare version 1 signatures' keys with. */
  knownKeys?: readonly KnownApproverKey[];
}

/**
 * - `trusted`: no problems; the manifest is signed by a key the trusted roster certified, and every post's
 *   approvals meet its policy with certified, distinct people. The only status a script may take for "valid".
 * - `unanchored`: no problems, but no trust anchor was given: signatures were checked against the keys the package
 *   names, which proves nothing about who they belong to.
 * - `unsigned`: no problems, but the package is not signed and was checked only because `allowUnsigned` asked.
 * - `invalid`: at least one problem (the package is refused).
 */
export const PACKAGE_STATUSES = ['trusted', 'unanchored', 'unsigned', 'invalid'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/** A valid approval signature, with the key that made it. */
export interface VerifiedApproval {
  postId: string;
  postTitle: string;
  policyStep: number;
  approverId: string;
  approverName: string | null;
  keyId: string;
  algorithm: SignatureAlgorithm;
  /** True when the trusted roster certifies the key for the step at the time; null without an anchor. */
  certified: boolean | null;
  /** Unsigned packages: true when the key is the approver's in `knownKeys`; null when not compared. */
  keyKnown: boolean | null;
}

/** Networks of an approved post that the package leaves out (the export chose other networks). */
export interface OmittedNetworks {
  postId: string;
  postTitle: string;
  channels: Channel[];
}

export interface PackageSummary {
  posts: number;
  /** Files the manifest lists, and those present with the listed SHA-256 and size. */
  files: number;
  filesVerified: number;
  approvals: number;
  approvalsVerified: number;
  /** Posts whose files in the package are the content they were approved for. */
  postsConfirmed: number;
}

/** Who signed the package (version 3), as the manifest names them. */
export interface PackageSigner {
  profileId: string;
  name: string;
  keyId: string;
  /** True when the trusted roster certifies the key at the package's time; null without an anchor. */
  certified: boolean | null;
}

export interface PackageVerification {
  status: PackageStatus;
  /** True only for `trusted`. */
  ok: boolean;
  /** The package's format version (null when the manifest could not be read). */
  version: number | null;
  /** Version 3 with a valid signature: who signed it. */
  signer: PackageSigner | null;
  problems: PackageProblem[];
  warnings: PackageWarning[];
  approvals: VerifiedApproval[];
  /** Version 2 and 3: per post, the approved networks the package leaves out on purpose. */
  omitted: OmittedNetworks[];
  summary: PackageSummary;
}
