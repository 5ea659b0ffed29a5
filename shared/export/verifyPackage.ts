/**
 * Checks a publish package someone received: is it whole, as the exporter signed it, and approved as the
 * organisation's roster says? Reads the ZIP strictly (packageReader.ts, zipLayout.ts: anything another extractor
 * could read differently is refused), parses `manifest.json`, and then
 *   - version 3 (signed): the signature in manifest.sig.json over the exact manifest bytes, by a key the trusted
 *     roster certifies for the exporter (verifyPackageTrust.ts); every listed file against its SHA-256 and size,
 *     files the manifest does not list; every file against the approved content the manifest carries per post
 *     (verifyPackageContent.ts); every approval's signed statement against the roster, four eyes, duplicates and
 *     the category's policy;
 *   - versions 1 and 2 and version 3 without a signature are refused (`unsigned`) unless `allowUnsigned` asks to
 *     check them anyway: then the old checks run (version 2 against the approved content, version 1 only partly,
 *     verifyPackageV1.ts; version 1 signatures with the keys in the package, verifyPackageLegacy.ts) and the
 *     result is at best `unsigned`.
 * The result's `status` says how far the package can be trusted (verifyPackageTypes.ts); only `trusted` is `ok`.
 */
import { finding, hashOf, type PackageFindings, type PackageProblem } from './packageFindings';
import {
  parseManifest,
  type ReadManifest,
  type ReadManifestV1,
  type ReadManifestWithContent,
} from './packageManifest';
import { PackageReadError, readPackageZip, type PackageReadLimits, type ZipEntry } from './packageReader';
import { MANIFEST_FILE, README_FILE, SIGNATURE_FILE } from './publishPackage';
import { checkApprovedContent, checkReadme } from './verifyPackageContent';
import { checkLegacyApprovals } from './verifyPackageLegacy';
import { checkApprovalsV3, checkManifestSignature } from './verifyPackageTrust';
import type {
  OmittedNetworks,
  PackageSigner,
  PackageStatus,
  PackageSummary,
  PackageTrust,
  PackageVerification,
  VerifiedApproval,
  VerifyPackageOptions,
} from './verifyPackageTypes';
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
export type { KnownApproverKey } from './verifyPackageLegacy';
export {
  PACKAGE_STATUSES,
  type OmittedNetworks,
  type PackageSigner,
  type PackageStatus,
  type PackageSummary,
  type PackageTrust,
  type PackageVerification,
  type VerifiedApproval,
  type VerifyPackageOptions,
} from './verifyPackageTypes';

type ManifestPost = ReadManifest['posts'][number];

const EMPTY_SUMMARY: PackageSummary = {
  posts: 0,
  files: 0,
  filesVerified: 0,
  approvals: 0,
  approvalsVerified: 0,
  postsConfirmed: 0,
};

function failed(problem: PackageProblem, version: number | null = null): PackageVerification {
  return {
    status: 'invalid',
    ok: false,
    version,
    signer: null,
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

type ApprovalCheck = (post: ManifestPost, signedHash: string | null) => Promise<void>;

/** Versions 2 and 3: every post's files against its approved content, and files that no post accounts for. */
async function checkPostsWithContent(
  manifest: ReadManifestWithContent,
  files: ReadonlyMap<string, Uint8Array>,
  out: PackageFindings,
  checkApprovals: ApprovalCheck,
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
    await checkApprovals(post, content.signedHash);
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
  out: PackageFindings,
  checkApprovals: ApprovalCheck,
): Promise<PostsResult> {
  out.warnings.push(partlyVerifiableWarning());
  let postsConfirmed = 0;
  for (const post of manifest.posts) {
    if (checkContentV1(post, files, out)) postsConfirmed += 1;
    await checkApprovals(post, null);
  }
  return { postsConfirmed, omitted: [] };
}

const UNSIGNED_REASON = {
  1: 'version 1: the manifest is not signed',
  2: 'version 2: the manifest is not signed',
  3: 'the package has no manifest.sig.json (an unsigned export)',
} as const;

function statusOf(out: PackageFindings, unsigned: boolean, trust: PackageTrust | null): PackageStatus {
  if (out.problems.length > 0) return 'invalid';
  if (unsigned) return 'unsigned';
  return trust === null ? 'unanchored' : 'trusted';
}

/**
 * Verifies a publish package. Never throws for any input bytes: a ZIP that cannot be read safely gives the single
 * problem `unreadable` (with the reader's code), a missing or invalid manifest `manifestMissing` /
 * `manifestInvalid`, an unsigned package (without `allowUnsigned`) `unsigned`.
 */
export async function verifyPublishPackage(
  zip: Uint8Array,
  options: VerifyPackageOptions = {},
): Promise<PackageVerification> {
  const trust = options.trust ?? null;
  const files = zipFiles(zip, options.limits ?? {});
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
  const sigBytes = manifest.version === 3 ? files.get(SIGNATURE_FILE) : undefined;
  if (manifest.version === 3) files.delete(SIGNATURE_FILE);
  const unsigned = sigBytes === undefined;
  const out: PackageFindings = { problems: [], warnings: [] };
  if (unsigned) {
    const reason = UNSIGNED_REASON[manifest.version];
    if (options.allowUnsigned !== true) {
      const message = `${reason}; refused (check it anyway only when you know where it came from)`;
      return failed(finding('unsigned', message, { path: MANIFEST_FILE }), manifest.version);
    }
    out.warnings.push(
      finding('unsigned', `${reason}: checked as asked, but nothing in it is signed as a whole`),
    );
  }
  let signer: PackageSigner | null = null;
  if (manifest.version === 3 && sigBytes !== undefined) {
    signer = await checkManifestSignature(manifest, manifestBytes, sigBytes, trust, out);
  }
  if (trust === null && !unsigned) {
    out.warnings.push(
      finding(
        'unanchored',
        'no trust anchor given: the signatures were checked with the keys the package names',
      ),
    );
  }
  const approvals: VerifiedApproval[] = [];
  const filesVerified = checkFiles(manifest, files, out.problems);
  let posts: PostsResult;
  if (manifest.version === 1) {
    posts = await checkPostsV1(manifest, files, out, (post, hash) =>
      checkLegacyApprovals(post, hash, options.knownKeys, out, approvals),
    );
  } else if (manifest.version === 2) {
    posts = await checkPostsWithContent(manifest, files, out, (post, hash) =>
      checkLegacyApprovals(post, hash, options.knownKeys, out, approvals),
    );
  } else {
    const orgId = manifest.exporter?.orgId ?? '';
    const byId = new Map(manifest.posts.map((post) => [post.id, post]));
    posts = await checkPostsWithContent(manifest, files, out, async (post, hash) => {
      const v3 = byId.get(post.id);
      if (v3 !== undefined) await checkApprovalsV3(v3, hash, orgId, trust, out, approvals);
    });
  }
  const status = statusOf(out, unsigned, trust);
  return {
    status,
    ok: status === 'trusted',
    version: manifest.version,
    signer,
    problems: out.problems,
    warnings: out.warnings,
    approvals,
    omitted: posts.omitted,
    summary: {
      posts: manifest.posts.length,
      files: manifest.files.length,
      filesVerified,
      approvals: manifest.posts.reduce((sum, post) => sum + post.approvals.length, 0),
      approvalsVerified: approvals.length,
      postsConfirmed: posts.postsConfirmed,
    },
  };
}
