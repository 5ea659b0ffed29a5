/**
 * What verifying a publish package reports: problems (the package is not what was approved, or cannot be read)
 * and warnings (what a package alone cannot prove, or what it leaves out on purpose), each about a file and/or a
 * post. Shared by verifyPackage.ts and the content checks of each package version.
 */
import { sha256Hex } from './publishPackage';

export const PACKAGE_PROBLEM_CODES = [
  'unreadable',
  'manifestMissing',
  'manifestInvalid',
  'hashMismatch',
  'sizeMismatch',
  'missingFile',
  'extraFile',
  'unaccountedFile',
  'mediaMismatch',
  'contentMissing',
  'contentHashMismatch',
  'contentMismatch',
  'notApproved',
  'approvalForOtherContent',
  'keyMissing',
  'signatureInvalid',
  'keyUnknown',
  /** Version 1 or 2 (unsigned manifest), or version 3 without manifest.sig.json: refused unless allowed. */
  'unsigned',
  /** manifest.sig.json is not a valid signature of these manifest bytes by the key named. */
  'manifestSignatureInvalid',
  /** The exporter's key is not certified by the trusted roster (or was revoked) when the package was made. */
  'exporterNotCertified',
  /** The package is of another organisation than the trusted roster's. */
  'otherOrganisation',
  /** An approval without a signed statement (version 1 signature): never counts. */
  'approvalOutdated',
  /** The signer's key was not certified for a role that may approve this step at the time, or was revoked. */
  'approverNotCertified',
  /** The signer is the post's author or last editor. */
  'selfApproval',
  /** The signed statement names another post, revision, step, signer or key than the manifest. */
  'statementMismatch',
  /** The same approval (or the same person's approval of a post) twice: counted once. */
  'duplicateApproval',
  /** The approval policy's steps are not met by distinct certified people. */
  'policyNotMet',
] as const;
export type PackageProblemCode = (typeof PACKAGE_PROBLEM_CODES)[number];

export const PACKAGE_WARNING_CODES = [
  'partlyVerifiable',
  'contentNotConfirmed',
  'mediaOmitted',
  /** Checked although unsigned, because the caller asked for it (`allowUnsigned`). */
  'unsigned',
  /** No trust anchor was given: signatures checked against the keys the package names, not the roster. */
  'unanchored',
  /** An approver's name in the manifest differs from the name the roster certifies. */
  'approverNameDiffers',
] as const;
export type PackageWarningCode = (typeof PACKAGE_WARNING_CODES)[number];

export interface PackageFinding<Code extends string> {
  code: Code;
  /** The file in the package, when the finding is about one. */
  path: string | null;
  /** The post, when the finding is about one. */
  postId: string | null;
  message: string;
}

export type PackageProblem = PackageFinding<PackageProblemCode>;
export type PackageWarning = PackageFinding<PackageWarningCode>;

/** Where findings of one verification are collected. */
export interface PackageFindings {
  problems: PackageProblem[];
  warnings: PackageWarning[];
}

export const finding = <Code extends string>(
  code: Code,
  message: string,
  where: { path?: string; postId?: string } = {},
): PackageFinding<Code> => ({ code, path: where.path ?? null, postId: where.postId ?? null, message });

/** SHA-256 of a file's bytes, each file hashed once (a video is listed and is a medium: two checks). */
const hashes = new WeakMap<Uint8Array, string>();
export function hashOf(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) {
    hash = sha256Hex(bytes);
    hashes.set(bytes, hash);
  }
  return hash;
}
