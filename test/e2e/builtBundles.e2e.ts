/**
 * What the builds produce: the Electron main and sandboxed preload bundles and the renderer, with the CSP in
 * place. Runs after `electron-vite build` (npm test and npm run test:e2e build first).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

const out = resolve(import.meta.dirname, '../../out');

describe('built bundles', () => {
  it('the sandboxed preload is one CommonJS file that requires nothing but electron', () => {
    const preload = readFileSync(resolve(out, 'preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('main is an ES module that bundles its own code and loads only Electron and Node built-ins', () => {
    const main = readFileSync(resolve(out, 'main/index.js'), 'utf8');
    const imports = [...main.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map(
      (match) => match[1] ?? '',
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
  });

  it('the renderer page carries the strict CSP and loads only its own files', () => {
    const html = readFileSync(resolve(out, 'renderer/index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});
