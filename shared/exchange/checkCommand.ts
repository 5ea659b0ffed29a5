/**
 * `civic-desk check --in <workspace file> [--format json|text]` (also `check <file>`), without the file system: the
 * caller passes the parsed options and a function that reads the file (strict UTF-8; throws with one line when it
 * cannot) and prints what comes back. Exit codes: 0 no blocking finding, 1 at least one blocking finding, 2
 * unreadable or invalid file, or wrong arguments. The check engine is linear in the text's length and the
 * workspace format caps every text, so a huge file is refused or checked in bounded time.
 */
import { checkWorkspace, formatFindingsText, summarise, type CheckSummary } from './checkWorkspace';
import { COMMANDS, EXIT, type CommandResult } from './cliUsage';
import { loadWorkspace, usageError, type ReadText } from './validateCommand';

export type { CommandResult };

export const USAGE = COMMANDS.check.usage;

export type OutputFormat = 'json' | 'text';

export interface CheckOptions {
  in: string;
  /** json (default) or text; anything else is refused. */
  format?: string;
}

/** `2 Beiträge geprüft: 1 blockierender Befund, 3 Warnungen.` */
export function summaryLineDe(summary: CheckSummary): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return (
    `${plural(summary.posts, 'Beitrag', 'Beiträge')} geprüft: ` +
    `${plural(summary.blocking, 'blockierender Befund', 'blockierende Befunde')}, ` +
    `${plural(summary.warnings, 'Warnung', 'Warnungen')}.`
  );
}

/**
 * Runs the command; `readFile` returns the file's text or throws. `now` (the caller's clock) is the day an
 * unscheduled post's consents must hold.
 */
export function runCheckCommand(options: CheckOptions, readFile: ReadText, now: Date): CommandResult {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'text') return usageError('--format must be json or text', USAGE);
  const loaded = loadWorkspace(options.in, readFile, { integrity: false });
  if ('exitCode' in loaded) return loaded;

  const results = checkWorkspace(loaded.workspace, now);
  const summary = summarise(results);
  const exitCode = summary.blocking > 0 ? EXIT.failed : EXIT.ok;
  const json = { posts: results, summary };
  if (format === 'json') {
    return { exitCode, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '', json };
  }
  const lines = formatFindingsText(results);
  lines.push(summaryLineDe(summary));
  return { exitCode, stdout: `${lines.join('\n')}\n`, stderr: '', json };
}
