/**
 * The production Content-Security-Policy: only the app's own files, no inline script or style, no eval, no remote
 * hosts. Electron sends it as a header for every `app://` response; the browser build carries it as a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
