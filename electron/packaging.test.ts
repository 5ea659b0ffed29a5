/**
 * "Everything up to the download runs": electron-builder packages the app for Linux (`dir` target) from a fake
 * local Electron distribution instead of downloading one, with this project's electron-builder.yml. The fake binary
 * carries only Electron's fuse wire, so the test also proves the configured fuses are really flipped. Runs offline
 * in a temporary copy of the project (package.json, the config, icons and a stand-in build in out/).
 */
import { build, Platform } from 'electron-builder';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '..');
/** Electron's fuse sentinel (@electron/fuses); the wire follows it: version byte, length byte, one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order of wire version 1 (@electron/fuses FuseV1Options). */
const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
// Electron's shipped defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on, the rest off.
const SHIPPED_WIRE = '10110001';

let workDir: string;
let appDir: string;

function fakeElectronBinary(): Buffer {
  return Buffer.concat([
    Buffer.from('\x7fELF fake electron, never run\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, FUSES.length]),
    Buffer.from(SHIPPED_WIRE),
    Buffer.from('\nend\n'),
  ]);
}

function readFuses(binary: Buffer): Record<string, boolean> {
  const at = binary.indexOf(SENTINEL) + SENTINEL.length;
  expect(binary[at]).toBe(1);
  return Object.fromEntries(FUSES.map((name, index) => [name, binary[at + 2 + index] === 0x31]));
}

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  offset?: string;
  size?: number;
}

/** Reads an asar archive's header (a Chromium pickle holding JSON) and lists its files with their bytes. */
function readAsar(archive: Buffer): Map<string, Buffer> {
  const headerSize = archive.readUInt32LE(4);
  const jsonLength = archive.readUInt32LE(12);
  const header = JSON.parse(archive.subarray(16, 16 + jsonLength).toString('utf8')) as AsarEntry;
  const contentStart = 8 + headerSize;
  const files = new Map<string, Buffer>();
  const walk = (entry: AsarEntry, path: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      if (child.files) walk(child, `${path}/${name}`);
      else if (child.offset !== undefined && child.size !== undefined) {
        const start = contentStart + Number(child.offset);
        files.set(`${path}/${name}`, archive.subarray(start, start + child.size));
      }
    }
  };
  walk(header, '');
  return files;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'civic-desk-packaging-'));
  const project = join(workDir, 'project');
  const electronDist = join(workDir, 'electron-dist');
  await mkdir(join(project, 'out', 'main'), { recursive: true });
  await mkdir(join(project, 'out', 'preload'), { recursive: true });
  await mkdir(join(project, 'out', 'renderer'), { recursive: true });
  await mkdir(electronDist);
  await cp(join(projectDir, 'package.json'), join(project, 'package.json'));
  await cp(join(projectDir, 'electron-builder.yml'), join(project, 'electron-builder.yml'));
  await cp(join(projectDir, 'assets'), join(project, 'assets'), { recursive: true });
  await writeFile(join(project, 'out', 'main', 'index.js'), 'export {};\n');
  await writeFile(join(project, 'out', 'preload', 'index.cjs'), '"use strict";\n');
  await writeFile(
    join(project, 'out', 'renderer', 'index.html'),
    '<!doctype html><title>Civic Desk</title>\n',
  );
  await writeFile(join(electronDist, 'electron'), fakeElectronBinary(), { mode: 0o755 });
  await writeFile(join(electronDist, 'version'), '45.5.0');
  const output = join(workDir, 'release');
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir'),
    config: { electronDist, directories: { output } },
  });
  appDir = join(output, 'linux-unpacked');
}, 60_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('packaging with a local Electron distribution (no download)', () => {
  it('names the executable and flips every configured fuse in it', async () => {
    const fuses = readFuses(await readFile(join(appDir, 'civic-desk')));
    expect(fuses).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app, and nothing else, into app.asar', async () => {
    const files = readAsar(await readFile(join(appDir, 'resources', 'app.asar')));
    expect([...files.keys()].sort()).toEqual([
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
    ]);
    expect(files.get('/out/main/index.js')?.toString('utf8')).toBe('export {};\n');
    const manifest = JSON.parse(files.get('/package.json')?.toString('utf8') ?? '{}') as { main?: string };
    expect(manifest.main).toBe('out/main/index.js');
  });
});
