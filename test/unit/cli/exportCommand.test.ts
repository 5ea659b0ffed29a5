/**
 * The real `civic-desk export` and `validate` as child processes: files written through a temporary file and a
 * rename, one CSV per network into a folder or one ZIP, stdout with `--out -`, and the output never replacing an
 * input (same path, another spelling, a symbolic or a hard link); a failed rename leaves no temporary file.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genuineDesk } from '../../../shared/exchange/verifyCommandForgeries';
import { PHOTO_BYTES } from '../../../shared/exchange/verifyCommandFixtures';
import { buildCliOnce, isOneLine, runCli } from './runCli';

let dir = '';
let workspaceFile = '';
let rosterFile = '';
let original = '';

/** The range is in the future of the fixtures' dates only with --allow-past; the tests use it throughout. */
const RANGE = ['--from', '2026-11-30', '--to', '2026-12-06', '--allow-past'];
const exportArgs = (format: string, out: string, ...more: string[]) => [
  'export',
  '--in',
  workspaceFile,
  '--keys',
  rosterFile,
  '--format',
  format,
  ...RANGE,
  '--out',
  out,
  ...more,
];

describe('civic-desk export and validate', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-export-'));
    const { genuine, roster } = await genuineDesk();
    workspaceFile = join(dir, 'workspace.json');
    original = JSON.stringify(genuine, null, 2);
    writeFileSync(workspaceFile, original);
    rosterFile = join(dir, 'roster.json');
    writeFileSync(rosterFile, JSON.stringify(roster));
    await buildCliOnce();
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('validates the workspace', async () => {
    const result = await runCli(['validate', '--in', workspaceFile]);
    expect(result).toMatchObject({ status: 0, stdout: `${workspaceFile}: valid\n` });
  });

  it('writes the ICS, the publish package with the image, and JSON about it', async () => {
    const ics = join(dir, 'woche.ics');
    const calendar = await runCli(exportArgs('ics', ics));
    expect(calendar.status).toBe(0);
    expect(calendar.stdout).toBe(`wrote ${ics}: ICS, 2 post(s)\n`);
    const events = ICAL.Component.fromString(readFileSync(ics, 'utf8')).getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);

    const zip = join(dir, 'paket.zip');
    const written = await runCli(exportArgs('zip', zip, '--json'));
    expect(written.status).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ exitCode: 0, target: 'file', out: zip });
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.values(entries).some((bytes) => bytes.length === PHOTO_BYTES.length)).toBe(true);
    expect(Object.keys(entries)).toContain('manifest.json');
  });

  it('writes one CSV per network into a folder, one ZIP for a .zip name, and stdout for --out -', async () => {
    const folder = join(dir, 'buffer');
    expect((await runCli(exportArgs('buffer', folder))).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      'buffer-facebook.csv',
      'buffer-linkedin.csv',
      'buffer-x.csv',
    ]);
    const zip = join(dir, 'buffer.zip');
    expect((await runCli(exportArgs('buffer', zip))).status).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zip)))).sort()).toEqual(
      readdirSync(folder).sort(),
    );
    const csv = await runCli(exportArgs('buffer', join(dir, 'buffer.csv')));
    expect(csv.status).toBe(2);
    expect(existsSync(join(dir, 'buffer.csv'))).toBe(false);

    const stdout = await runCli(exportArgs('ics', '-'));
    expect(stdout.status).toBe(0);
    expect(stdout.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('needs --keys, and exits 1 writing nothing when nothing is approved in the range', async () => {
    const out = join(dir, 'leer.ics');
    const withoutKeys = await runCli([
      'export',
      '--in',
      workspaceFile,
      '--format',
      'ics',
      ...RANGE,
      '--out',
      out,
    ]);
    expect(withoutKeys.status).toBe(2);
    expect(withoutKeys.stderr.split('\n')[0]).toBe('civic-desk: --keys is missing');
    const args = exportArgs('ics', out).map((arg) => (arg === '2026-11-30' ? '2027-01-01' : arg));
    const empty = await runCli(args.map((arg) => (arg === '2026-12-06' ? '2027-01-07' : arg)));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('nothing to export');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses --out equal to --in, by any path, and leaves the input as it was', async () => {
    const symlink = join(dir, 'link.json');
    symlinkSync(workspaceFile, symlink);
    const hardLink = join(dir, 'hard.json');
    linkSync(workspaceFile, hardLink);
    const spelled = join(dir, '.', 'sub', '..', 'workspace.json');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const out of [workspaceFile, symlink, hardLink, spelled, rosterFile]) {
      const result = await runCli(exportArgs('ics', out));
      expect(result.status, out).toBe(2);
      expect(isOneLine(result.stderr), out).toBe(true);
      expect(result.stderr, out).toMatch(/is the input file/);
    }
    expect(readFileSync(workspaceFile, 'utf8')).toBe(original);
  });

  it('leaves no temporary file behind when the rename fails', async () => {
    const target = join(dir, 'belegt.ics');
    mkdirSync(join(target, 'inhalt'), { recursive: true });
    const result = await runCli(exportArgs('ics', target));
    expect(result.status).toBe(2);
    expect(isOneLine(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(/^civic-desk: cannot write /);
    expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});
