/**
 * The real `civic-desk verify-package` as a child process: a package written by `civic-desk export` verifies
 * (exit 0), the same package with a text changed after approval does not (exit 1), and a file that is not a
 * package is refused (exit 2).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './runCli';
import { signedWorkspace } from '../../../shared/exchange/exportCommandFixtures';

let dir = '';
let packageFile = '';

describe('civic-desk verify-package', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-verify-package-'));
    const workspaceFile = join(dir, 'workspace.json');
    writeFileSync(workspaceFile, JSON.stringify(await signedWorkspace(), null, 2));
    packageFile = join(dir, 'paket.zip');
    const range = ['--from', '2026-11-30', '--to', '2026-12-06'];
    const exported = run('export', '--in', workspaceFile, '--format', 'zip', ...range, '--out', packageFile);
    if (exported.status !== 0) throw new Error(exported.stderr);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the package civic-desk export wrote', () => {
    const result = run('verify-package', '--in', packageFile);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^valid {3}approval of "Bürgeramt am Samstag" .* key [0-9a-f]{16}$/m);
    expect(result.stdout).toMatch(
      /^valid {3}package \(version 2\): 1 post\(s\); (\d+) of \1 file\(s\) match the manifest;/m,
    );
  });

  it('exits 1 for a package whose text was changed after approval, 2 for a file that is no package', () => {
    const files: Zippable = { ...unzipSync(new Uint8Array(readFileSync(packageFile))) };
    const text = Object.keys(files).find((name) => name.endsWith('/facebook.txt'));
    if (text === undefined) throw new Error('no Facebook text in the package');
    files[text] = strToU8('Heute geschlossen.');
    const tampered = join(dir, 'geaendert.zip');
    writeFileSync(tampered, zipSync(files));
    const result = run('verify-package', '--in', tampered);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`INVALID ${text}: the content differs from the SHA-256 in the manifest`);
    expect(result.stdout).toContain(
      `INVALID ${text}: the text for Facebook differs from the approved text of "Bürgeramt am Samstag"`,
    );

    const notPackage = join(dir, 'kein-paket.zip');
    writeFileSync(notPackage, 'kein ZIP');
    const refused = run('verify-package', '--in', notPackage);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('not a readable publish package');
    expect(run('verify-package', '--in', join(dir, 'fehlt.zip')).status).toBe(2);
  });
});
