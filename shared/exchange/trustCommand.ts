/**
 * The trust evaluation behind `civic-desk verify` and `export` (docs/trust.md): the anchor comes from OUTSIDE the
 * file checked (`--keys`: an exported roster file or a workspace file of the office's own desk; its root key), the
 * roster entries of both are verified against that root (shared/trust verifyRoster), every post's approval is
 * derived (deriveApproval: signatures over the current content, four eyes, roles and revocation when signing, the
 * category's policy steps by distinct people, the approve entry in the audit trail), and the audit trail must
 * reach every anchor the roster and the verified approvals carry (not cut, emptied or rewritten).
 *
 * Approval policies come from the roster (signed). Where the roster holds none yet, the trusted workspace's
 * settings decide; only without such a file the checked file's own settings do (and the output says so).
 */
import { buildAuditIndex, verifyAuditAnchors, type AnchorVerification } from '../audit/anchors';
import type { ChainHead } from '../audit/chain';
import type { PublicKeyInfo } from '../model/profile';
import { deriveApproval, type ApprovalVerdict } from '../trust/deriveApproval';
import { keyFingerprint } from '../trust/fingerprint';
import { sameKey } from '../trust/keys';
import { trustMessagesEn } from '../trust/messages';
import type { ApprovalProblem } from '../trust/problems';
import { parseRosterFile, ROSTER_FILE_FORMAT } from '../trust/rosterFile';
import { verifyRoster, type RosterProblem, type VerifiedRoster } from '../trust/verifyRoster';
import type { ApprovalPolicies } from '../workflow/policy';
import type { CommandResult } from './cliUsage';
import { inputError, readJson, type ReadText } from './validateCommand';
import { parseWorkspace, type Workspace } from './workspace';

/** Where trust comes from: a root key and the roster entries that came with it. */
export interface TrustAnchor {
  /** The file it was read from (`--keys`), or null when the checked file anchors itself (unanchored). */
  source: string | null;
  root: PublicKeyInfo;
  entries: readonly unknown[];
  /** Approval policies of a trusted workspace's settings (used while the roster holds none). */
  settingsPolicies: ApprovalPolicies | null;
}

/** Reads `--keys`: an exported roster file (format civic-desk-roster) or a workspace file with a roster. */
export function loadAnchor(file: string, readFile: ReadText): TrustAnchor | CommandResult {
  const read = readJson(file, readFile);
  if ('exitCode' in read) return read;
  const { json } = read;
  const format = typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
  if (format === ROSTER_FILE_FORMAT) {
    const parsed = parseRosterFile(json);
    if (!parsed.ok) return inputError(`not a valid roster file (${parsed.error})`, file);
    return { source: file, root: parsed.file.root, entries: parsed.file.entries, settingsPolicies: null };
  }
  const parsed = parseWorkspace(json);
  if (!parsed.ok) {
    return inputError(`--keys needs a roster file or a workspace file: ${parsed.message}`, file, parsed.path);
  }
  const { roster } = parsed.workspace;
  if (roster === null) {
    return inputError(
      'holds no organisation root key (the desk has no roster yet): it cannot anchor trust',
      file,
    );
  }
  return {
    source: file,
    root: roster.root,
    entries: roster.entries,
    settingsPolicies: parsed.workspace.settings.workflow.policies,
  };
}

export interface PostEvaluation {
  postId: string;
  title: string;
  status: string;
  verdict: ApprovalVerdict;
}

export interface TrustEvaluation {
  anchor: TrustAnchor | null;
  roster: VerifiedRoster | null;
  /** Human-readable failures of the file as a whole (roster, root, audit trail); empty when none. */
  fileProblems: string[];
  rosterProblems: readonly RosterProblem[];
  anchors: AnchorVerification;
  /** Where the policies came from. */
  policiesFrom: 'roster' | 'trusted settings' | 'file settings';
  posts: PostEvaluation[];
}

/** `{{name}}` placeholders filled in. */
function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function approvalProblemText(problem: ApprovalProblem): string {
  return fill(trustMessagesEn.problems[problem.code], problem.params);
}

export function rosterProblemText(problem: RosterProblem): string {
  const entry = problem.entryId === null ? '' : ` (entry ${problem.entryId.slice(0, 12)})`;
  return `${fill(trustMessagesEn.roster[problem.code], problem.params)}${entry}`;
}

function anchorText(result: AnchorVerification): string | null {
  return result.ok ? null : fill(trustMessagesEn.anchors[result.problem], { seq: result.seq });
}

/** Roster entries of the anchor and of the file, each once (by content address). */
function unionEntries(anchor: TrustAnchor, workspace: Workspace): unknown[] {
  const seen = new Set<string>();
  const all: unknown[] = [];
  for (const entry of [...anchor.entries, ...(workspace.roster?.entries ?? [])]) {
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : null;
    if (id !== null && seen.has(id)) continue;
    if (id !== null) seen.add(id);
    all.push(entry);
  }
  return all;
}

/**
 * Evaluates the workspace against the anchor (`null`: the file's own roster, i.e. unanchored). Never throws for
 * hostile content: everything wrong becomes a problem.
 */
export async function evaluateTrust(
  workspace: Workspace,
  anchor: TrustAnchor | null,
): Promise<TrustEvaluation> {
  const fileProblems: string[] = [];
  const own = workspace.roster;
  const effective: TrustAnchor | null =
    anchor ?? (own === null ? null : { source: null, root: own.root, entries: [], settingsPolicies: null });
  const audit = buildAuditIndex(workspace.audit);
  if (effective === null) {
    fileProblems.push('the file holds no organisation root key and roster: no approval can be verified');
  } else if (own !== null && !sameKey(own.root, effective.root)) {
    fileProblems.push(
      `the file's organisation root key (${own.root.keyId}) is not the trusted one (${effective.root.keyId})`,
    );
  }
  const roster =
    effective === null ? null : await verifyRoster(unionEntries(effective, workspace), effective.root);
  const rosterPolicies = roster?.policiesAt('9999-12-31T23:59:59.999Z') ?? null;
  const policiesFrom =
    rosterPolicies !== null
      ? 'roster'
      : effective?.settingsPolicies != null
        ? 'trusted settings'
        : 'file settings';
  const defaultPolicies = effective?.settingsPolicies ?? workspace.settings.workflow.policies;
  const posts: PostEvaluation[] = [];
  const anchors: ChainHead[] = [...(roster?.anchors() ?? [])];
  for (const post of workspace.posts) {
    const verdict: ApprovalVerdict =
      roster === null
        ? noRosterVerdict(post.status)
        : await deriveApproval(post, { roster, audit, defaultPolicies });
    anchors.push(...verdict.anchors);
    posts.push({ postId: post.id, title: post.title, status: post.status, verdict });
  }
  const anchorResult = verifyAuditAnchors(audit, anchors);
  const anchorProblem = anchorText(anchorResult);
  if (anchorProblem !== null) fileProblems.push(`audit trail: ${anchorProblem}`);
  return {
    anchor: effective,
    roster,
    fileProblems,
    rosterProblems: roster?.problems ?? [],
    anchors: anchorResult,
    policiesFrom,
    posts,
  };
}

function noRosterVerdict(status: string): ApprovalVerdict {
  return {
    approved: false,
    problems: [{ code: 'unknownKey', params: { status, step: 1 } }],
    counted: [],
    policy: { steps: [] },
    policyMet: false,
    anchors: [],
  };
}

export interface PostVerdict {
  approved: boolean;
  reasons: string[];
}

/**
 * What `export` needs: per post whether its approval holds against `--keys`. A file that fails as a whole (another
 * root, a cut or rewritten trail, a forged roster entry) confirms no post.
 */
export async function trustedVerdicts(
  workspace: Workspace,
  keysFile: string,
  readFile: ReadText,
): Promise<{ verdicts: Map<string, PostVerdict>; evaluation: TrustEvaluation } | CommandResult> {
  const anchor = loadAnchor(keysFile, readFile);
  if ('exitCode' in anchor) return anchor;
  const evaluation = await evaluateTrust(workspace, anchor);
  const whole = [...evaluation.fileProblems, ...evaluation.rosterProblems.map(rosterProblemText)];
  const verdicts = new Map<string, PostVerdict>();
  for (const { postId, verdict } of evaluation.posts) {
    const reasons = [...whole, ...verdict.problems.map(approvalProblemText)];
    verdicts.set(postId, { approved: verdict.approved && whole.length === 0, reasons });
  }
  return { verdicts, evaluation };
}

export function fingerprintOf(key: PublicKeyInfo): string {
  return keyFingerprint(key) ?? key.keyId;
}
