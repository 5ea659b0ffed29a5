import { describe, expect, it } from 'vitest';
import { createMainWindowOptions, WINDOW_TITLE } from './windowOptions';

describe('createMainWindowOptions', () => {
  const options = createMainWindowOptions('/app/out/preload/index.cjs', '/app/assets/icon.png');
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false], // would download dictionaries from Google
  ] as const)('sets webPreferences.%s to %s', (flag, value) => {
    expect(web[flag]).toBe(value);
  });

  it('loads the given preload and enables no Blink features', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.enableBlinkFeatures).toBeUndefined();
  });

  it('sets no web preference beyond the reviewed ones (no allowpopups, additionalArguments, partitions, …)', () => {
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('waits for ready-to-show, titles and sizes the window', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Civic Desk');
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(560);
  });

  it('sets the icon only when given', () => {
    expect(options.icon).toBe('/app/assets/icon.png');
    expect('icon' in createMainWindowOptions('/p.cjs')).toBe(false);
  });
});
