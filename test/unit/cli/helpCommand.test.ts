/**
 * The command line's frame as a child process: --version, --help, help COMMAND, --json, usage errors with one line
 * and exit 2, every command's --help.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/exchange/cliUsage';
import { buildCliOnce, isOneLine, runCli } from './runCli';

const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
) as {
  version: string;
};

describe('civic-desk --version, --help, help', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await buildCliOnce();
  }, 120_000);

  it('prints the version of package.json', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag]);
      expect(result).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('lists every command, the exit codes and the input limit', async () => {
    const result = await runCli(['--help']);
    expect(result.status).toBe(0);
    for (const name of COMMAND_NAMES) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(result.stdout).toContain('3  verify without --keys');
    expect(result.stdout).toContain('at most 256 MiB');
    expect((await runCli(['help'])).stdout).toBe(result.stdout);
  });

  it('prints the help of each command, by `help COMMAND` and by `COMMAND --help`', async () => {
    for (const name of COMMAND_NAMES.filter((command) => command !== 'help')) {
      const byHelp = await runCli(['help', name]);
      expect(byHelp.status).toBe(0);
      expect(byHelp.stdout).toMatch(new RegExp(`^Usage: civic-desk ${name}`, 'm'));
      expect((await runCli([name, '--help'])).stdout).toBe(byHelp.stdout);
    }
  });

  it('refuses unknown commands and options and missing values with one line and the usage, exit 2', async () => {
    const cases = [
      [[], /^civic-desk: no command given/],
      [['publish'], /^civic-desk: unknown command "publish"/],
      [['validate'], /^civic-desk: --in is missing$/m],
      [['validate', '--in'], /^civic-desk: Option '--in <value>' argument missing/],
      [['validate', '--in', 'a.json', '--size', '3'], /^civic-desk: Unknown option '--size'/],
      [['verify', '--in', 'a.json', 'b.json'], /^civic-desk: Unexpected argument 'b.json'/],
      [['export', '--in', 'a.json', '--no-keys'], /^civic-desk: /],
      [['help', 'nonsense'], /^civic-desk: unknown command "nonsense"/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr.split('\n')[0], args.join(' ')).not.toBe('');
      expect(result.stderr, args.join(' ')).not.toMatch(/^\s+at /m);
    }
  });

  it('gives bad-input errors as JSON on stdout with --json, and one line on stderr', async () => {
    const result = await runCli(['validate', '--in', 'does-not-exist.json', '--json']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ exitCode: 2, file: 'does-not-exist.json' });
    expect(isOneLine(result.stderr)).toBe(true);
  });
});
