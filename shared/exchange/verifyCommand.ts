/**
 * `civic-desk verify --in <workspace file> --keys <trusted>`: whether the file's approvals hold against the office's
 * own roster (trustCommand.ts): per post that claims approval, whether the derived verdict confirms it (signatures
 * over the current content, four eyes, roles and revocation when signing, the category's policy steps by distinct
 * people, the approve entries in the audit trail); the roster entries the file brings; the audit trail against
 * every anchor. One line per finding; then a summary.
 *
 * Exit codes: 0 every claim holds against `--keys` (TRUSTED); 1 anything fails; 2 bad input or arguments; 3 the
 * file holds together against its own roster, but nothing outside it vouches for it (no `--keys`: UNANCHORED).
 */
import { APPROVED_STATUSES } from '../trust/deriveApproval';
import { COMMANDS, EXIT, type CommandResult } from './cliUsage';
import {
  approvalProblemText,
  evaluateTrust,
  fingerprintOf,
  loadAnchor,
  rosterProblemText,
  type PostEvaluation,
  type TrustEvaluation,
} from './trustCommand';
import { loadWorkspace, printable, type ReadText } from './validateCommand';
import type { Workspace } from './workspace';
import { firstIntegrityProblem } from './workspaceIntegrity';

export { trustedVerdicts, type PostVerdict } from './trustCommand';

export const VERIFY_USAGE = COMMANDS.verify.usage;

export interface VerifyOptions {
  in: string;
  keys?: string | undefined;
}

const claimsApproval = (status: string): boolean => (APPROVED_STATUSES as readonly string[]).includes(status);

function postName(post: PostEvaluation): string {
  return `"${printable(post.title)}" (${printable(post.postId)})`;
}

/** The lines of one post: a claim of approval that fails is INVALID; problems of unclaimed posts are notes. */
function postLines(
  post: PostEvaluation,
  names: ReadonlyMap<string, string>,
): { failed: boolean; lines: string[] } {
  const { verdict } = post;
  const claimed = claimsApproval(post.status);
  if (claimed && verdict.approved) {
    const by = verdict.counted.map(
      (approval) => `step ${approval.step + 1} by ${names.get(approval.profileId) ?? approval.profileId}`,
    );
    return { failed: false, lines: [`valid   ${postName(post)} is approved: ${by.join(', ')}`] };
  }
  if (claimed) {
    const reasons = verdict.problems.map(approvalProblemText);
    return {
      failed: true,
      lines: [`INVALID ${postName(post)} is marked ${post.status} but not approved: ${reasons.join(' ')}`],
    };
  }
  const approvalProblems = verdict.problems.filter(
    (problem) => problem.code !== 'stepsMissing' && problem.code !== 'statusNotApproved',
  );
  if (approvalProblems.length === 0) return { failed: false, lines: [] };
  return {
    failed: false,
    lines: [
      `note    ${postName(post)} (${post.status}): ${approvalProblems.map(approvalProblemText).join(' ')}`,
    ],
  };
}

function integrityLines(workspace: Workspace): string[] {
  const problem = firstIntegrityProblem(workspace);
  return problem === null ? [] : [`INVALID ${problem.path}: ${printable(problem.message)}`];
}

function evaluationJson(file: string, evaluation: TrustEvaluation, exitCode: number, anchored: boolean) {
  return {
    exitCode,
    file,
    keys: evaluation.anchor?.source ?? null,
    anchored,
    trusted: exitCode === EXIT.ok,
    orgId: evaluation.roster?.orgId ?? null,
    rootFingerprint: evaluation.anchor === null ? null : fingerprintOf(evaluation.anchor.root),
    policiesFrom: evaluation.policiesFrom,
    problems: evaluation.fileProblems,
    roster: {
      accepted: evaluation.roster?.accepted.length ?? 0,
      problems: evaluation.rosterProblems.map((problem) => ({
        ...problem,
        message: rosterProblemText(problem),
      })),
    },
    posts: evaluation.posts.map((post) => ({
      id: post.postId,
      title: post.title,
      status: post.status,
      approved: post.verdict.approved,
      counted: post.verdict.counted,
      problems: post.verdict.problems.map((problem) => ({
        ...problem,
        message: approvalProblemText(problem),
      })),
    })),
  };
}

export async function runVerifyCommand(options: VerifyOptions, readFile: ReadText): Promise<CommandResult> {
  const file = options.in;
  // The audit chain and duplicate ids are findings here (exit 1), not a refusal of the file.
  const loaded = loadWorkspace(file, readFile, { integrity: false });
  if ('exitCode' in loaded) return loaded;
  const { workspace } = loaded;
  let anchor = null;
  if (options.keys !== undefined) {
    const read = loadAnchor(options.keys, readFile);
    if ('exitCode' in read) return read;
    anchor = read;
  }
  const evaluation = await evaluateTrust(workspace, anchor);
  const names = new Map(
    (evaluation.roster?.currentProfiles('9999-12-31T23:59:59.999Z') ?? []).map((profile) => [
      profile.profileId,
      `${printable(profile.name)} (${printable(profile.profileId)})`,
    ]),
  );
  const lines: string[] = [];
  let failed = false;
  for (const problem of evaluation.fileProblems) {
    failed = true;
    lines.push(`INVALID ${printable(problem)}`);
  }
  for (const problem of evaluation.rosterProblems) {
    failed = true;
    lines.push(`INVALID roster: ${rosterProblemText(problem)}`);
  }
  const integrity = integrityLines(workspace);
  failed ||= integrity.length > 0;
  lines.push(...integrity);
  for (const post of evaluation.posts) {
    const result = postLines(post, names);
    failed ||= result.failed;
    lines.push(...result.lines);
  }
  if (evaluation.anchors.ok) {
    lines.push(`valid   audit trail (${workspace.audit.length} entries, every anchor holds)`);
  }
  const anchored = options.keys !== undefined;
  const root = evaluation.anchor === null ? null : fingerprintOf(evaluation.anchor.root);
  const claims = evaluation.posts.filter((post) => claimsApproval(post.status)).length;
  let exitCode: CommandResult['exitCode'];
  if (failed) {
    exitCode = EXIT.failed;
    lines.push(
      `INVALID ${file}: not every approval holds${anchored ? '' : ' (and the check is UNANCHORED)'}`,
    );
  } else if (!anchored) {
    exitCode = EXIT.unanchored;
    lines.push(
      `UNANCHORED ${file}: consistent with its own roster (root ${root ?? 'none'}), but nothing outside the ` +
        'file vouches for it; pass --keys with a roster or workspace file of your own desk',
    );
  } else {
    exitCode = EXIT.ok;
    lines.push(
      `TRUSTED ${file}: ${claims} approved post(s) hold against the roster of ${options.keys ?? ''} ` +
        `(root ${root ?? 'none'}); policies from the ${evaluation.policiesFrom}`,
    );
  }
  return {
    exitCode,
    stdout: `${lines.join('\n')}\n`,
    stderr: '',
    json: evaluationJson(file, evaluation, exitCode, anchored),
  };
}
