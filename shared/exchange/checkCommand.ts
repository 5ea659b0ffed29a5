/**
 * `civic-desk check <workspace file> [--format json|text]`, without the file system: the caller passes a function
 * that reads the file (and throws when it cannot) and prints what comes back. Exit codes: 0 no blocking finding,
 * 1 at least one blocking finding, 2 unreadable or invalid file, or wrong arguments.
 */
import { checkWorkspace, formatFindingsText, summarise, type CheckSummary } from './checkWorkspace';
import { parseWorkspace } from './workspace';

export interface CommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = 'Usage: civic-desk check <workspace file> [--format json|text]';

type OutputFormat = 'json' | 'text';

/** `2 Beiträge geprüft: 1 blockierender Befund, 3 Warnungen.` */
export function summaryLineDe(summary: CheckSummary): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return (
    `${plural(summary.posts, 'Beitrag', 'Beiträge')} geprüft: ` +
    `${plural(summary.blocking, 'blockierender Befund', 'blockierende Befunde')}, ` +
    `${plural(summary.warnings, 'Warnung', 'Warnungen')}.`
  );
}

function usageError(problem: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `civic-desk: ${problem}\n${USAGE}\n` };
}

function fileError(file: string, path: string, message: string): CommandResult {
  const where = path === '' ? file : `${file}: ${path}`;
  return { exitCode: 2, stdout: '', stderr: `civic-desk: ${where}: ${message}\n` };
}

function parseArgs(args: readonly string[]): { file: string; format: OutputFormat } | string {
  const [command, ...rest] = args;
  if (command !== 'check') return command === undefined ? 'no command given' : `unknown command "${command}"`;
  let file: string | undefined;
  let format: OutputFormat = 'json';
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    let value: string | undefined;
    if (arg === '--format') {
      index += 1;
      value = rest[index];
    } else if (arg.startsWith('--format=')) {
      value = arg.slice('--format='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else if (file === undefined) {
      file = arg;
      continue;
    } else {
      return `more than one file given ("${file}", "${arg}")`;
    }
    if (value !== 'json' && value !== 'text') return '--format must be json or text';
    format = value;
  }
  if (file === undefined) return 'no workspace file given';
  return { file, format };
}

/**
 * Runs the command; `readFile` returns the file's text (UTF-8) or throws. `now` (the caller's clock) is the day
 * an unscheduled post's consents must hold.
 */
export function runCheckCommand(
  args: readonly string[],
  readFile: (file: string) => string,
  now: Date,
): CommandResult {
  const parsedArgs = parseArgs(args);
  if (typeof parsedArgs === 'string') return usageError(parsedArgs);
  const { file, format } = parsedArgs;

  let text: string;
  try {
    text = readFile(file);
  } catch (error) {
    return fileError(
      file,
      '',
      `cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fileError(file, '', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = parseWorkspace(json);
  if (!parsed.ok) return fileError(file, parsed.path, parsed.message);

  const results = checkWorkspace(parsed.workspace, now);
  const summary = summarise(results);
  const exitCode = summary.blocking > 0 ? 1 : 0;
  if (format === 'json') {
    return { exitCode, stdout: `${JSON.stringify({ posts: results, summary }, null, 2)}\n`, stderr: '' };
  }
  const lines = formatFindingsText(results);
  lines.push(summaryLineDe(summary));
  return { exitCode, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
