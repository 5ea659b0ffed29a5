import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  contentTypeFor,
  isAppUrl,
  isSafeExternalUrl,
  resolveAppAssetPath,
} from './security';

const root = resolve('/srv/civic-desk/out/renderer');

describe('app origin', () => {
  it('is app://desk, the origin IndexedDB is bound to', () => {
    expect(APP_ORIGIN).toBe('app://desk');
    expect(APP_ENTRY_URL).toBe('app://desk/index.html');
  });

  it.each(['app://desk/', 'app://desk/index.html', 'app://desk/assets/a.js?v=1#top', 'app://desk'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://evil/',
    'app://desk.evil.com/',
    'app://desk:8080/',
    'app://user:pw@desk/',
    'https://desk/',
    'file:///etc/passwd',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('resolveAppAssetPath', () => {
  it('maps / and an empty path to index.html', () => {
    expect(resolveAppAssetPath(root, 'app://desk/')).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://desk')).toBe(join(root, 'index.html'));
  });

  it('maps nested files and ignores query and fragment', () => {
    expect(resolveAppAssetPath(root, 'app://desk/assets/index-abc.js?x=1#y')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppAssetPath(root, 'app://desk/fonts/Open%20Sans.woff2')).toBe(
      join(root, 'fonts', 'Open Sans.woff2'),
    );
  });

  it('keeps dot segments that the URL parser resolves inside the root', () => {
    // WHATWG URL parsing already collapses `..` and `%2e%2e` segments at the root.
    for (const url of ['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2E%2E/etc/passwd']) {
      const path = resolveAppAssetPath(root, url);
      expect(path).toBe(join(root, 'etc', 'passwd'));
    }
  });

  it.each([
    ['encoded slash after ..', 'app://desk/..%2f..%2fetc%2fpasswd'],
    ['encoded dots and slash', 'app://desk/%2e%2e%2fsecret.txt'],
    ['encoded backslash', 'app://desk/..%5c..%5csecret.txt'],
    ['raw backslash', 'app://desk/assets\\..\\..\\secret.txt'],
    ['encoded absolute path', 'app://desk/%2fetc%2fpasswd'],
    ['empty segment (absolute path)', 'app://desk//etc/passwd'],
    ['drive letter', 'app://desk/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://desk/C%3A%5CWindows%5Cwin.ini'],
    ['NUL byte', 'app://desk/index.html%00.png'],
    ['malformed encoding', 'app://desk/%E0%A4%A'],
    ['foreign host', 'app://other/index.html'],
    ['foreign scheme', 'file:///srv/civic-desk/out/renderer/index.html'],
  ])('rejects %s', (_name, url) => {
    expect(resolveAppAssetPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    const urls = ['app://desk/a/b/../../..', 'app://desk/./x', 'app://desk/%2E/x', 'app://desk/.%2e/x'];
    for (const url of urls) {
      const path = resolveAppAssetPath(root, url);
      if (path !== null) expect(path.startsWith(root)).toBe(true);
    }
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.berlin.de/', 'http://example.org/path?q=1'])('accepts %s', (url) =>
    expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://desk/index.html',
    'smb://server/share',
    'ms-msdt:/id',
    'mailto:a@b.de',
    'https://user:pw@example.org/',
    'nonsense',
  ])('rejects %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['blob.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
