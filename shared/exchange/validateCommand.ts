/**
 * `civic-desk validate --in <workspace file>`: exactly the checks the app's restore makes before it writes anything
 * (the format with the post form's limits, unique ids per table, media bytes of listed media, the audit chain), so
 * a file one accepts the other accepts. Prints "valid" or the first problem and its path in the file. Also the file
 * loading shared by `check`, `export`, `verify` and `verify-package`. Pure: the caller passes `readFile` (which
 * returns the file's text, decoded as strict UTF-8, or throws with one line) and prints the result.
 * Exit codes (cliUsage.ts): 0 valid, 2 invalid or unreadable file.
 */
import { EXIT, type CommandResult } from './cliUsage';
import { parseWorkspace, type Workspace } from './workspace';
import { firstIntegrityProblem } from './workspaceIntegrity';

export type { CommandResult };

export type ReadText = (file: string) => string;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One line of what a file or an error message says: control, bidi and line-breaking characters made visible as
 * `?`, at most 300 characters (a JSON parser quotes the file's bytes in its messages).
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- made visible on purpose
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
  return safe.length > 300 ? `${safe.slice(0, 300)}…` : safe;
}

/** A one-line refusal (exit 2) on stderr, and the same as JSON. */
export function inputError(rawMessage: string, file?: string, path = ''): CommandResult {
  const message = printable(rawMessage);
  const where = file === undefined ? '' : printable(path === '' ? `${file}: ` : `${file}: ${path}: `);
  return {
    exitCode: EXIT.badInput,
    stdout: '',
    stderr: `civic-desk: ${where}${message}\n`,
    json: { exitCode: EXIT.badInput, error: message, ...(file === undefined ? {} : { file, path }) },
  };
}

/** A wrong argument the parser could not know (a format name, a date), with the command's usage line. */
export function usageError(problem: string, usage: string): CommandResult {
  return { ...inputError(problem), stderr: `civic-desk: ${problem}\nUsage: ${usage}\n` };
}

/** The file's JSON, or a one-line error. The text comes decoded (a leading byte order mark already dropped). */
export function readJson(file: string, readFile: ReadText): { json: unknown } | CommandResult {
  let text: string;
  try {
    text = readFile(file);
  } catch (error) {
    return inputError(messageOf(error), file);
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return inputError(`not valid JSON (${messageOf(error)})`, file);
  }
}

/**
 * The workspace in `file`, checked as the app's restore checks it (format and integrity). With `integrity: false`
 * only the format is checked (`check` reads posts only; `verify` reports the audit trail's problems itself).
 */
export function loadWorkspace(
  file: string,
  readFile: ReadText,
  { integrity = true }: { integrity?: boolean } = {},
): { workspace: Workspace } | CommandResult {
  const read = readJson(file, readFile);
  if ('exitCode' in read) return read;
  const parsed = parseWorkspace(read.json);
  if (!parsed.ok) return inputError(parsed.message, file, parsed.path);
  if (!integrity) return { workspace: parsed.workspace };
  const problem = firstIntegrityProblem(parsed.workspace);
  if (problem !== null) return inputError(problem.message, file, problem.path);
  return { workspace: parsed.workspace };
}

export interface ValidateOptions {
  in: string;
}

export function runValidateCommand(options: ValidateOptions, readFile: ReadText): CommandResult {
  const loaded = loadWorkspace(options.in, readFile);
  if ('exitCode' in loaded) return loaded;
  const { workspace } = loaded;
  const counts = {
    posts: workspace.posts.length,
    media: workspace.media.length,
    profiles: workspace.profiles.length,
    auditEntries: workspace.audit.length,
  };
  return {
    exitCode: EXIT.ok,
    stdout: `${options.in}: valid\n`,
    stderr: '',
    json: { exitCode: EXIT.ok, file: options.in, valid: true, version: workspace.version, counts },
  };
}
