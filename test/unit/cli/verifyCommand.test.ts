/**
 * `civic-desk verify` as a child process on the corpus of forged workspace files (made with real keys on every
 * run, shared/exchange/verifyCommandForgeries.ts): every forgery exits 1 against the desk's own roster, the genuine
 * file exits 0 with the right --keys (a roster file or the desk's workspace file), and 3 without --keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORGERIES, genuineDesk } from '../../../shared/exchange/verifyCommandForgeries';
import type { Desk, WorkspaceJson } from '../../../shared/exchange/verifyCommandFixtures';
import { buildCliOnce, runCli } from './runCli';

let dir = '';
let desk: Desk;
let genuine: WorkspaceJson;
let genuineFile = '';
let rosterFile = '';

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

describe('civic-desk verify', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-verify-'));
    const made = await genuineDesk();
    ({ desk, genuine } = made);
    genuineFile = write('genuine.json', genuine);
    rosterFile = write('roster.json', made.roster);
    await buildCliOnce();
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 (TRUSTED) for the genuine file with --keys, a roster file or the desk’s workspace file', async () => {
    const byRoster = await runCli(['verify', '--in', genuineFile, '--keys', rosterFile]);
    expect(byRoster.stderr).toBe('');
    expect(byRoster.status).toBe(0);
    expect(byRoster.stdout).toMatch(/^TRUSTED .*: 2 approved post\(s\) hold against the roster/m);
    const byWorkspace = await runCli(['verify', '--in', genuineFile, '--keys', genuineFile, '--json']);
    expect(byWorkspace.status).toBe(0);
    expect(JSON.parse(byWorkspace.stdout)).toMatchObject({ exitCode: 0, anchored: true, trusted: true });
  });

  it('exits 3 and says UNANCHORED without --keys', async () => {
    const result = await runCli(['verify', '--in', genuineFile]);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/^UNANCHORED /m);
    expect(result.stdout).not.toMatch(/^TRUSTED/m);
  });

  it.each(Object.keys(FORGERIES))('exits 1 for the forgery %s', async (name) => {
    const forgery = await FORGERIES[name]?.(desk, genuine);
    if (forgery === undefined) throw new Error(name);
    const file = write(`${name}.json`, forgery.file);
    const keys = forgery.keys === undefined ? rosterFile : write(`${name}-keys.json`, forgery.keys);
    const result = await runCli(['verify', '--in', file, '--keys', keys]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^INVALID /m);
    expect(result.stdout).not.toMatch(/^TRUSTED/m);
  });

  it('exits 2 with one line when --keys holds no roster', async () => {
    const keys = write('no-roster.json', { ...genuine, roster: null });
    const result = await runCli(['verify', '--in', genuineFile, '--keys', keys]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
