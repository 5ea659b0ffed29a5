/**
 * The command around the package verification (shared/export/verifyPackage.ts, tested there): exit codes, the
 * trust anchor from --keys, --allow-unsigned, one line per finding, and names from the package made harmless.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../export/publishPackage';
import { organisation, signedPackage, type SignedPackage } from '../export/verifyPackageFixtures';
import { publicKeyInfoOf } from '../trust/roster';
import { buildRosterFile } from '../trust/rosterFile';
import { runVerifyPackageCommand, type VerifyPackageOptions } from './verifyPackageCommand';

let signed: SignedPackage;
let keys = '';

beforeAll(async () => {
  signed = await signedPackage();
  keys = JSON.stringify(buildRosterFile(publicKeyInfoOf(signed.org.root), signed.org.entries));
});

function run(zip: Uint8Array, options: Partial<VerifyPackageOptions> = {}, keysText = keys) {
  const readBytes = (file: string) => {
    if (file === 'paket.zip') return zip;
    throw new Error('no such file');
  };
  const readText = (file: string) => {
    if (file === 'keys.json') return keysText;
    throw new Error('no such file');
  };
  return runVerifyPackageCommand({ in: 'paket.zip', ...options }, readBytes, readText);
}

function changed(zip: Uint8Array, edit: (files: Zippable) => void): Uint8Array {
  const files: Zippable = { ...unzipSync(zip) };
  edit(files);
  return zipSync(files);
}

describe('civic-desk verify-package', () => {
  it('exits 0 (TRUSTED) for a signed package checked against the roster of --keys', async () => {
    const result = await run(signed.zip, { keys: 'keys.json' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('TRUSTED paket.zip');
    expect(result.json).toMatchObject({ status: 'trusted', exitCode: 0 });
  });

  it('exits 3 (UNANCHORED) without --keys, never 0', async () => {
    const result = await run(signed.zip);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toMatch(/^UNANCHORED .* paket\.zip$/m);
  });

  it('refuses an unsigned package unless --allow-unsigned, and even then does not call it trusted', async () => {
    const refused = await run(signed.unsignedZip, { keys: 'keys.json' });
    expect(refused.exitCode).toBe(1);
    const allowed = await run(signed.unsignedZip, { keys: 'keys.json', allowUnsigned: true });
    expect(allowed.exitCode).toBe(3);
    expect(allowed.stdout).toMatch(/^UNSIGNED .* paket\.zip$/m);
  });

  it('exits 1 for a changed text and for the roster of another organisation', async () => {
    const zip = changed(signed.zip, (files) => {
      const path = Object.keys(files).find((name) => name.endsWith('.txt') && name.includes('/')) ?? '';
      files[path] = strToU8('Heute geschlossen.');
    });
    expect((await run(zip, { keys: 'keys.json' })).exitCode).toBe(1);
    const other = await organisation();
    const otherKeys = JSON.stringify(buildRosterFile(publicKeyInfoOf(other.root), other.entries));
    expect((await run(signed.zip, { keys: 'keys.json' }, otherKeys)).exitCode).toBe(1);
  });

  it('exits 2 with one line for a file that is no package, and for a --keys file that anchors nothing', async () => {
    const notZip = await run(strToU8('{"format":"civic-desk-workspace"}'));
    expect(notZip.exitCode).toBe(2);
    expect(notZip.stderr).toMatch(/^civic-desk: paket\.zip: not a readable publish package: .+\n$/);
    const foreign = await run(zipSync({ [MANIFEST_FILE]: strToU8('{"format":"etwas-anderes"}') }));
    expect(foreign.exitCode).toBe(2);
    const broken = await run(signed.zip, { keys: 'keys.json' }, '{');
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/^civic-desk: keys\.json: not valid JSON/);
    const gone = await run(signed.zip, { in: 'fehlt.zip' });
    expect(gone).toMatchObject({ exitCode: 2, stderr: 'civic-desk: fehlt.zip: no such file\n' });
  });

  it('prints names from the package with terminal escapes made visible', async () => {
    const result = await run(zipSync({ '\u001b]0;gehackt\u0007.txt': strToU8('x') }));
    const text = `${result.stdout}${result.stderr}`.replace(/\n/g, '');
    const controls = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).filter(
      (c) => c < 0x20,
    );
    expect(controls).toEqual([]);
  });
});
