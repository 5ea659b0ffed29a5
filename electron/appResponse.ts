/**
 * Answers one app:// request from the built renderer folder: the file with its content type and the security
 * headers, or 404. Pure Node (global `Response`), so it is tested against a real temporary folder.
 */
import { readFile, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { contentTypeFor, resolveAppAssetPath } from './security';

/** Sent with every app:// response, files and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function textResponse(status: number, text: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders },
  });
}

/**
 * The real path of the file a URL names, or null when it is missing, not a regular file, or (through a symlink)
 * lies outside the root.
 */
async function locateFile(rootDir: string, url: string): Promise<string | null> {
  const candidate = resolveAppAssetPath(rootDir, url);
  if (candidate === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(candidate)]);
    return realFile.startsWith(realRoot + sep) ? realFile : null;
  } catch {
    return null;
  }
}

export async function respondToAppRequest(rootDir: string, url: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD')
    return textResponse(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const filePath = await locateFile(rootDir, url);
  if (filePath === null) return textResponse(404, 'Not Found');
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(filePath);
  } catch {
    return textResponse(404, 'Not Found'); // a directory, or gone since we looked
  }
  return new Response(method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(filePath),
      'Content-Length': String(body.byteLength),
    },
  });
}
