/**
 * Bad input to the real command line, as child processes: a file over the size limit, a device, a folder, a named
 * pipe without a writer, a pipe that never ends, invalid UTF-8, deeply nested JSON and huge texts. Each ends with
 * exit 2 and one line on stderr (never a stack trace, never a hang), with memory bounded by about the size limit.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../../shared/exchange/cliUsage';
import { servicePost, variantsFor, workspaceFile } from '../../../shared/exchange/testFixtures';
import { buildCliOnce, isOneLine, runCli, type CliRun } from './runCli';

let dir = '';
let huge = '';
let valid = '';

/** About twice the size limit, plus Node itself: what "bounded" means here. */
const MEMORY_BOUND_KIB = (2 * MAX_INPUT_BYTES) / 1024 + 200 * 1024;

function expectRefused(result: CliRun, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(isOneLine(result.stderr), result.stderr).toBe(true);
  expect(result.stderr).toMatch(message);
  if (result.maxRssKiB !== null) expect(result.maxRssKiB).toBeLessThan(MEMORY_BOUND_KIB);
}

/** Zero bytes for as long as someone reads. */
function endless(): Readable {
  const chunk = Buffer.alloc(1024 * 1024, 0x7b);
  return new Readable({
    read() {
      this.push(chunk);
    },
  });
}

describe('bad input to civic-desk', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-bad-'));
    huge = join(dir, 'huge.json');
    writeFileSync(huge, '{');
    truncateSync(huge, MAX_INPUT_BYTES + 1);
    valid = join(dir, 'valid.json');
    writeFileSync(valid, JSON.stringify(workspaceFile()));
    await buildCliOnce();
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file over the size limit in every command and every file option', async () => {
    const runs = [
      ['check', huge],
      ['validate', '--in', huge],
      ['verify', '--in', huge],
      ['verify', '--in', valid, '--keys', huge],
      ['verify-package', '--in', huge],
      [
        'export',
        '--in',
        huge,
        '--keys',
        valid,
        '--format',
        'ics',
        '--from',
        '2026-12-01',
        '--to',
        '2026-12-02',
        '--out',
        join(dir, 'x.ics'),
      ],
    ];
    for (const args of runs)
      expectRefused(await runCli(args), /larger than 256 MiB, the most civic-desk reads/);
  });

  it('refuses devices and folders, also on stdin', async () => {
    expectRefused(await runCli(['validate', '--in', '/dev/zero']), /\/dev\/zero: a device, not a file/);
    expectRefused(await runCli(['check', '/dev/urandom']), /a device, not a file/);
    expectRefused(await runCli(['validate', '--in', dir]), /a folder, not a file/);
    const zero = openSync('/dev/zero', 'r');
    try {
      expectRefused(await runCli(['validate', '--in', '-'], { stdinFile: zero }), /stdin is a device/);
    } finally {
      closeSync(zero);
    }
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expectRefused(await runCli(['validate', '--in', fifo]), /a named pipe, not a file/);
  });

  it('stops reading a pipe that never ends at the size limit', async () => {
    const stream = endless();
    expectRefused(await runCli(['check', '--in', '-'], { stdin: stream }), /larger than 256 MiB/);
  });

  it('refuses invalid UTF-8 instead of replacing it', async () => {
    const text = Buffer.from(JSON.stringify(workspaceFile()), 'utf8');
    const at = text.indexOf('Bürgeramt');
    const broken = Buffer.concat([text.subarray(0, at + 1), Buffer.from([0xfc]), text.subarray(at + 3)]);
    const file = join(dir, 'latin1.json');
    writeFileSync(file, broken);
    for (const args of [
      ['validate', '--in', file],
      ['check', file],
      ['verify', '--in', file],
    ]) {
      expectRefused(
        await runCli(args),
        new RegExp(`not valid UTF-8 \\(first invalid byte at offset ${at + 1}\\)`),
      );
    }
  });

  it('answers deeply nested JSON and a huge text with one line, not a stack trace or a hang', async () => {
    const nested = join(dir, 'nested.json');
    writeFileSync(nested, `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expectRefused(await runCli(['validate', '--in', nested]), /the file is not a JSON object|not valid JSON/);
    const long = join(dir, 'long.json');
    const text = 'Bürgerbeteiligungsverfahrensdurchführungsverordnung '.repeat(200_000);
    writeFileSync(
      long,
      JSON.stringify(
        workspaceFile([
          servicePost({ text, channels: ['linkedin'], variants: variantsFor(['linkedin'], text) }),
        ]),
      ),
    );
    expectRefused(await runCli(['check', long]), /longer than 100000 characters|longer than/);
  });

  it('checks a text at the form’s limit in bounded time and memory', async () => {
    const text = 'Sehr geehrte Damen und Herren 😂 '.repeat(3_000);
    const file = join(dir, 'limit.json');
    writeFileSync(
      file,
      JSON.stringify(
        workspaceFile([
          servicePost({ text, channels: ['linkedin'], variants: variantsFor(['linkedin'], text) }),
        ]),
      ),
    );
    const result = await runCli(['check', file]);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.status);
    if (result.maxRssKiB !== null) expect(result.maxRssKiB).toBeLessThan(MEMORY_BOUND_KIB);
  });
});
