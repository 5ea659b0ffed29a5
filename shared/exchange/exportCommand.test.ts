import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type PublishManifest } from '../export/publishPackage';
import { decodeBase64, runExportCommand } from './exportCommand';
import { APPROVED_ID, PHOTO_BASE64, PHOTO_BYTES, PHOTO_SHA, signedWorkspace } from './exportCommandFixtures';

const NOW = new Date('2026-11-27T12:00:00Z');
const RANGE = ['--from', '2026-11-30', '--to', '2026-12-06'];

function run(workspace: unknown, ...args: string[]) {
  return runExportCommand(['--in', 'w.json', ...args], () => JSON.stringify(workspace), NOW);
}

function outputOf(result: ReturnType<typeof run>) {
  if (result.output === undefined) throw new Error(`no output: ${result.stderr}`);
  return result.output;
}

describe('civic-desk export', () => {
  it('writes an ICS with the approved post only', async () => {
    const result = run(await signedWorkspace(), '--format', 'ics', ...RANGE, '--out', 'week.ics');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('wrote week.ics: ICS, 1 post(s)\n');
    expect(result.stderr).toMatch(/^left out: "Weihnachtsmarkt" \(.+\): notApproved\n$/);
    const { path, file } = outputOf(result);
    expect(path).toBe('week.ics');
    const calendar = ICAL.Component.fromString(strFromU8(file.bytes));
    expect(calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))).toEqual(
      [`${APPROVED_ID}-linkedin@civic-desk`, `${APPROVED_ID}-facebook@civic-desk`],
    );
  });

  it('writes scheduler CSVs (two networks: one ZIP) that papaparse reads back', async () => {
    const result = run(await signedWorkspace(), '--format', 'sprout', ...RANGE, '--out', 'sprout.zip');
    expect(result.stdout).toBe('wrote sprout.zip: a ZIP of 2 CSV files, 1 post(s)\n');
    const entries = unzipSync(outputOf(result).file.bytes);
    expect(Object.keys(entries).sort()).toEqual(['sprout-facebook.csv', 'sprout-linkedin.csv']);
    const rows = Papa.parse<string[]>(
      strFromU8(entries['sprout-facebook.csv'] ?? new Uint8Array()).replace(/^\uFEFF/, ''),
    ).data;
    expect(rows[0]).toEqual(['date', 'time_24hr', 'message_text']);
    expect(rows[1]?.slice(0, 2)).toEqual(['03/12/2026', '10:00']);
  });

  it('writes the publish package with the image bytes from mediaFiles and the signed approval', async () => {
    const result = run(await signedWorkspace(), '--format', 'zip', ...RANGE, '--out', 'paket.zip');
    expect(result.exitCode).toBe(0);
    const entries = unzipSync(outputOf(result).file.bytes);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_FILE] ?? new Uint8Array())) as PublishManifest;
    expect(manifest.posts.map((post) => post.id)).toEqual([APPROVED_ID]);
    expect(manifest.posts[0]?.approvals[0]).toMatchObject({ approverName: 'Paula Prüfer', policyStep: 1 });
    const image = manifest.posts[0]?.media[0]?.path ?? '';
    expect(entries[image]).toEqual(PHOTO_BYTES);
  });

  it('writes the package without images it has no bytes for and names them in the read-me', async () => {
    const { mediaFiles: _bytes, ...workspace } = await signedWorkspace();
    const result = run(workspace, '--format', 'zip', ...RANGE, '--out', 'paket.zip');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`missing: image or video ${PHOTO_SHA}`);
    const readme = strFromU8(unzipSync(outputOf(result).file.bytes)['LIESMICH.txt'] ?? new Uint8Array());
    expect(readme).toContain(`Bild oder Video ${PHOTO_SHA.slice(0, 12)} fehlt in diesem Paket`);
  });

  it('leaves a post out whose photo consent was withdrawn', async () => {
    const workspace = await signedWorkspace();
    const consent = workspace.consents[0];
    if (consent) consent.withdrawnOn = '2026-11-26';
    const result = run(workspace, '--format', 'ics', ...RANGE, '--out', 'week.ics');
    expect(result.exitCode).toBe(1);
    expect(result.output).toBeUndefined();
    expect(result.stderr).toBe(
      'civic-desk: nothing to export from 2026-11-30 to 2026-12-06: only approved posts leave Civic Desk ' +
        '(left out: 1 consentWithdrawn, 1 notApproved)\n',
    );
  });

  it('refuses wrong arguments with one line saying why', async () => {
    const workspace = await signedWorkspace();
    const first = (...args: string[]) => run(workspace, ...args).stderr.split('\n')[0];
    expect(first('--format', 'pdf', ...RANGE, '--out', 'x')).toBe(
      'civic-desk: --format must be ics, hootsuite, buffer, sprout, publer or zip, not "pdf"',
    );
    expect(first('--format', 'ics', '--from', '30.11.2026', '--to', '2026-12-06', '--out', 'x')).toBe(
      'civic-desk: --from must be a date YYYY-MM-DD, not "30.11.2026"',
    );
    expect(first('--format', 'ics', '--from', '2026-12-07', '--to', '2026-12-06', '--out', 'x')).toBe(
      'civic-desk: --from 2026-12-07 is after --to 2026-12-06',
    );
    expect(first('--format', 'ics', ...RANGE)).toBe('civic-desk: --out is missing');
    expect(run(workspace, '--format', 'ics', ...RANGE).exitCode).toBe(2);
  });

  it('refuses media bytes that are not base64 or belong to no medium, naming the path', async () => {
    const workspace = await signedWorkspace();
    const bad = { ...workspace, mediaFiles: [{ id: PHOTO_SHA, base64: '**' }] };
    expect(run(bad, '--format', 'zip', ...RANGE, '--out', 'p.zip').stderr).toMatch(
      /^civic-desk: w\.json: mediaFiles\[0\]\.base64: .+\n$/,
    );
    const foreign = { ...workspace, mediaFiles: [{ id: 'a'.repeat(64), base64: PHOTO_BASE64 }] };
    expect(run(foreign, '--format', 'zip', ...RANGE, '--out', 'p.zip').exitCode).toBe(2);
  });
});

describe('decodeBase64', () => {
  it('decodes standard base64 with and without padding', () => {
    expect(decodeBase64(PHOTO_BASE64)).toEqual(PHOTO_BYTES);
    expect(strFromU8(decodeBase64('QsO8cmdlcmZlc3Q=') ?? new Uint8Array())).toBe('Bürgerfest');
    expect(strFromU8(decodeBase64('QsO8cmdlcmZlc3Q') ?? new Uint8Array())).toBe('Bürgerfest');
    expect(decodeBase64('QQ$=')).toBeNull();
  });
});
