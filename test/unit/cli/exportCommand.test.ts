/**
 * The real `civic-desk export`, `validate` and `verify` commands as child processes on files in a temporary folder:
 * files written, exit codes, one line per problem.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './runCli';
import { PHOTO_BYTES, signedWorkspace } from '../../../shared/exchange/exportCommandFixtures';

let dir = '';
let workspaceFile = '';

const RANGE = ['--from', '2026-11-30', '--to', '2026-12-06'];

describe('civic-desk export, validate, verify', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-export-'));
    workspaceFile = join(dir, 'workspace.json');
    writeFileSync(workspaceFile, JSON.stringify(await signedWorkspace(), null, 2));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the week as ICS and as a publish package with the image', () => {
    const ics = join(dir, 'woche.ics');
    const calendar = run('export', '--in', workspaceFile, '--format', 'ics', ...RANGE, '--out', ics);
    expect(calendar.status).toBe(0);
    expect(calendar.stdout).toBe(`wrote ${ics}: ICS, 1 post(s)\n`);
    const events = ICAL.Component.fromString(readFileSync(ics, 'utf8')).getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);

    const zip = join(dir, 'paket.zip');
    expect(run('export', '--in', workspaceFile, '--format', 'zip', ...RANGE, '--out', zip).status).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.values(entries).some((bytes) => bytes.length === PHOTO_BYTES.length)).toBe(true);
    expect(Object.keys(entries)).toContain('manifest.json');
  });

  it('exits 1 with one line and writes nothing when nothing is approved in the range', () => {
    const out = join(dir, 'leer.ics');
    const result = run(
      'export',
      '--in',
      workspaceFile,
      '--format',
      'ics',
      '--from',
      '2027-01-01',
      '--to',
      '2027-01-07',
      '--out',
      out,
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('nothing to export');
    expect(existsSync(out)).toBe(false);
  });

  it('validates and verifies the workspace, and fails a tampered one', () => {
    expect(run('validate', '--in', workspaceFile)).toMatchObject({
      status: 0,
      stdout: `${workspaceFile}: valid\n`,
    });
    const verified = run('verify', '--in', workspaceFile);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain('valid   audit trail (2 entries)');

    const tampered = JSON.parse(readFileSync(workspaceFile, 'utf8')) as { audit: { note: string | null }[] };
    const first = tampered.audit[0];
    if (first) first.note = 'geändert';
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const result = run('verify', '--in', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('INVALID audit trail: entry 1 was changed');
  });

  it('keeps `check` working and refuses an unknown command', () => {
    expect(run('check', workspaceFile).status).toBe(0);
    const unknown = run('publish', '--in', workspaceFile);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('civic-desk: unknown command "publish"');
  });
});
