/**
 * The trust checks of a version 3 publish package, against a roster verified from outside (`PackageTrust`):
 *   - the manifest's signature (manifest.sig.json, packageSignature.ts): an envelope over a statement naming the
 *     SHA-256 and size of the exact manifest bytes, the organisation, the exporter and the key, made by a key the
 *     roster certifies for the exporter (with any role) and does not revoke at the package's time;
 *   - each approval: its signed statement v2 (shared/approval/statementV2.ts) verified with the key the roster
 *     certifies for the approver, and naming this organisation, post, revision, step, signer, key and time and
 *     the hash of the approved content; the signer neither the author nor the last editor the statement names;
 *     the key certified for a role that may approve the step at the time and not revoked then; a duplicated
 *     approval (the same signature, or the same person twice for a post) counts once and is a problem;
 *   - per post, the policy (the roster's policies at the latest approval, else the default) for the category the
 *     statements name: its steps met by distinct people.
 * Not checked here (a package carries no audit trail): the audit anchors of the approvals. The exporting desk
 * derives approval with them (shared/trust/deriveApproval.ts) before it exports anything.
 *
 * Without an anchor the signatures are checked with the keys the package names (the exporter's key in the
 * manifest, each approval's JWK): that shows the package is whole, not who made it.
 */
import { approvalStatementV2Schema, type ApprovalStatementV2 } from '../approval/statementV2';
import { SIGNATURE_ALGORITHMS } from '../approval/signature';
import type { PublicKeyInfo } from '../model/profile';
import { PAYLOAD_TYPES, verifyEnvelope } from '../trust/envelope';
import {
  mayApproveStep,
  ORGANISATION_DEFAULT_POLICY,
  policyFor,
  stepSatisfied,
  type ApprovalPolicies,
} from '../workflow/policy';
import type { Role } from '../workflow/roles';
import { finding, type PackageFindings, type PackageProblemCode } from './packageFindings';
import type { ReadManifestV3 } from './packageManifest';
import { manifestSignatureStatementSchema, parseSignatureFile } from './packageSignature';
import { sha256Hex } from './publishPackage';
import type { PackageSigner, PackageTrust, VerifiedApproval } from './verifyPackageTypes';

type ManifestPost = ReadManifestV3['posts'][number];
type ManifestApproval = ManifestPost['approvals'][number];

const DEFAULT_POLICIES: ApprovalPolicies = { default: ORGANISATION_DEFAULT_POLICY, byCategory: {} };

/**
 * The manifest's signature; the signer when it holds (problems go to `out` otherwise). `sigBytes` undefined: the
 * package has no signature file (the caller decides whether that is allowed).
 */
export async function checkManifestSignature(
  manifest: ReadManifestV3,
  manifestBytes: Uint8Array,
  sigBytes: Uint8Array,
  trust: PackageTrust | null,
  out: PackageFindings,
): Promise<PackageSigner | null> {
  const refuse = (
    code: 'manifestSignatureInvalid' | 'exporterNotCertified' | 'otherOrganisation',
    message: string,
  ) => {
    out.problems.push(finding(code, message, { path: 'manifest.sig.json' }));
    return null;
  };
  const { exporter } = manifest;
  if (exporter === null) return refuse('manifestSignatureInvalid', 'the manifest names no exporter');
  let key: PublicKeyInfo | null = exporter.publicKey;
  let certified: boolean | null = null;
  if (trust !== null) {
    const { roster } = trust;
    if (exporter.orgId !== roster.orgId) {
      return refuse(
        'otherOrganisation',
        `made for organisation ${exporter.orgId}, not the trusted ${roster.orgId}`,
      );
    }
    key = roster.keyFor(exporter.profileId, exporter.keyId);
    const roles =
      key === null ? [] : roster.rolesAt(exporter.profileId, exporter.keyId, manifest.generatedAt);
    if (key === null || roles.length === 0) {
      return refuse(
        'exporterNotCertified',
        `the key ${exporter.keyId} of ${exporter.name} is not certified in the trusted roster at ${manifest.generatedAt}`,
      );
    }
    certified = true;
  }
  if (key.keyId !== exporter.keyId) return refuse('manifestSignatureInvalid', 'the manifest names two keys');
  const result = await verifyEnvelope(parseSignatureFile(sigBytes), key, PAYLOAD_TYPES.packageManifest);
  if (!result.ok) return refuse('manifestSignatureInvalid', `the signature does not hold (${result.reason})`);
  const statement = manifestSignatureStatementSchema.safeParse(result.payload);
  if (
    !statement.success ||
    statement.data.manifestSha256 !== sha256Hex(manifestBytes) ||
    statement.data.manifestSize !== manifestBytes.length
  ) {
    return refuse(
      'manifestSignatureInvalid',
      'the signature is for other manifest bytes (the manifest was changed)',
    );
  }
  const signed = statement.data;
  if (
    signed.orgId !== exporter.orgId ||
    signed.exporterProfileId !== exporter.profileId ||
    signed.keyId !== exporter.keyId ||
    signed.generatedAt !== manifest.generatedAt
  ) {
    return refuse(
      'manifestSignatureInvalid',
      'the signature names another exporter, key or time than the manifest',
    );
  }
  return { profileId: exporter.profileId, name: exporter.name, keyId: exporter.keyId, certified };
}

interface Counted {
  profileId: string;
  step: number;
  roles: Role[];
  at: string;
  category: string | null;
}

/** The key to check an approval with: the roster's for the approver, or (no anchor) the JWK in the package. */
function approvalKey(approval: ManifestApproval, trust: PackageTrust | null): PublicKeyInfo | null {
  if (trust !== null) return trust.roster.keyFor(approval.approverId, approval.keyId);
  const algorithm = SIGNATURE_ALGORITHMS.find((known) => known === approval.algorithm);
  const jwk = approval.publicKeyJwk;
  if (algorithm === undefined || jwk === undefined || jwk === null) return null;
  return { algorithm, keyId: approval.keyId, publicKeyJwk: jwk };
}

function statementProblem(
  s: ApprovalStatementV2,
  approval: ManifestApproval,
  post: ManifestPost,
  signedHash: string | null,
  orgId: string,
): 'statementMismatch' | 'otherOrganisation' | 'approvalForOtherContent' | 'selfApproval' | null {
  if (s.orgId !== orgId) return 'otherOrganisation';
  if (
    s.postId !== post.id ||
    (post.revision !== null && s.revision !== post.revision) ||
    s.policyStep !== approval.policyStep ||
    s.signerProfileId !== approval.approverId ||
    s.keyId !== approval.keyId ||
    s.at !== approval.at ||
    s.contentHash !== approval.contentHash
  ) {
    return 'statementMismatch';
  }
  if (signedHash === null || s.contentHash !== signedHash || s.contentHash !== post.contentHash) {
    return 'approvalForOtherContent';
  }
  if (s.signerProfileId === s.authorId || s.signerProfileId === s.lastEditorId) return 'selfApproval';
  return null;
}

const REASONS = {
  statementMismatch: 'the signed statement names another post, revision, step, signer, key or time',
  otherOrganisation: 'signed for another organisation',
  approvalForOtherContent: 'signed for other content than the approved content in the package',
  selfApproval: 'the approver wrote or last edited the post (four eyes)',
} as const;

/** The policy's steps met by distinct people (each person counts for one step only). */
function policyMet(
  post: ManifestPost,
  counted: readonly Counted[],
  trust: PackageTrust,
  out: PackageFindings,
): void {
  const categories = new Set(counted.map(({ category }) => category));
  if (categories.size > 1) {
    const message = `the approvals of "${post.title}" name different categories`;
    out.problems.push(finding('statementMismatch', message, { postId: post.id }));
    return;
  }
  const [category = null] = categories;
  const latest = counted.reduce((last, { at }) => (at > last ? at : last), '');
  const policies = trust.roster.policiesAt(latest) ?? trust.defaultPolicies ?? DEFAULT_POLICIES;
  const policy = policyFor(category, policies);
  const used = new Set<string>();
  policy.steps.forEach((step, index) => {
    const ids = counted
      .filter((c) => c.step === index + 1 && !used.has(c.profileId))
      .filter((c) => mayApproveStep(step, { id: c.profileId, roles: c.roles }))
      .map((c) => c.profileId);
    if (!stepSatisfied(step, ids)) {
      const message =
        `"${post.title}": step ${index + 1} of ${policy.steps.length} of its approval policy is not met by ` +
        'certified, distinct people';
      out.problems.push(finding('policyNotMet', message, { postId: post.id }));
    }
    for (const id of ids) used.add(id);
  });
}

/** The post's approvals (version 3); valid ones go to `verified`, problems to `out`. */
export async function checkApprovalsV3(
  post: ManifestPost,
  signedHash: string | null,
  orgId: string,
  trust: PackageTrust | null,
  out: PackageFindings,
  verified: VerifiedApproval[],
): Promise<void> {
  const postId = post.id;
  const problem = (code: PackageProblemCode, message: string): void => {
    out.problems.push(finding(code, message, { postId }));
  };
  if (post.approvals.length === 0)
    problem('notApproved', `"${post.title}" has no signed approval in the package`);
  const seenSignatures = new Set<string>();
  const seenPeople = new Set<string>();
  const counted: Counted[] = [];
  for (const approval of post.approvals) {
    const who = approval.approverName ?? approval.approverId;
    const what = `approval of "${post.title}", step ${approval.policyStep}, by ${who}`;
    const envelope = approval.envelope;
    if (envelope === undefined || envelope === null) {
      problem('approvalOutdated', `${what}: a version 1 signature, which no longer counts; approve again`);
      continue;
    }
    const signature = envelope.signatures[0]?.sig ?? '';
    if (seenSignatures.has(signature) || seenPeople.has(approval.approverId)) {
      problem('duplicateApproval', `${what}: the same approval or approver twice (counted once)`);
      continue;
    }
    seenSignatures.add(signature);
    const key = approvalKey(approval, trust);
    if (key === null) {
      const why =
        trust === null ? 'the package does not include the public key' : 'the key is not in the roster';
      problem(trust === null ? 'keyMissing' : 'approverNotCertified', `${what}: ${why}`);
      continue;
    }
    const result = await verifyEnvelope(envelope, key, PAYLOAD_TYPES.approval);
    const parsed = result.ok ? approvalStatementV2Schema.safeParse(result.payload) : null;
    if (parsed?.success !== true) {
      problem(
        'signatureInvalid',
        `${what}: the signature does not hold (the approval or its content was changed)`,
      );
      continue;
    }
    const s = parsed.data;
    const mismatch = statementProblem(s, approval, post, signedHash, trust?.roster.orgId ?? orgId);
    if (mismatch !== null) {
      problem(mismatch, `${what}: ${REASONS[mismatch]}`);
      continue;
    }
    let roles: Role[] = [];
    if (trust !== null) {
      roles = trust.roster.rolesAt(s.signerProfileId, s.keyId, s.at);
      if (!roles.includes('approver') && !roles.includes('admin')) {
        problem(
          'approverNotCertified',
          `${what}: the key is not certified to approve at ${s.at} (or revoked)`,
        );
        continue;
      }
      const named = trust.roster.currentProfiles(s.at).find((p) => p.profileId === s.signerProfileId)?.name;
      if (named !== undefined && approval.approverName !== null && named !== approval.approverName) {
        const message = `${what}: the roster names the approver "${named}"`;
        out.warnings.push(finding('approverNameDiffers', message, { postId }));
      }
    }
    seenPeople.add(s.signerProfileId);
    counted.push({ profileId: s.signerProfileId, step: s.policyStep, roles, at: s.at, category: s.category });
    verified.push({
      postId,
      postTitle: post.title,
      policyStep: s.policyStep,
      approverId: s.signerProfileId,
      approverName: approval.approverName,
      keyId: s.keyId,
      algorithm: key.algorithm,
      certified: trust === null ? null : true,
      keyKnown: null,
    });
  }
  if (trust !== null && counted.length > 0) policyMet(post, counted, trust, out);
}
