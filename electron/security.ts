/**
 * Pure security rules of the desktop shell: which URLs belong to the app, how an app:// request maps to a file,
 * which external URLs could ever be handed to the OS, and what permissions the page gets. No Electron import, so
 * every rule is unit-tested in plain Node.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The renderer's scheme and host. IndexedDB belongs to this origin: never change either value. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app's own origin (app://desk/…), without credentials or port. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True for plain http(s) URLs without credentials: the only kind that may ever go to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function isSafeSegment(segment: string): boolean {
  return (
    segment !== '' &&
    segment !== '.' &&
    segment !== '..' &&
    !segment.includes('\\') &&
    !segment.includes(':') &&
    !segment.includes('\0')
  );
}

/**
 * Maps `app://desk/<path>` to a file under `rootDir`, or null when the URL is foreign or the path could leave the
 * root: `..` (also percent-encoded), backslashes, drive letters, empty segments, NUL bytes. `/` and any path ending
 * in `/` mean `index.html`. Query and fragment are ignored.
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const parsed = parseUrl(requestUrl);
  if (parsed === null) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

  const segments = pathname.replace(/^\//, '').split('/');
  if (!segments.every(isSafeSegment)) return null;

  const root = resolve(rootDir);
  const candidate = resolve(root, ...segments);
  const fromRoot = relative(root, candidate);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot))
    return null;
  return candidate;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type for a served file, by extension; unknown types are opaque bytes (and nosniff keeps them so). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
