/**
 * A strict reader of https addresses, without the platform's URL class (shared/ runs on plain ES2023): the whole
 * address must be RFC 3986 characters, the host ASCII labels (internationalised names in punycode), no user
 * information (`user@host`), an optional port. Anything else is refused rather than guessed.
 */

/** The characters RFC 3986 allows in an address, `%` escapes included. */
const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const HTTPS = /^https:\/\/([^/?#]*)([/?#].*)?$/i;
const HOST_AND_PORT = /^((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62})(?::(\d{1,5}))?$/;

export interface HttpsUrl {
  /** Lower-case host name without port. */
  host: string;
  /** The address as given (only RFC 3986 characters). */
  href: string;
}

export const URL_MAX_LENGTH = 2048;

/** The host of an https address, or null when `value` is not one. */
export function parseHttpsUrl(value: string): HttpsUrl | null {
  if (value.length > URL_MAX_LENGTH || !URI_CHARACTERS.test(value)) return null;
  const match = HTTPS.exec(value);
  const authority = match?.[1]?.toLowerCase();
  if (authority === undefined) return null;
  const host = HOST_AND_PORT.exec(authority);
  if (host === null || host[1] === undefined) return null;
  if (host[2] !== undefined && Number(host[2]) > 65535) return null;
  return { host: host[1], href: value };
}

/** Whether `host` is `domain` or one of its subdomains (`m.facebook.com` for `facebook.com`). */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
