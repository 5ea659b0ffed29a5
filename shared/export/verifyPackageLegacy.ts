/**
 * The approvals of unsigned packages (version 1 and 2, checked only when asked for: `allowUnsigned`): version 1
 * signatures over {postId, revision, contentHash, policyStep, keyId, at}, checked with the public key that comes
 * with the package and, when given, compared with the approvers' keys of a workspace file (`knownKeys`). None of
 * this is anchored in the roster, so such a package is never "trusted" (verifyPackage.ts).
 */
import { verifyApproval, SIGNATURE_ALGORITHMS } from '../approval/signature';
import type { PublicJwk } from '../approval/webCrypto';
import { finding, type PackageFindings } from './packageFindings';
import type { ReadManifest } from './packageManifest';
import type { VerifiedApproval } from './verifyPackageTypes';

/** An approver's public key as whoever checks knows it (e.g. from the workspace file), for `knownKeys`. */
export interface KnownApproverKey {
  approverId: string;
  keyId: string;
  publicKeyJwk: PublicJwk;
}

type ManifestPost = ReadManifest['posts'][number];

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
export async function checkLegacyApprovals(
  post: ManifestPost,
  signedHash: string | null,
  knownKeys: readonly KnownApproverKey[] | undefined,
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
      certified: null,
      keyKnown,
    });
  }
}
