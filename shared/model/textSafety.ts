/**
 * Characters a post's text must not carry: they are invisible and can change what a reader sees. C0 control
 * characters (tab, line feed and carriage return excepted in texts), DEL, C1 control characters, and the bidi
 * embeddings and overrides (U+202A–U+202E, e.g. U+202E RIGHT-TO-LEFT OVERRIDE, which shows "txt.exe" as "exe.txt")
 * and isolates (U+2066–U+2069). The marks U+200E and U+200F that right-to-left text needs stay allowed.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** A title is one line: no tab or line break either. */
// eslint-disable-next-line no-control-regex -- as above
const UNSAFE_IN_TITLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The first unsafe character as `U+XXXX`, or null. */
function firstMatch(pattern: RegExp, value: string): string | null {
  const match = pattern.exec(value);
  if (match === null) return null;
  return `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function unsafeTextCharacter(text: string): string | null {
  return firstMatch(UNSAFE_IN_TEXT, text);
}

export function unsafeTitleCharacter(title: string): string | null {
  return firstMatch(UNSAFE_IN_TITLE, title);
}
