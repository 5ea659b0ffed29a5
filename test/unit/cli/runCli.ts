/**
 * Runs the real `bin/civic-desk.mjs` as a child process from the project folder, as a user would, on the bundle
 * the build writes (scripts/build-cli.mjs; `buildCliOnce` builds it for the test file first). Waits for the
 * child's `close` event, never for a fixed time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { buildCli } from '../../../scripts/build-cli.mjs';

const root = resolve(import.meta.dirname, '../../..');
const command = resolve(root, 'bin/civic-desk.mjs');
const TIME = '/usr/bin/time';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident memory in KiB (null where /usr/bin/time is not installed). */
  maxRssKiB: number | null;
}

let built: Promise<string> | null = null;

/** Builds the bundle into out/cli once per test file (the build is safe to run beside running commands). */
export function buildCliOnce(): Promise<string> {
  built ??= buildCli();
  return built;
}

export interface RunOptions {
  /** Written to the child's stdin (then closed), or a stream piped into it. */
  stdin?: string | Uint8Array | Readable;
  /** A file opened as the child's stdin (e.g. /dev/zero). */
  stdinFile?: number;
  cwd?: string;
}

/** Runs `civic-desk ...args` and resolves when the process has exited and its output is read. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const measure = existsSync(TIME);
  const [file, argv] = measure
    ? [TIME, ['-f', 'MAXRSS %M', process.execPath, command, ...args]]
    : [process.execPath, [command, ...args]];
  const child = spawn(file, argv, {
    cwd: options.cwd ?? root,
    stdio: [options.stdinFile ?? 'pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
  if (child.stdin !== null) {
    // The command may stop reading (a refused endless pipe): that is not an error of the test.
    child.stdin.on('error', () => undefined);
    const { stdin } = options;
    if (stdin === undefined) child.stdin.end();
    else if (typeof stdin === 'string' || stdin instanceof Uint8Array) child.stdin.end(stdin);
    else {
      stdin.on('error', () => undefined);
      stdin.pipe(child.stdin);
    }
  }
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      if (options.stdin !== undefined && typeof options.stdin === 'object' && 'destroy' in options.stdin) {
        options.stdin.destroy();
      }
      let stderr = Buffer.concat(err).toString('utf8');
      let maxRssKiB: number | null = null;
      if (measure) {
        // /usr/bin/time adds its own lines at the end: a non-zero exit of the command, then the figure.
        const lines = stderr.split('\n');
        while (lines.length > 0) {
          const last = lines.at(-1) ?? '';
          const rss = /^MAXRSS (\d+)$/.exec(last);
          if (rss?.[1] !== undefined) maxRssKiB = Number(rss[1]);
          else if (last !== '' && !/^Command exited with non-zero status \d+$/.test(last)) break;
          lines.pop();
        }
        stderr = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
      }
      resolvePromise({ status, stdout: Buffer.concat(out).toString('utf8'), stderr, maxRssKiB });
    });
  });
}

/** One line on stderr, no stack trace. */
export function isOneLine(text: string): boolean {
  const lines = text.trimEnd().split('\n');
  return lines.length === 1 && lines[0] !== '' && !/^\s+at /m.test(text);
}
