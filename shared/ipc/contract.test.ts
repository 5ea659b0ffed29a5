import { describe, expect, it } from 'vitest';
import {
  externalUrlSchema,
  IPC_CHANNELS,
  ipcRequestSchemas,
  isOpenableExternalUrl,
  MAX_EXTERNAL_URL_LENGTH,
  MAX_NOTIFICATION_BODY,
  MAX_NOTIFICATION_TITLE,
  printToPdfResultSchema,
  saveFileResultSchema,
  showNotificationRequestSchema,
  type SaveFileResult,
} from './contract';

describe('IPC contract', () => {
  it('has a schema and a distinct channel for every operation', () => {
    expect(Object.keys(ipcRequestSchemas).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^civic-desk:[a-z-]+$/);
  });
});

describe('external URLs', () => {
  it.each([
    'https://www.berlin.de/',
    'http://example.org/path?q=1#top',
    'https://mastodon.social/@stadt_musterhausen',
    'https://de.wikipedia.org/wiki/B%C3%BCrgeramt',
    'HTTPS://EXAMPLE.ORG',
    'https://example.org:8443/a',
  ])('accepts %s', (url) => {
    expect(isOpenableExternalUrl(url)).toBe(true);
  });

  it.each([
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['the app itself', 'app://desk/index.html'],
    ['SMB share', 'smb://server/share'],
    ['Windows protocol handler', 'ms-msdt:/id=PCWDiagnostic'],
    ['mail link', 'mailto:a@b.de'],
    ['credentials', 'https://user:pw@example.org/'],
    ['user name only', 'https://www.bank.de@evil.example/'],
    ['backslash in the host', 'https://evil.example\\@bank.de/'],
    ['backslash in the path', 'https://example.org/a\\b'],
    ['whitespace', 'https://example.org/a b'],
    ['a newline', 'https://example.org/\nx'],
    ['no host', 'https://'],
    ['no scheme', 'www.berlin.de'],
    ['protocol-relative', '//evil.example/'],
    ['leading space', ' https://example.org/'],
    ['empty', ''],
  ])('rejects %s', (_name, url) => {
    expect(isOpenableExternalUrl(url)).toBe(false);
  });

  it('rejects anything that is not a string', () => {
    for (const value of [null, undefined, 42, { href: 'https://example.org' }, ['https://example.org']]) {
      expect(isOpenableExternalUrl(value)).toBe(false);
    }
  });

  it(`caps the length at ${MAX_EXTERNAL_URL_LENGTH} characters`, () => {
    const prefix = 'https://example.org/';
    const longest = prefix + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - prefix.length);
    expect(isOpenableExternalUrl(longest)).toBe(true);
    const result = externalUrlSchema.safeParse(`${longest}a`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 2048 characters/);
  });
});

describe('notification requests', () => {
  const valid = (title: string, body: string) =>
    showNotificationRequestSchema.safeParse({ title, body }).success;

  it('accepts plain text, umlauts, emoji and line breaks in the body', () => {
    expect(valid('Civic Desk', '„Quiz der Woche“ wartet auf Ihre Freigabe.\nBitte bis 10 Uhr.')).toBe(true);
    expect(valid('Grüße 🎉', '')).toBe(true);
    expect(valid('x'.repeat(MAX_NOTIFICATION_TITLE), 'y'.repeat(MAX_NOTIFICATION_BODY))).toBe(true);
  });

  it('refuses an empty or overlong title and an overlong body', () => {
    expect(valid('', 'x')).toBe(false);
    expect(valid('x'.repeat(MAX_NOTIFICATION_TITLE + 1), 'x')).toBe(false);
    expect(valid('x', 'y'.repeat(MAX_NOTIFICATION_BODY + 1))).toBe(false);
  });

  it.each([
    ['a line break in the title', 'a\nb', 'x'],
    ['a tab', 'a', 'b\tc'],
    ['an escape sequence', 'a', '\u001b[31mrot'],
    ['a carriage return', 'a', 'b\rc'],
    ['a NUL byte', 'a\u0000', 'x'],
    ['a C1 control', 'a', 'b\u0085c'],
  ])('refuses %s', (_name, title, body) => {
    expect(valid(title, body)).toBe(false);
  });

  it('refuses other types and extra fields', () => {
    expect(showNotificationRequestSchema.safeParse({ title: 1, body: 'x' }).success).toBe(false);
    expect(showNotificationRequestSchema.safeParse({ title: 'a' }).success).toBe(false);
    expect(
      showNotificationRequestSchema.safeParse({ title: 'a', body: 'b', icon: '/etc/x.png' }).success,
    ).toBe(false);
  });

  it('is the argument schema of showNotification; takeOpenedFiles takes no argument', () => {
    expect(ipcRequestSchemas.showNotification.safeParse([{ title: 'a', body: 'b' }]).success).toBe(true);
    expect(ipcRequestSchemas.showNotification.safeParse([]).success).toBe(false);
    expect(ipcRequestSchemas.takeOpenedFiles.safeParse([]).success).toBe(true);
    expect(ipcRequestSchemas.takeOpenedFiles.safeParse(['/etc/passwd']).success).toBe(false);
  });
});

describe('save results', () => {
  const lowDisk: SaveFileResult = {
    status: 'failed',
    reason: 'lowDisk',
    neededBytes: 54_525_952,
    freeBytes: 12_582_912,
  };

  it.each<[string, SaveFileResult]>([
    ['saved', { status: 'saved', fileName: 'plan.ics' }],
    ['cancelled', { status: 'cancelled' }],
    ['low disk', lowDisk],
    ['a failed write with its code', { status: 'failed', reason: 'writeFailed', code: 'EACCES' }],
    ['a failed write without a code', { status: 'failed', reason: 'writeFailed', code: null }],
  ])('accepts %s', (_name, result) => {
    expect(saveFileResultSchema.parse(result)).toEqual(result);
    expect(printToPdfResultSchema.parse(result)).toEqual(result);
  });

  it.each([
    ['failed without a reason', { status: 'failed' }],
    ['an unknown reason', { status: 'failed', reason: 'quota', neededBytes: 1, freeBytes: 0 }],
    ['low disk without the sizes', { status: 'failed', reason: 'lowDisk' }],
    ['negative sizes', { ...lowDisk, freeBytes: -1 }],
    ['fractional sizes', { ...lowDisk, neededBytes: 1.5 }],
    ['sizes as text', { ...lowDisk, freeBytes: '12 MB' }],
    [
      'the sizes of low disk on a failed write',
      { status: 'failed', reason: 'writeFailed', code: null, freeBytes: 1 },
    ],
    ['a message instead of a code', { status: 'failed', reason: 'writeFailed', code: 'no permission' }],
    ['a failed write without its code field', { status: 'failed', reason: 'writeFailed' }],
    ['saved without a name', { status: 'saved', fileName: '' }],
    ['saved with a failure reason', { status: 'saved', fileName: 'a.ics', reason: 'lowDisk' }],
  ])('refuses %s', (_name, result) => {
    expect(saveFileResultSchema.safeParse(result).success).toBe(false);
  });

  it('lets printToPdf also answer printed, which saveFile never does', () => {
    expect(printToPdfResultSchema.safeParse({ status: 'printed' }).success).toBe(true);
    expect(saveFileResultSchema.safeParse({ status: 'printed' }).success).toBe(false);
  });
});
