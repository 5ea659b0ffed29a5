/**
 * Checks a publish package someone received: was it changed after the approval? Reads the ZIP safely
 * (packageReader.ts), parses `manifest.json`, and reports
 *   - every listed file whose SHA-256 or size does not match, listed files missing from the ZIP, files in the ZIP
 *     the manifest does not list, paths a post names that are not listed;
 *   - version 2: every file against the content the approvers signed, which the manifest carries per post
 *     (verifyPackageContent.ts), and files no post accounts for. The manifest is not signed, but the approved
 *     content is: its hash is what each signature is checked over, so a text changed in the package is a problem
 *     even when the manifest's file hashes were changed to match, and changed approved content fails the
 *     signatures. Networks the export left out are listed in the manifest and are no problem;
 *   - version 1 (no approved content in the manifest): per post whether its files rebuild the approved content
 *     hash, only a warning when not (verifyPackageV1.ts), and one warning that the content is only partly
 *     verifiable;
 *   - every approval: signed for the post's content hash, and its signature valid with the public key in the
 *     package over the statement the app signs (shared/approval/signature.ts).
 *
 * The public keys come with the package: whoever checks should compare the key ids with the approvers' keys they
 * know (the result lists them), or pass the approvers' keys (`knownKeys`, e.g. from a workspace file) to have
 * them compared.
 */
import { verifyApproval, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '../approval/signature';
import type { PublicJwk } from '../approval/webCrypto';
import type { Channel } from '../model/channels';
import {
  finding,
  hashOf,
  type PackageFindings,
  type PackageProblem,
  type PackageWarning,
} from './packageFindings';
import {
  parseManifest,
  type ReadManifest,
  type ReadManifestV1,
  type ReadManifestV2,
} from './packageManifest';
import { PackageReadError, readPackageZip, type PackageReadLimits, type ZipEntry } from './packageReader';
import { MANIFEST_FILE, README_FILE } from './publishPackage';
import { checkApprovedContent, checkReadme } from './verifyPackageContent';
import { checkContentV1, partlyVerifiableWarning } from './verifyPackageV1';

export {
  PACKAGE_PROBLEM_CODES,
  PACKAGE_WARNING_CODES,
  type PackageFinding,
  type PackageProblem,
  type PackageProblemCode,
  type PackageWarning,
  type PackageWarningCode,
} from './packageFindings';

/** A valid approval signature, with the key that made it (compare its id with the approver's known key). */
export interface VerifiedApproval {
  postId: string;
  postTitle: string;
  policyStep: number;
  approverId: string;
  approverName: string | null;
  keyId: string;
  algorithm: SignatureAlgorithm;
  /** True when the key is the approver's in `knownKeys`; null when no keys were passed to compare with. */
  keyKnown: boolean | null;
}

/** An approver's public key as whoever checks knows it (e.g. from the workspace file), for `knownKeys`. */
export interface KnownApproverKey {
  approverId: string;
  keyId: string;
  publicKeyJwk: PublicJwk;
}

export interface VerifyPackageOptions {
  /**
   * The approvers' keys to compare the package's keys with: an approval signed with a key that is not its
   * approver's here is the problem `keyUnknown` (a key swapped in the package). Absent: nothing to compare.
   */
  knownKeys?: readonly KnownApproverKey[];
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

export interface PackageVerification {
  ok: boolean;
  /** The package's format version (null when the manifest could not be read). */
  version: number | null;
  problems: PackageProblem[];
  warnings: PackageWarning[];
  approvals: VerifiedApproval[];
  /** Version 2: per post, the approved networks the package leaves out on purpose. */
  omitted: OmittedNetworks[];
  summary: PackageSummary;
}

type ManifestPost = ReadManifest['posts'][number];

const EMPTY_SUMMARY: PackageSummary = {
  posts: 0,
  files: 0,
  filesVerified: 0,
  approvals: 0,
  approvalsVerified: 0,
  postsConfirmed: 0,
};

function failed(problem: PackageProblem): PackageVerification {
  return {
    ok: false,
    version: null,
    problems: [problem],
    warnings: [],
    approvals: [],
    omitted: [],
    summary: { ...EMPTY_SUMMARY },
  };
}

/** Listed files against the ZIP's files: hash, size, missing, extra. */
function checkFiles(
  manifest: ReadManifest,
  files: ReadonlyMap<string, Uint8Array>,
  problems: PackageProblem[],
): number {
  let verified = 0;
  const listed = new Set<string>();
  for (const { path, sha256, size } of manifest.files) {
    if (listed.has(path)) {
      problems.push(finding('manifestInvalid', 'the manifest lists this file twice', { path }));
      continue;
    }
    listed.add(path);
    const bytes = files.get(path);
    if (bytes === undefined) {
      problems.push(finding('missingFile', 'listed in the manifest, but not in the package', { path }));
    } else if (hashOf(bytes) !== sha256) {
      problems.push(
        finding('hashMismatch', 'the content differs from the SHA-256 in the manifest', { path }),
      );
    } else if (bytes.length !== size) {
      problems.push(finding('sizeMismatch', `${bytes.length} bytes, the manifest says ${size}`, { path }));
    } else verified += 1;
  }
  for (const path of files.keys()) {
    if (!listed.has(path))
      problems.push(finding('extraFile', 'in the package, but not in the manifest', { path }));
  }
  for (const post of manifest.posts) {
    const named = [
      ...post.networks.flatMap((network) => [network.textFile, ...network.mediaFiles]),
      ...post.media.map((media) => media.path),
    ];
    for (const path of new Set(named)) {
      if (!listed.has(path)) {
        const message = `named by post "${post.title}", but not listed in the manifest`;
        problems.push(finding('missingFile', message, { path, postId: post.id }));
      }
    }
  }
  return verified;
}

const SIGNATURE_REASONS = {
  badSignature: 'the signature does not match (the approval or the approved content was changed)',
  keyMismatch: 'the signature names another key than the one included',
  malformed: 'the signature or the key is not in a usable form',
};

function sameKey(known: KnownApproverKey, keyId: string, jwk: PublicJwk): boolean {
  const key = known.publicKeyJwk;
  return (
    known.keyId === keyId && key.kty === jwk.kty && key.crv === jwk.crv && key.x === jwk.x && key.y === jwk.y
  );
}

/**
 * The post's approvals: each signed for the post's content hash, with its signature checked over `signedHash`
 * (version 2: the hash of the approved content in the manifest; version 1: the hash the approval names), and its
 * key compared with `knownKeys` when given.
 */
async function checkApprovals(
  post: ManifestPost,
  signedHash: string | null,
  options: VerifyPackageOptions,
  out: PackageFindings,
  verified: VerifiedApproval[],
): Promise<void> {
  const postId = post.id;
  const { problems } = out;
  if (post.approvals.length === 0 || post.contentHash === null) {
    problems.push(
      finding('notApproved', `"${post.title}" has no signed approval in the package`, { postId }),
    );
  }
  for (const approval of post.approvals) {
    const who = approval.approverName ?? approval.approverId;
    const what = `approval of "${post.title}", step ${approval.policyStep}, by ${who}`;
    const otherContent = approval.contentHash !== post.contentHash;
    if (otherContent) {
      problems.push(finding('approvalForOtherContent', `${what}: signed for other content`, { postId }));
    }
    const jwk = approval.publicKeyJwk;
    if (jwk === undefined || jwk === null) {
      problems.push(
        finding('keyMissing', `${what}: the package does not include the public key`, { postId }),
      );
      continue;
    }
    const algorithm = SIGNATURE_ALGORITHMS.find((known) => known === approval.algorithm);
    if (algorithm === undefined) {
      const message = `${what}: unknown signature algorithm "${approval.algorithm}"`;
      problems.push(finding('signatureInvalid', message, { postId }));
      continue;
    }
    const statement = {
      postId,
      revision: approval.revision,
      contentHash: signedHash ?? approval.contentHash,
      policyStep: approval.policyStep,
      keyId: approval.keyId,
      at: approval.at,
    };
    const result = await verifyApproval(statement, approval.signature, jwk, algorithm).catch(
      () => ({ valid: false, reason: 'malformed' }) as const,
    );
    if (!result.valid) {
      const message = `${what}: ${SIGNATURE_REASONS[result.reason]}`;
      problems.push(finding('signatureInvalid', message, { postId }));
      continue;
    }
    if (otherContent) continue;
    const { knownKeys } = options;
    const { policyStep, approverId, approverName, keyId } = approval;
    const keyKnown =
      knownKeys === undefined
        ? null
        : knownKeys.some((known) => known.approverId === approverId && sameKey(known, keyId, jwk));
    if (keyKnown === false) {
      const message = `${what}: signed with key ${keyId}, which is not a key of ${approverId} in the given keys`;
      problems.push(finding('keyUnknown', message, { postId }));
      continue;
    }
    verified.push({
      postId,
      postTitle: post.title,
      policyStep,
      approverId,
      approverName,
      keyId,
      algorithm,
      keyKnown,
    });
  }
}

/** The files of the ZIP by name (folders left out), or a problem when the ZIP cannot be read safely. */
function zipFiles(
  zip: Uint8Array,
  limits: Partial<PackageReadLimits>,
): Map<string, Uint8Array> | PackageProblem {
  let entries: ZipEntry[];
  try {
    entries = readPackageZip(zip, limits);
  } catch (error) {
    if (!(error instanceof PackageReadError)) throw error;
    return finding('unreadable', `${error.reason} [${error.code}]`, { path: error.entry ?? undefined });
  }
  return new Map(entries.filter((entry) => !entry.directory).map((entry) => [entry.name, entry.bytes]));
}

interface PostsResult {
  postsConfirmed: number;
  omitted: OmittedNetworks[];
}

/** Version 2: every post's files against its approved content, and files that no post accounts for. */
async function checkPostsV2(
  manifest: ReadManifestV2,
  files: ReadonlyMap<string, Uint8Array>,
  options: VerifyPackageOptions,
  out: PackageFindings,
  approvals: VerifiedApproval[],
): Promise<PostsResult> {
  const result: PostsResult = { postsConfirmed: 0, omitted: [] };
  const accounted = new Set<string>([README_FILE]);
  for (const post of manifest.posts) {
    const content = checkApprovedContent(post, manifest.timeZone, files, out);
    if (content.confirmed) result.postsConfirmed += 1;
    for (const path of content.accounted) accounted.add(path);
    if (post.omittedChannels.length > 0) {
      result.omitted.push({ postId: post.id, postTitle: post.title, channels: post.omittedChannels });
    }
    await checkApprovals(post, content.signedHash, options, out, approvals);
  }
  checkReadme(manifest, files, out);
  const listed = new Set(manifest.files.map(({ path }) => path));
  for (const path of files.keys()) {
    if (listed.has(path) && !accounted.has(path)) {
      const message = 'listed in the manifest, but no post in the package accounts for it';
      out.problems.push(finding('unaccountedFile', message, { path }));
    }
  }
  return result;
}

/** Version 1: the old, warning-only content check (verifyPackageV1.ts). */
async function checkPostsV1(
  manifest: ReadManifestV1,
  files: ReadonlyMap<string, Uint8Array>,
  options: VerifyPackageOptions,
  out: PackageFindings,
  approvals: VerifiedApproval[],
): Promise<PostsResult> {
  out.warnings.push(partlyVerifiableWarning());
  let postsConfirmed = 0;
  for (const post of manifest.posts) {
    if (checkContentV1(post, files, out)) postsConfirmed += 1;
    await checkApprovals(post, null, options, out, approvals);
  }
  return { postsConfirmed, omitted: [] };
}

/**
 * Verifies a publish package. Never throws for any input bytes: a ZIP that cannot be read safely gives the single
 * problem `unreadable` (with the reader's code), a missing or invalid manifest `manifestMissing` /
 * `manifestInvalid`. `ok` is true when there are no problems (warnings do not count).
 */
export async function verifyPublishPackage(
  zip: Uint8Array,
  limits: Partial<PackageReadLimits> = {},
  options: VerifyPackageOptions = {},
): Promise<PackageVerification> {
  const files = zipFiles(zip, limits);
  if (!(files instanceof Map)) return failed(files);
  const manifestBytes = files.get(MANIFEST_FILE);
  if (manifestBytes === undefined) {
    return failed(finding('manifestMissing', `the package has no ${MANIFEST_FILE}`, { path: MANIFEST_FILE }));
  }
  files.delete(MANIFEST_FILE);
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) {
    const where = parsed.path === '' ? '' : ` at ${parsed.path}`;
    return failed(finding('manifestInvalid', `${parsed.message}${where}`, { path: MANIFEST_FILE }));
  }
  const { manifest } = parsed;
  const out: PackageFindings = { problems: [], warnings: [] };
  const approvals: VerifiedApproval[] = [];
  const filesVerified = checkFiles(manifest, files, out.problems);
  const { postsConfirmed, omitted } =
    manifest.version === 1
      ? await checkPostsV1(manifest, files, options, out, approvals)
      : await checkPostsV2(manifest, files, options, out, approvals);
  return {
    ok: out.problems.length === 0,
    version: manifest.version,
    problems: out.problems,
    warnings: out.warnings,
    approvals,
    omitted,
    summary: {
      posts: manifest.posts.length,
      files: manifest.files.length,
      filesVerified,
      approvals: manifest.posts.reduce((sum, post) => sum + post.approvals.length, 0),
      approvalsVerified: approvals.length,
      postsConfirmed,
    },
  };
}
