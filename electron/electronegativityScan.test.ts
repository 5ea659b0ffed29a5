/**
 * scripts/electronegativity.mjs, run as CI runs it (a child process): it fails on findings the allow-list does not
 * name, passes on reviewed ones, and needs no network. Scans `electron/` and small fixtures only, so no build is
 * needed here; CI's scan of out/main and out/preload runs in scripts/test-all.mjs after the build.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '..');
const script = join(projectDir, 'scripts', 'electronegativity.mjs');

interface AllowEntry {
  target: string;
  check: string;
  file: string;
  count?: number;
  reason: string;
}

let workDir: string;
let entries: AllowEntry[];

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'civic-desk-electronegativity-'));
  const text = await readFile(join(projectDir, 'electronegativity-allowlist.json'), 'utf8');
  entries = (JSON.parse(text) as { entries: AllowEntry[] }).entries;
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** How long one scan may take on a busy machine (it takes about a second alone); the tests wait for it. */
const SCAN_TIMEOUT_MS = 120_000;

/** Runs the script as a child process, asynchronously: the test runner's clock keeps running while it works. */
async function scan(allowed: AllowEntry[], targets: string[]) {
  const allowlist = join(workDir, `allow-${String(Math.random()).slice(2)}.json`);
  await writeFile(allowlist, JSON.stringify({ entries: allowed }));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done, fail) => {
    execFile(
      process.execPath,
      [script, '--allowlist', allowlist, ...targets],
      { cwd: projectDir, encoding: 'utf8', timeout: SCAN_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') fail(new Error(error.message));
        else done({ status: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
  });
}

// Each test runs one or two child processes: no default 5 s timeout around them.
describe('electronegativity scan', { timeout: 2 * SCAN_TIMEOUT_MS + 10_000 }, () => {
  it('passes electron/ with the reviewed allow-list, and every entry has a reason', async () => {
    for (const entry of entries) expect(entry.reason.length, entry.check).toBeGreaterThan(40);
    const { status, stdout, stderr } = await scan(entries, ['electron']);
    expect(stderr).not.toMatch(/unexpected/);
    expect(stdout).toMatch(/electronegativity 45\.5\.0: \d+ findings in electron; \d+ allowed, 0 unexpected/);
    expect(status).toBe(0);
  });

  it('fails with one line per finding the allow-list does not name', async () => {
    const withoutOpenExternal = entries.filter(
      (entry) => !(entry.target === 'electron' && entry.check === 'OPEN_EXTERNAL_JS_CHECK'),
    );
    const { status, stderr } = await scan(withoutOpenExternal, ['electron']);
    expect(status).toBe(1);
    const lines = stderr.split('\n').filter((line) => line.includes('unexpected'));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/unexpected OPEN_EXTERNAL_JS_CHECK in electron\/externalLinks\.ts:\d+/);
    expect(lines.join('\n')).toMatch(/unexpected OPEN_EXTERNAL_JS_CHECK in electron\/handlers\.ts:\d+/);
  });

  it('fails when a file has more findings of a check than its entry counts', async () => {
    const fixture = join(workDir, 'app');
    await mkdir(fixture, { recursive: true });
    await writeFile(
      join(fixture, 'main.js'),
      [
        "const { shell } = require('electron');",
        'shell.openExternal(process.argv[2]);',
        'shell.openExternal(process.argv[3]);',
      ].join('\n'),
    );
    const allowOne = {
      target: fixture,
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'main.js',
      count: 1,
      reason: 'test',
    };
    const { status, stderr } = await scan([allowOne], [fixture]);
    expect(status).toBe(1);
    const openExternalLines = stderr.split('\n').filter((line) => line.includes('OPEN_EXTERNAL_JS_CHECK'));
    expect(openExternalLines).toHaveLength(1);
    expect(openExternalLines[0]).toMatch(/unexpected OPEN_EXTERNAL_JS_CHECK in .*main\.js:3/);
  });

  it('finds a window with Node integration and no isolation in a fixture', async () => {
    const fixture = join(workDir, 'unsafe');
    await mkdir(fixture, { recursive: true });
    await writeFile(
      join(fixture, 'main.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
    );
    const { status, stderr } = await scan([], [fixture]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/unexpected NODE_INTEGRATION_JS_CHECK in .*main\.js:2/);
    expect(stderr).toMatch(/unexpected CONTEXT_ISOLATION_JS_CHECK in .*main\.js:2/);
  });

  it('refuses an allow-list entry without a reason', async () => {
    const { status, stderr } = await scan([{ ...entries[0], reason: ' ' } as AllowEntry], ['electron']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/needs a non-empty "reason"/);
  });
});
