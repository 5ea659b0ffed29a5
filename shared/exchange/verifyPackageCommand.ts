/**
 * `civic-desk verify-package --in <publish package ZIP> [--keys <trusted>] [--allow-unsigned]`: checks a publish
 * package someone received (shared/export/verifyPackage.ts): the signed manifest, every file against it, every
 * approval. `--keys` is the office's own trust anchor (an exported roster file or a workspace file of the desk): its
 * root key and roster decide whether the package's signer and approvers were certified. Unsigned and older
 * packages are refused unless `--allow-unsigned`. One line per problem, warning, left-out network and approval,
 * then a summary.
 *
 * Exit codes: 0 trusted (signed, every check holds against `--keys`); 1 problems; 2 wrong arguments or a file that
 * cannot be read as a publish package (not a ZIP, refused as ambiguous or unsafe, no valid manifest) or an
 * unreadable `--keys` file; 3 no problems, but not trusted: no `--keys` (UNANCHORED) or an unsigned package read
 * with `--allow-unsigned`. Pure: the caller passes the readers, which throw with one line when they cannot.
 */
import { CHANNEL_NAMES } from '../model/channels';
import {
  verifyPublishPackage,
  type PackageFinding,
  type PackageTrust,
  type PackageVerification,
} from '../export/verifyPackage';
import { printableName } from '../export/zipEntryNames';
import { verifyRoster } from '../trust/verifyRoster';
import { ORGANISATION_DEFAULT_POLICY } from '../workflow/policy';
import { COMMANDS, EXIT, type CommandResult } from './cliUsage';
import { loadAnchor } from './trustCommand';
import { inputError } from './validateCommand';

export type ReadBytes = (file: string) => Uint8Array;

export const VERIFY_PACKAGE_USAGE = COMMANDS['verify-package'].usage;

export interface VerifyPackageOptions {
  in: string;
  keys?: string | undefined;
  /** Check unsigned and older packages instead of refusing them (never trusted). */
  allowUnsigned?: boolean;
}

/** Codes after which nothing else could be checked: the file is not a readable publish package. */
const UNREADABLE = new Set(['unreadable', 'manifestMissing', 'manifestInvalid']);

function where(finding: PackageFinding<string>): string {
  return finding.path === null ? '' : `${finding.path}: `;
}

/** One line of output, with control characters and bidi overrides from the package made visible. */
const line = (text: string): string => printableName(text);

/** The trust anchor of `--keys`: its roster verified against its own root (which is the point of `--keys`). */
async function packageTrust(
  file: string,
  readText: (file: string) => string,
): Promise<PackageTrust | CommandResult> {
  const anchor = loadAnchor(file, readText);
  if ('exitCode' in anchor) return anchor;
  const roster = await verifyRoster(anchor.entries, anchor.root);
  return {
    roster,
    defaultPolicies: anchor.settingsPolicies ?? { default: ORGANISATION_DEFAULT_POLICY, byCategory: {} },
  };
}

function approvalLine(approval: PackageVerification['approvals'][number]): string {
  const certified =
    approval.certified === true
      ? ' (certified by the trusted roster)'
      : approval.certified === false
        ? ' (NOT certified by the trusted roster)'
        : approval.keyKnown === true
          ? ' (matches the workspace)'
          : '';
  return (
    `${approval.certified === false ? 'INVALID' : 'valid  '} approval of "${approval.postTitle}" ` +
    `(${approval.postId}), step ${approval.policyStep}, by ${approval.approverName ?? 'unknown'}, ` +
    `key ${approval.keyId}${certified}`
  );
}

function outputLines(result: PackageVerification, keysFile: string | undefined): string[] {
  const lines = [
    ...result.problems.map((problem) => `INVALID ${where(problem)}${problem.message}`),
    ...result.warnings.map((warning) => `WARNING ${where(warning)}${warning.message}`),
    ...result.omitted.map(
      (post) =>
        `note    "${post.postTitle}" (${post.postId}) is approved for ` +
        `${post.channels.map((channel) => CHANNEL_NAMES[channel]).join(', ')} too; this package leaves ` +
        `${post.channels.length === 1 ? 'it' : 'them'} out`,
    ),
    ...result.approvals.map(approvalLine),
  ];
  if (result.signer !== null) {
    const { signer } = result;
    lines.push(
      `${signer.certified === false ? 'INVALID' : 'valid  '} package signed by ${signer.name} ` +
        `(${signer.profileId}), key ${signer.keyId}` +
        (signer.certified === true ? ' (certified by the trusted roster)' : ''),
    );
  }
  const { summary } = result;
  lines.push(
    `${result.ok ? 'valid  ' : result.problems.length > 0 ? 'INVALID' : 'note   '} package (version ` +
      `${result.version ?? '?'}): ${summary.posts} post(s); ` +
      `${summary.filesVerified} of ${summary.files} file(s) match the manifest; ` +
      `${summary.approvalsVerified} of ${summary.approvals} approval(s) verified; ` +
      `${summary.postsConfirmed} of ${summary.posts} post(s) match their approved content`,
  );
  if (result.approvals.length > 0 && keysFile === undefined) {
    lines.push(
      'The public keys come with the package: pass --keys with the roster or a workspace file of your own desk ' +
        'to know whose they are.',
    );
  }
  return lines;
}

const STATUS_LINES: Record<PackageVerification['status'], string> = {
  trusted: 'TRUSTED',
  unanchored:
    'UNANCHORED (no --keys: the keys come with the package and prove nothing about who they belong to)',
  unsigned: 'UNSIGNED (read only because of --allow-unsigned)',
  invalid: 'INVALID',
};

const EXIT_OF: Record<PackageVerification['status'], CommandResult['exitCode']> = {
  trusted: EXIT.ok,
  unanchored: EXIT.unanchored,
  unsigned: EXIT.unanchored,
  invalid: EXIT.failed,
};

export async function runVerifyPackageCommand(
  options: VerifyPackageOptions,
  readFile: ReadBytes,
  readText: (file: string) => string,
): Promise<CommandResult> {
  const file = options.in;
  const keysFile = options.keys;
  let trust: PackageTrust | null = null;
  if (keysFile !== undefined) {
    const read = await packageTrust(keysFile, readText);
    if ('exitCode' in read) return read;
    trust = read;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFile(file);
  } catch (error) {
    return inputError(error instanceof Error ? error.message : String(error), file);
  }
  const result = await verifyPublishPackage(bytes, { trust, allowUnsigned: options.allowUnsigned === true });
  const [first] = result.problems;
  if (first !== undefined && UNREADABLE.has(first.code)) {
    return inputError(line(`not a readable publish package: ${where(first)}${first.message}`), file);
  }
  const lines = outputLines(result, keysFile);
  lines.push(`${STATUS_LINES[result.status]} ${file}`);
  const exitCode = EXIT_OF[result.status];
  return {
    exitCode,
    stdout: `${lines.map(line).join('\n')}\n`,
    stderr: '',
    json: {
      exitCode,
      file,
      status: result.status,
      ok: result.ok,
      version: result.version,
      signer: result.signer,
      keys: keysFile ?? null,
      problems: result.problems,
      warnings: result.warnings,
      omitted: result.omitted,
      approvals: result.approvals,
      summary: result.summary,
    },
  };
}
