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
] as const;
export type PackageProblemCode = (typeof PACKAGE_PROBLEM_CODES)[number];

export const PACKAGE_WARNING_CODES = ['partlyVerifiable', 'contentNotConfirmed', 'mediaOmitted'] as const;
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
