/**
 * The real `civic-desk verify-package` as a child process on a package signed by a certified exporter
 * (shared/export/verifyPackageFixtures.ts, real keys): exit 0 against the organisation's roster file, 3 without
 * --keys, 1 for a changed text, 2 for a file that is no package.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedPackage } from '../../../shared/export/verifyPackageFixtures';
import { publicKeyInfoOf } from '../../../shared/trust/roster';
import { buildRosterFile } from '../../../shared/trust/rosterFile';
import { buildCliOnce, isOneLine, runCli } from './runCli';

let dir = '';
let packageFile = '';
let changedFile = '';
let rosterFile = '';

describe('civic-desk verify-package', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-verify-package-'));
    const signed = await signedPackage();
    packageFile = join(dir, 'paket.zip');
    writeFileSync(packageFile, signed.zip);
    rosterFile = join(dir, 'roster.json');
    writeFileSync(
      rosterFile,
      JSON.stringify(buildRosterFile(publicKeyInfoOf(signed.org.root), signed.org.entries)),
    );
    const files: Zippable = { ...unzipSync(signed.zip) };
    const text = Object.keys(files).find((name) => name.endsWith('.txt') && name.includes('/'));
    if (text === undefined) throw new Error('no text in the package');
    files[text] = strToU8('Heute geschlossen.');
    changedFile = join(dir, 'geaendert.zip');
    writeFileSync(changedFile, zipSync(files));
    await buildCliOnce();
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 (TRUSTED) against the roster file, 3 (UNANCHORED) without --keys', async () => {
    const trusted = await runCli(['verify-package', '--in', packageFile, '--keys', rosterFile]);
    expect(trusted.stderr).toBe('');
    expect(trusted.status).toBe(0);
    expect(trusted.stdout).toMatch(/^TRUSTED /m);
    const unanchored = await runCli(['verify-package', '--in', packageFile, '--json']);
    expect(unanchored.status).toBe(3);
    expect(JSON.parse(unanchored.stdout)).toMatchObject({ status: 'unanchored', exitCode: 3 });
  });

  it('exits 1 for a package whose text was changed, 2 for a file that is no package', async () => {
    const changed = await runCli(['verify-package', '--in', changedFile, '--keys', rosterFile]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(/^INVALID /m);
    const notPackage = join(dir, 'kein-paket.zip');
    writeFileSync(notPackage, 'kein ZIP');
    const refused = await runCli(['verify-package', '--in', notPackage]);
    expect(refused.status).toBe(2);
    expect(isOneLine(refused.stderr)).toBe(true);
    expect(refused.stderr).toContain('not a readable publish package');
  });
});
