import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { toExportPost } from '../export/fromPost';
import { MANIFEST_FILE } from '../export/publishPackage';
import { selectForExport } from '../export/selection';
import { asVersion1, FEST_ID, PACKAGE_NOW, packageOf, signedPosts } from '../export/verifyPackageFixtures';
import { runExportCommand } from './exportCommand';
import { APPROVED_ID, signedWorkspace } from './exportCommandFixtures';
import { runVerifyPackageCommand, VERIFY_PACKAGE_USAGE } from './verifyPackageCommand';

let exported: Uint8Array;
let workspace = '';

beforeAll(async () => {
  workspace = JSON.stringify(await signedWorkspace());
  const args = ['--in', 'w.json', '--format', 'zip', '--from', '2026-11-30', '--to', '2026-12-06'];
  const result = runExportCommand(
    [...args, '--out', 'p.zip'],
    () => workspace,
    new Date('2026-11-27T12:00:00Z'),
  );
  if (result.output === undefined) throw new Error(result.stderr);
  exported = result.output.file.bytes;
});

const run = (bytes: Uint8Array, ...args: string[]) =>
  runVerifyPackageCommand(args.length > 0 ? args : ['--in', 'paket.zip'], () => bytes);

function changed(edit: (files: Zippable) => void): Uint8Array {
  const files: Zippable = { ...unzipSync(exported) };
  edit(files);
  return zipSync(files);
}

describe('civic-desk verify-package', () => {
  it('verifies a package written by civic-desk export: one line per approval and a summary, exit 0', async () => {
    const result = await run(exported);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const files = Object.keys(unzipSync(exported)).length - 1;
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^valid {3}approval of "Bürgeramt am Samstag" \\(${APPROVED_ID}\\), step 1, by Paula Prüfer, key [0-9a-f]{16}$`,
        ),
      ),
      `valid   package (version 2): 1 post(s); ${files} of ${files} file(s) match the manifest; ` +
        '1 of 1 approval(s) verified; 1 of 1 post(s) match their approved content',
      'The public keys come with the package: compare the key ids with those of your approvers ' +
        '(or pass --keys <workspace file>).',
    ]);
  });

  it('with --keys, compares every key with the approvers’ keys in the workspace file', async () => {
    const read = (text: string) => (file: string) => (file === 'w.json' ? strToU8(text) : exported);
    const matching = await runVerifyPackageCommand(['--in', 'p.zip', '--keys', 'w.json'], read(workspace));
    expect(matching.exitCode).toBe(0);
    const lines = matching.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/, key [0-9a-f]{16} \(matches the workspace\)$/);
    expect(lines).toHaveLength(2);

    const otherKeys = JSON.stringify(await signedWorkspace());
    const swapped = await runVerifyPackageCommand(['--in', 'p.zip', '--keys', 'w.json'], read(otherKeys));
    expect(swapped.exitCode).toBe(1);
    expect(swapped.stdout).toMatch(
      /^INVALID approval of "Bürgeramt am Samstag", step 1, by Paula Prüfer: signed with key [0-9a-f]{16}, which is not a key of paula-1 in the given keys$/m,
    );

    const broken = await runVerifyPackageCommand(['--in', 'p.zip', '--keys', 'w.json'], read('{'));
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/^civic-desk: w\.json: not valid JSON/);
  });

  it('names the networks a package leaves out, and reads a version 1 package with a warning', async () => {
    const signed = await signedPosts();
    const { included } = selectForExport(
      [signed.fest, signed.amt].map((post) => toExportPost(post, signed.profiles)),
      {
        fromDate: '2026-11-30',
        toDate: '2026-12-06',
        timeZone: 'Europe/Berlin',
        now: PACKAGE_NOW,
        channels: ['instagram'],
      },
    );
    const partial = await run(packageOf(included).zip);
    expect(partial.exitCode).toBe(0);
    expect(partial.stdout).toContain(
      `note    "Rathausfest" (${FEST_ID}) is approved for Facebook too; this package leaves it out\n`,
    );
    const old = await run(asVersion1(exported));
    expect(old.exitCode).toBe(0);
    const lines = old.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^WARNING version 1: content only partly verifiable \(/);
    expect(lines).toContainEqual(expect.stringMatching(/^valid {3}package \(version 1\): /));
  });

  it('exits 1 and names the file changed after the approval', async () => {
    let path = '';
    const zip = changed((files) => {
      path = Object.keys(files).find((name) => name.endsWith('/linkedin.txt')) ?? '';
      files[path] = strToU8('Das Bürgeramt bleibt am Samstag geschlossen.');
    });
    const result = await run(zip);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`INVALID ${path}: the content differs from the SHA-256 in the manifest`);
    expect(lines[1]).toBe(
      `INVALID ${path}: the text for LinkedIn differs from the approved text of "Bürgeramt am Samstag"`,
    );
    expect(lines.at(-2)).toMatch(/^INVALID package \(version 2\): 1 post\(s\); \d+ of \d+ file\(s\)/);
  });

  it('exits 2 for a file that is not a readable publish package, naming the refused entry', async () => {
    const notZip = await run(strToU8('{"format":"civic-desk-workspace"}'));
    expect(notZip).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'civic-desk: paket.zip: not a readable publish package: not a ZIP file (no end of central directory record) [notZip]\n',
    });
    const slip = await run(zipSync({ [MANIFEST_FILE]: strToU8('{}'), '../../x.sh': strToU8('rm -rf ~') }));
    expect(slip.exitCode).toBe(2);
    expect(slip.stderr).toContain(
      'civic-desk: paket.zip: not a readable publish package: ../../x.sh: the name contains a ".." segment [badEntryName]',
    );
    const foreign = await run(zipSync({ [MANIFEST_FILE]: strToU8('{"format":"etwas-anderes"}') }));
    expect(foreign.exitCode).toBe(2);
    expect(foreign.stderr).toContain('manifest.json: ');
  });

  it('prints names from the package with terminal escapes made visible', async () => {
    const result = await run(zipSync({ '\u001b]0;gehackt\u0007.txt': strToU8('x') }));
    const text = result.stderr.trimEnd();
    const controls = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)).filter(
      (code) => code < 0x20,
    );
    expect(controls).toEqual([]);
    expect(result.stderr).toContain('\\u{1b}]0;gehackt\\u{7}.txt');
  });

  it('exits 2 with the usage for wrong arguments and for a file it cannot read', async () => {
    const usage = await runVerifyPackageCommand([], () => exported);
    expect(usage).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `civic-desk: --in is missing\n${VERIFY_PACKAGE_USAGE}\n`,
    });
    expect((await runVerifyPackageCommand(['paket.zip'], () => exported)).exitCode).toBe(2);
    const unreadable = await runVerifyPackageCommand(['--in', 'fehlt.zip'], () => {
      throw new Error('ENOENT: no such file or directory');
    });
    expect(unreadable.exitCode).toBe(2);
    expect(unreadable.stderr).toBe(
      'civic-desk: fehlt.zip: cannot read the file (ENOENT: no such file or directory)\n',
    );
  });
});
