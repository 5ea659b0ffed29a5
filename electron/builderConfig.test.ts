/**
 * electron-builder.yml, loaded and schema-checked by electron-builder's own code (the same loader and JSON schema
 * `electron-builder` runs), then the fields the app relies on.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectDir, null, null);
});

const targetsOf = (platform: Configuration['win']) => {
  const target = platform?.target;
  const list = Array.isArray(target) ? target : target === undefined || target === null ? [] : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and its output folder', () => {
    expect(config.appId).toBe('de.civicdesk.app');
    expect(config.productName).toBe('Civic Desk');
    expect(config.directories?.output).toBe('release');
  });

  it('packs only the built app into an asar archive', () => {
    // The loader normalizes a plain list of patterns into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
    expect(config.asar).toBe(true);
  });

  it('never publishes or updates itself', () => {
    expect(config.publish).toBeNull();
  });

  it('builds installers for Windows, Linux and macOS', () => {
    expect(targetsOf(config.win)).toEqual(['nsis', 'msi']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
  });

  it('uses icons that exist', () => {
    for (const icon of [config.win?.icon, config.linux?.icon, config.mac?.icon]) {
      expect(icon).toBeTruthy();
      expect(existsSync(resolve(projectDir, String(icon))), String(icon)).toBe(true);
    }
  });

  it('registers .civicdesk workspaces', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toContainEqual(
      expect.objectContaining({ ext: 'civicdesk', name: 'Civic Desk Freigabedatei' }),
    );
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('offers per-user and per-machine installs on Windows and never deletes the user’s data', () => {
    // oneClick false + perMachine false: NSIS shows the install-mode page (just me / all users).
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.msi).toMatchObject({ oneClick: false, perMachine: true });
  });

  it('declares no update or publish mechanism anywhere', () => {
    for (const platform of [config.win, config.linux, config.mac, config.nsis, config.msi]) {
      expect(platform).not.toHaveProperty('publish');
    }
    expect(config).not.toHaveProperty('electronUpdaterCompatibility');
  });

  it('keeps signing secrets out of the configuration (they come from the environment, docs/installing.md)', () => {
    const secretKeys = [
      'certificateFile',
      'certificatePassword',
      'certificateSha1',
      'cscLink',
      'cscKeyPassword',
    ];
    const places: Array<[string, object | null | undefined]> = [
      ['win', config.win],
      ['win.signtoolOptions', config.win?.signtoolOptions],
      ['mac', config.mac],
      ['root', config],
    ];
    for (const [where, place] of places) {
      for (const key of secretKeys) expect(place ?? {}, `${where}.${key}`).not.toHaveProperty(key);
    }
  });

  it('pins a current Electron, the version the security scan assumes', async () => {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(resolve(projectDir, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const electron = manifest.devDependencies.electron ?? '';
    expect(electron).toMatch(/^\d+\.\d+\.\d+$/); // exact pin, no range
    expect(Number(electron.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(config.electronVersion ?? electron).toBe(electron);
  });
});
