/**
 * `civic-desk validate --in <workspace file>`: "valid", or the first problem and its path in the file. Also the
 * argument parsing and file loading shared by `export` and `verify`. Pure: the caller passes `readFile` (which
 * throws when it cannot read) and prints the result. Exit codes: 0 valid, 2 invalid or unreadable file or wrong
 * arguments.
 */
import type { CommandResult } from './checkCommand';
import { parseWorkspace, type Workspace } from './workspace';

export type { CommandResult };

export type ReadText = (file: string) => string;

/** `--name value` and `--name=value` pairs; every option once; no positional arguments. */
export function parseOptions(
  args: readonly string[],
  known: readonly string[],
): Record<string, string> | string {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) return `unexpected argument "${arg}"`;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg.slice(2), undefined];
    if (!known.includes(name)) return `unknown option "--${name}"`;
    if (Object.hasOwn(options, name)) return `--${name} given twice`;
    let value = inline;
    if (value === undefined) {
      index += 1;
      value = args[index];
    }
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return `--${name} needs a value`;
    }
    options[name] = value;
  }
  return options;
}

export function usageError(problem: string, usage: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `civic-desk: ${problem}\n${usage}\n` };
}

function fileError(file: string, path: string, message: string): CommandResult {
  const where = path === '' ? file : `${file}: ${path}`;
  return { exitCode: 2, stdout: '', stderr: `civic-desk: ${where}: ${message}\n` };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file's JSON (BOM tolerated), or a one-line error. */
export function readJson(file: string, readFile: ReadText): { json: unknown } | CommandResult {
  let text: string;
  try {
    text = readFile(file);
  } catch (error) {
    return fileError(file, '', `cannot read the file (${messageOf(error)})`);
  }
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return fileError(file, '', `not valid JSON (${messageOf(error)})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The workspace in `file`, checked against the format. An optional `mediaFiles` list (media bytes, added to the
 * format by the backup work) is accepted whether or not the format's schema knows it yet; it is returned raw.
 */
export function loadWorkspace(
  file: string,
  readFile: ReadText,
): { workspace: Workspace; mediaFiles: unknown } | CommandResult {
  const read = readJson(file, readFile);
  if ('exitCode' in read) return read;
  const { json } = read;
  let parsed = parseWorkspace(json);
  const mediaFiles = isRecord(json) ? json.mediaFiles : undefined;
  // A format that does not know `mediaFiles` yet refuses it as an unknown key (not under `mediaFiles`).
  if (!parsed.ok && !parsed.path.startsWith('mediaFiles') && isRecord(json) && mediaFiles !== undefined) {
    const { mediaFiles: _bytes, ...rest } = json;
    const without = parseWorkspace(rest);
    if (without.ok) parsed = without;
  }
  if (!parsed.ok) return fileError(file, parsed.path, parsed.message);
  return { workspace: parsed.workspace, mediaFiles };
}

export const VALIDATE_USAGE = 'Usage: civic-desk validate --in <workspace file>';

export function runValidateCommand(args: readonly string[], readFile: ReadText): CommandResult {
  const options = parseOptions(args, ['in']);
  if (typeof options === 'string') return usageError(options, VALIDATE_USAGE);
  const file = options.in;
  if (file === undefined) return usageError('--in is missing', VALIDATE_USAGE);
  const loaded = loadWorkspace(file, readFile);
  if ('exitCode' in loaded) return loaded;
  return { exitCode: 0, stdout: `${file}: valid\n`, stderr: '' };
}
