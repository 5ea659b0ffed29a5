import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type PublishManifest } from '../export/publishPackage';
import { decodeBase64, runExportCommand, type ExportOptions } from './exportCommand';
import { FORGERIES, genuineDesk } from './verifyCommandForgeries';
import {
  CRISIS_ID,
  PHOTO_BYTES,
  PHOTO_SHA,
  SERVICE_ID,
  type Desk,
  type WorkspaceJson,
} from './verifyCommandFixtures';

const NOW = new Date('2026-11-27T12:00:00Z');
const RANGE = { from: '2026-11-30', to: '2026-12-06' };

let desk: Desk;
let genuine: WorkspaceJson;
let roster = '';

beforeAll(async () => {
  const made = await genuineDesk();
  ({ desk, genuine } = made);
  roster = JSON.stringify(made.roster);
});

function run(
  workspace: unknown,
  options: Partial<ExportOptions> & { format: string; out: string },
  keys = roster,
) {
  const files: Record<string, string> = { 'w.json': JSON.stringify(workspace), 'keys.json': keys };
  const read = (file: string) => {
    const text = files[file];
    if (text === undefined) throw new Error('no such file');
    return text;
  };
  return runExportCommand({ in: 'w.json', keys: 'keys.json', ...RANGE, ...options }, read, NOW);
}

async function outputOf(result: ReturnType<typeof run>) {
  const done = await result;
  if (done.output === undefined) throw new Error(`no output: ${done.stderr}`);
  return done.output;
}

describe('civic-desk export', () => {
  it('writes an ICS with the posts whose approval holds against --keys', async () => {
    const result = await run(genuine, { format: 'ics', out: 'week.ics' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('wrote week.ics: ICS, 2 post(s)\n');
    expect(result.stderr).toMatch(/^left out: "Weihnachtsmarkt" \(.+\): notApproved\n$/);
    const output = await outputOf(Promise.resolve(result));
    expect(output).toMatchObject({ target: 'file', path: 'week.ics' });
    const calendar = ICAL.Component.fromString(strFromU8(output.files[0]?.bytes ?? new Uint8Array()));
    expect(calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))).toEqual(
      [`${CRISIS_ID}-x@civic-desk`, `${SERVICE_ID}-linkedin@civic-desk`, `${SERVICE_ID}-facebook@civic-desk`],
    );
  });

  it('exports nothing of a forged file: the stored status alone never exports a post', async () => {
    for (const name of [
      'changedAfterApproval',
      'selfApproval',
      'editorOnlyApproval',
      'approveEntryTombstoned',
    ]) {
      const forged = (await FORGERIES[name]?.(desk, genuine))?.file;
      const result = await run(forged, { format: 'ics', out: 'week.ics' });
      const exported = (result.json as { exported?: { id: string }[] }).exported ?? [];
      expect(
        exported.map((post) => post.id),
        name,
      ).not.toContain(SERVICE_ID);
      expect(result.stderr, name).toMatch(
        new RegExp(`left out: "Bürgeramt am Samstag" \\(${SERVICE_ID}\\): not approved: `),
      );
    }
    const draft = (await FORGERIES.approvedWithoutApproval?.(desk, genuine))?.file;
    const result = await run(draft, { format: 'ics', out: 'week.ics' });
    expect(result.stderr).toContain('left out: "Weihnachtsmarkt"');
    expect((result.json as { exported: unknown[] }).exported).toHaveLength(2);
  });

  it('trusts nothing when --keys is another organisation', async () => {
    const other = await genuineDesk();
    const result = await run(genuine, { format: 'ics', out: 'week.ics' }, JSON.stringify(other.roster));
    expect(result.exitCode).toBe(1);
    expect(result.output).toBeUndefined();
    expect(result.stderr).toMatch(/^civic-desk: nothing to export /);
    expect(result.stderr).toContain(`(${SERVICE_ID}): not approved: the file's organisation root key`);
  });

  it('leaves out posts whose time has passed unless --allow-past', async () => {
    const later = { ...RANGE, from: '2026-12-01' };
    const after = new Date('2026-12-03T12:00:00Z');
    const files: Record<string, string> = { 'w.json': JSON.stringify(genuine), 'keys.json': roster };
    const read = (file: string) => files[file] ?? '';
    const past = await runExportCommand(
      { in: 'w.json', keys: 'keys.json', format: 'ics', out: 'a.ics', ...later },
      read,
      after,
    );
    expect(past.exitCode).toBe(1);
    expect(past.stderr).toContain('2 inPast');
    const allowed = await runExportCommand(
      { in: 'w.json', keys: 'keys.json', format: 'ics', out: 'a.ics', ...later, allowPast: true },
      read,
      after,
    );
    expect(allowed.exitCode).toBe(0);
  });

  it('writes one CSV per network into a folder, or a ZIP for a .zip name, never several under .csv', async () => {
    const folder = await outputOf(run(genuine, { format: 'sprout', out: 'csv-folder' }));
    expect(folder.target).toBe('folder');
    expect(folder.files.map((file) => file.name).sort()).toEqual([
      'sprout-facebook.csv',
      'sprout-linkedin.csv',
      'sprout-x.csv',
    ]);
    const facebook = folder.files.find((file) => file.name === 'sprout-facebook.csv');
    const rows = Papa.parse<string[]>(
      strFromU8(facebook?.bytes ?? new Uint8Array()).replace(/^\uFEFF/, ''),
    ).data;
    expect(rows[0]).toEqual(['date', 'time_24hr', 'message_text']);

    const zip = await outputOf(run(genuine, { format: 'sprout', out: 'sprout.zip' }));
    expect(zip.target).toBe('file');
    expect(Object.keys(unzipSync(zip.files[0]?.bytes ?? new Uint8Array())).sort()).toEqual(
      folder.files.map((file) => file.name).sort(),
    );
    const csv = await run(genuine, { format: 'sprout', out: 'sprout.csv' });
    expect(csv.exitCode).toBe(2);
    expect(csv.stderr).toMatch(
      /^civic-desk: 3 CSV files \(one per network\) do not fit under one \.csv name/,
    );
    const stdout = await run(genuine, { format: 'sprout', out: '-' });
    expect(stdout.exitCode).toBe(2);
    expect((await run(genuine, { format: 'ics', out: 'week.csv' })).exitCode).toBe(2);
    expect((await run(genuine, { format: 'zip', out: 'paket.csv' })).exitCode).toBe(2);
  });

  it('writes the byte order mark unless told not to', async () => {
    const withBom = await outputOf(run(genuine, { format: 'buffer', out: 'b' }));
    const withoutBom = await outputOf(run(genuine, { format: 'buffer', out: 'b', bom: false }));
    expect(withBom.files[0]?.bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(withoutBom.files[0]?.bytes[0]).not.toBe(0xef);
  });

  it('writes the publish package with the image bytes from mediaFiles', async () => {
    const output = await outputOf(run(genuine, { format: 'zip', out: 'paket.zip' }));
    const entries = unzipSync(output.files[0]?.bytes ?? new Uint8Array());
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_FILE] ?? new Uint8Array())) as PublishManifest;
    expect(manifest.posts.map((post) => post.id).sort()).toEqual([CRISIS_ID, SERVICE_ID].sort());
    const service = manifest.posts.find((post) => post.id === SERVICE_ID);
    expect(entries[service?.media[0]?.path ?? '']).toEqual(PHOTO_BYTES);
  });

  it('writes the package without images it has no bytes for and names them', async () => {
    const { mediaFiles: _bytes, ...workspace } = genuine;
    const result = await run(workspace, { format: 'zip', out: 'paket.zip' });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`missing: image or video ${PHOTO_SHA}`);
  });

  it('refuses wrong arguments with one line saying why', async () => {
    const first = async (options: Partial<ExportOptions>) =>
      (await run(genuine, { format: 'ics', out: 'x.ics', ...options })).stderr.split('\n')[0];
    expect(await first({ format: 'pdf' })).toBe(
      'civic-desk: --format must be ics, hootsuite, buffer, sprout, publer or zip, not "pdf"',
    );
    expect(await first({ from: '30.11.2026' })).toBe(
      'civic-desk: --from must be a date YYYY-MM-DD, not "30.11.2026"',
    );
    expect(await first({ from: '2026-12-07' })).toBe(
      'civic-desk: --from 2026-12-07 is after --to 2026-12-06',
    );
  });
});

describe('decodeBase64', () => {
  it('decodes standard base64 with and without padding', () => {
    expect(strFromU8(decodeBase64('QsO8cmdlcmZlc3Q=') ?? new Uint8Array())).toBe('Bürgerfest');
    expect(strFromU8(decodeBase64('QsO8cmdlcmZlc3Q') ?? new Uint8Array())).toBe('Bürgerfest');
    expect(decodeBase64('QQ$=')).toBeNull();
  });
});
