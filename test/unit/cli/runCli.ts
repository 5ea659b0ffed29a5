/** Runs the real `bin/civic-desk.mjs` as a child process from the project folder, as a user would. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const command = resolve(root, 'bin/civic-desk.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Each run starts Node and compiles the TypeScript sources with tsx: a generous timeout on a busy machine. */
export function runCli(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [command, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
