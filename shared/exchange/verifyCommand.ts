/**
 * `civic-desk verify --in <workspace file>`: every approval's signature against the approver's public key in the
 * workspace, whether each approved post still has the content it was approved for, and the audit trail's hash
 * chain. One line per approval and one for the chain; exit 1 on any failure, 2 for a bad file or arguments.
 */
import { contentHash } from '../approval/contentHash';
import { verifyApproval } from '../approval/signature';
import { verifyChain, type AuditProblem } from '../audit/chain';
import type { Post } from '../model/post';
import type { PublicProfile } from '../model/profile';
import type { Approval } from '../workflow/machine';
import {
  loadWorkspace,
  parseOptions,
  usageError,
  type CommandResult,
  type ReadText,
} from './validateCommand';

export const VERIFY_USAGE = 'Usage: civic-desk verify --in <workspace file>';

/** Statuses in which a post's approvals vouch for its current content. */
const APPROVED_STATUSES: readonly Post['status'][] = ['approved', 'exported', 'published'];

async function approvalLine(
  post: Post,
  approval: Approval,
  profiles: ReadonlyMap<string, PublicProfile>,
): Promise<{ ok: boolean; line: string }> {
  const profile = profiles.get(approval.profileId);
  const who = profile ? `${profile.name} (${approval.profileId})` : approval.profileId;
  const what = `approval of "${post.title}" (${post.id}), step ${approval.step + 1}, by ${who}`;
  const fail = (why: string) => ({ ok: false, line: `INVALID ${what}: ${why}` });
  const { signature } = approval;
  if (signature === undefined) return fail('not signed');
  if (!profile) return fail('the approver is not among the profiles of the file');
  if (profile.publicKey === null) return fail('the approver has no public key in the file');
  if (profile.publicKey.keyId !== signature.keyId)
    return fail(`signed with key ${signature.keyId}, which is not the approver's key`);
  if (profile.publicKey.algorithm !== signature.algorithm)
    return fail('the signature algorithm does not match the key');
  const statement = {
    postId: post.id,
    revision: signature.revision,
    contentHash: approval.contentHash,
    policyStep: approval.step + 1,
    keyId: signature.keyId,
    at: approval.at,
  };
  const result = await verifyApproval(
    statement,
    signature.value,
    profile.publicKey.publicKeyJwk,
    signature.algorithm,
  );
  if (!result.valid) {
    const reasons = {
      badSignature: 'the signature does not match (the approval or the post was changed)',
      keyMismatch: 'the signature names another key',
      malformed: 'the signature or the key is not in a usable form',
    };
    return fail(reasons[result.reason]);
  }
  if (APPROVED_STATUSES.includes(post.status) && approval.contentHash !== contentHash(post)) {
    return fail('the post was changed after this approval');
  }
  return { ok: true, line: `valid   ${what}, key ${signature.keyId}` };
}

const CHAIN_PROBLEMS: Record<AuditProblem, string> = {
  changed: 'was changed',
  missing: 'is missing',
  reordered: 'is out of order',
  brokenLink: 'does not link to the entry before it',
};

export async function runVerifyCommand(args: readonly string[], readFile: ReadText): Promise<CommandResult> {
  const options = parseOptions(args, ['in']);
  if (typeof options === 'string') return usageError(options, VERIFY_USAGE);
  const file = options.in;
  if (file === undefined) return usageError('--in is missing', VERIFY_USAGE);
  const loaded = loadWorkspace(file, readFile);
  if ('exitCode' in loaded) return loaded;
  const { workspace } = loaded;
  const profiles = new Map(workspace.profiles.map((profile) => [profile.id, profile]));
  const lines: string[] = [];
  let failed = false;
  for (const post of workspace.posts) {
    if (APPROVED_STATUSES.includes(post.status) && post.workflow.approvals.length === 0) {
      failed = true;
      lines.push(`INVALID "${post.title}" (${post.id}) is ${post.status} without any approval`);
    }
    for (const approval of post.workflow.approvals) {
      const result = await approvalLine(post, approval, profiles);
      failed ||= !result.ok;
      lines.push(result.line);
    }
  }
  const chain = verifyChain(workspace.audit);
  if (chain.ok) lines.push(`valid   audit trail (${workspace.audit.length} entries)`);
  else {
    failed = true;
    lines.push(`INVALID audit trail: entry ${chain.seq} ${CHAIN_PROBLEMS[chain.problem]}`);
  }
  return { exitCode: failed ? 1 : 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
