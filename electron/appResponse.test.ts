import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { respondToAppRequest } from './appResponse';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'civic-desk-serve-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Civic Desk</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'top secret');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('respondToAppRequest', () => {
  it('serves index.html for / with type and security headers', async () => {
    const response = await respondToAppRequest(root, 'app://desk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Civic Desk</title>');
  });

  it('serves a script with its content type', async () => {
    const response = await respondToAppRequest(root, 'app://desk/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await respondToAppRequest(root, 'app://desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe('40');
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://desk/nope.js'],
    ['a directory', 'app://desk/assets'],
    ['a traversal attempt', 'app://desk/..%2fsecret.txt'],
    ['a symlink leaving the root', 'app://desk/assets/link.txt'],
    ['a foreign host', 'app://elsewhere/index.html'],
  ])('answers 404 with security headers for %s', async (_name, url) => {
    const response = await respondToAppRequest(root, url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe('Not Found');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await respondToAppRequest(root, 'app://desk/index.html', 'POST');
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });
});
