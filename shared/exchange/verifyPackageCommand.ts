/**
 * `civic-desk verify-package --in <publish package ZIP> [--keys <workspace file>]`: checks a publish package
 * someone received (shared/export/verifyPackage.ts): the files against the manifest's SHA-256 and (version 2)
 * against the approved content the manifest carries, the approvals' signatures against the public keys in the
 * package. With `--keys`, every approval's key must also be its approver's public key in that workspace file
 * (a key swapped in the package is caught); without it, the key ids are printed with a note to compare them.
 * One line per problem, warning, left-out network and valid approval, then a summary. Exit 0 when nothing is
 * wrong (warnings allowed), 1 for problems, 2 for wrong arguments or a file that cannot be read as a publish
 * package (not a ZIP, a ZIP refused as unsafe, no or no valid manifest) or an unreadable workspace file. Pure:
 * the caller passes `readFile`, which throws when it cannot.
 */
import { strFromU8 } from 'fflate';
import { CHANNEL_NAMES } from '../model/channels';
import {
  verifyPublishPackage,
  type KnownApproverKey,
  type PackageFinding,
  type PackageVerification,
} from '../export/verifyPackage';
import { printableName } from '../export/zipEntryNames';
import { loadWorkspace, parseOptions, usageError, type CommandResult } from './validateCommand';

export type ReadBytes = (file: string) => Uint8Array;

export const VERIFY_PACKAGE_USAGE =
  'Usage: civic-desk verify-package --in <publish package ZIP> [--keys <workspace file>]';

/** Codes after which nothing else could be checked: the file is not a readable publish package. */
const UNREADABLE = new Set(['unreadable', 'manifestMissing', 'manifestInvalid']);

function where(finding: PackageFinding<string>): string {
  return finding.path === null ? '' : `${finding.path}: `;
}

/** One line of output, with control characters and bidi overrides from the package made visible. */
const line = (text: string): string => printableName(text);

/** The approvers' public keys of the workspace file, or the error result when it cannot be read. */
function workspaceKeys(file: string, readFile: ReadBytes): KnownApproverKey[] | CommandResult {
  const loaded = loadWorkspace(file, (name) => strFromU8(readFile(name)));
  if ('exitCode' in loaded) return loaded;
  return loaded.workspace.profiles.flatMap((profile) =>
    profile.publicKey === null
      ? []
      : [
          {
            approverId: profile.id,
            keyId: profile.publicKey.keyId,
            publicKeyJwk: profile.publicKey.publicKeyJwk,
          },
        ],
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
    ...result.approvals.map(
      (approval) =>
        `valid   approval of "${approval.postTitle}" (${approval.postId}), step ${approval.policyStep}, ` +
        `by ${approval.approverName ?? 'unknown'}, key ${approval.keyId}` +
        (approval.keyKnown === true ? ' (matches the workspace)' : ''),
    ),
  ];
  const { summary } = result;
  lines.push(
    `${result.ok ? 'valid  ' : 'INVALID'} package (version ${result.version ?? '?'}): ${summary.posts} post(s); ` +
      `${summary.filesVerified} of ${summary.files} file(s) match the manifest; ` +
      `${summary.approvalsVerified} of ${summary.approvals} approval(s) verified; ` +
      `${summary.postsConfirmed} of ${summary.posts} post(s) match their approved content`,
  );
  if (result.approvals.length > 0 && keysFile === undefined) {
    lines.push(
      'The public keys come with the package: compare the key ids with those of your approvers ' +
        '(or pass --keys <workspace file>).',
    );
  }
  return lines;
}

export async function runVerifyPackageCommand(
  args: readonly string[],
  readFile: ReadBytes,
): Promise<CommandResult> {
  const options = parseOptions(args, ['in', 'keys']);
  if (typeof options === 'string') return usageError(options, VERIFY_PACKAGE_USAGE);
  const file = options.in;
  if (file === undefined) return usageError('--in is missing', VERIFY_PACKAGE_USAGE);
  const keysFile = options.keys;
  let knownKeys: KnownApproverKey[] | undefined;
  if (keysFile !== undefined) {
    const keys = workspaceKeys(keysFile, readFile);
    if (!Array.isArray(keys)) return keys;
    knownKeys = keys;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFile(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 2, stdout: '', stderr: `civic-desk: ${file}: cannot read the file (${message})\n` };
  }
  const result = await verifyPublishPackage(bytes, {}, knownKeys === undefined ? {} : { knownKeys });
  const [first] = result.problems;
  if (first !== undefined && UNREADABLE.has(first.code)) {
    const what = `not a readable publish package: ${where(first)}${first.message}`;
    return { exitCode: 2, stdout: '', stderr: `${line(`civic-desk: ${file}: ${what}`)}\n` };
  }
  const lines = outputLines(result, keysFile);
  return { exitCode: result.ok ? 0 : 1, stdout: `${lines.map(line).join('\n')}\n`, stderr: '' };
}
