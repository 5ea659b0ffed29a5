import { strToU8, unzipSync, zipSync, type Zippable, type ZipOptions } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_VIDEO_BYTES } from '../media/inspect';
import {
  PACKAGE_MAX_ENTRIES,
  PACKAGE_MAX_ENTRY_BYTES,
  PACKAGE_MAX_TOTAL_BYTES,
  PackageReadError,
  readPackageZip,
  type PackageReadErrorCode,
  type PackageReadLimits,
} from './packageReader';
import { centralHeaderOf, replaceBytes, signedPackage } from './verifyPackageFixtures';

let packageZip: Uint8Array;

beforeAll(async () => {
  packageZip = (await signedPackage()).zip;
});

function refusal(zip: Uint8Array, limits: Partial<PackageReadLimits> = {}): PackageReadError {
  try {
    readPackageZip(zip, limits);
  } catch (error) {
    if (error instanceof PackageReadError) return error;
    throw error;
  }
  throw new Error('the ZIP was accepted');
}

function expectRefused(
  zip: Uint8Array,
  code: PackageReadErrorCode,
  entry: string | null,
  limits: Partial<PackageReadLimits> = {},
): PackageReadError {
  const error = refusal(zip, limits);
  expect({ code: error.code, entry: error.entry }).toEqual({ code, entry });
  return error;
}

const one = (name: string, bytes: Uint8Array = strToU8('x')): Uint8Array => zipSync({ [name]: bytes });

/** `length` zero bytes deflated: about 1,000 times smaller than they inflate. */
const zeros = (name: string, length: number): Uint8Array =>
  zipSync({ [name]: [new Uint8Array(length), { level: 9 }] });

function setU16(zip: Uint8Array, at: number, value: number): Uint8Array {
  const out = zip.slice();
  new DataView(out.buffer).setUint16(at, value, true);
  return out;
}

function setU32(zip: Uint8Array, at: number, value: number): Uint8Array {
  const out = zip.slice();
  new DataView(out.buffer).setUint32(at, value, true);
  return out;
}

describe('readPackageZip on real packages', () => {
  it('reads every entry of a publish package with the bytes fflate unpacks', () => {
    const entries = readPackageZip(packageZip);
    const expected = unzipSync(packageZip);
    expect(entries.map((entry) => entry.name)).toEqual(Object.keys(expected));
    for (const entry of entries) expect(entry.bytes).toEqual(expected[entry.name]);
    expect(entries.some((entry) => entry.name.endsWith('.jpg'))).toBe(true);
  });

  it('accepts folder entries, as tools that re-zip a folder write them, and marks them', () => {
    const zippable: Zippable = { 'post/': new Uint8Array(0), 'post/a.txt': strToU8('Hallo') };
    const entries = readPackageZip(zipSync(zippable));
    expect(entries.map(({ name, directory }) => [name, directory])).toEqual([
      ['post/', true],
      ['post/a.txt', false],
    ]);
  });

  it('has caps above the largest real package: a video the app accepts fits, and 2,000 posts of entries', () => {
    expect(PACKAGE_MAX_ENTRY_BYTES).toBeGreaterThanOrEqual(MAX_VIDEO_BYTES);
    expect(PACKAGE_MAX_TOTAL_BYTES).toBeGreaterThanOrEqual(PACKAGE_MAX_ENTRY_BYTES);
    expect(PACKAGE_MAX_ENTRIES).toBeGreaterThanOrEqual(2_000 * 9);
  });
});

describe('readPackageZip refuses', () => {
  it.each([
    ['../x', 'the name contains a ".." segment'],
    ['post/../../x', 'the name contains a ".." segment'],
    ['/etc/x', 'the name is an absolute path'],
    ['C:\\x', 'the name contains a backslash'],
    ['C:/x', 'the name starts with a drive letter'],
    ['a\\..\\b', 'the name contains a backslash'],
    ['a/./b', 'the name contains a "." segment'],
    ['a//b', 'the name contains an empty segment'],
    ['x\u0000.txt', 'the name contains a control character'],
  ])('the entry name %j (zip slip and friends)', (name, reason) => {
    const error = expectRefused(one(name), 'badEntryName', name);
    expect(error.message).toContain(reason);
  });

  it('prints a name with terminal escapes or bidi overrides harmlessly', () => {
    const error = expectRefused(
      one('\u001b[31mrot\u202Etxt.exe'),
      'badEntryName',
      '\u001b[31mrot\u202Etxt.exe',
    );
    expect(error.message).toMatch(/^\\u\{1b\}\[31mrot\\u\{202e\}txt\.exe: /);
  });

  it('a name that is not UTF-8, shown with its bytes escaped', () => {
    const zip = replaceBytes(
      one('abc.txt'),
      strToU8('abc.txt'),
      Uint8Array.of(0x61, 0xff, 0x63, 0x2e, 0x74, 0x78, 0x74),
    );
    expectRefused(zip, 'badEntryName', 'a\\xffc.txt');
  });

  it('the same name twice, also when only the case differs (one file on Windows and macOS)', () => {
    const zip = zipSync({ 'post/a.txt': strToU8('1'), 'post/b.txt': strToU8('2') });
    expectRefused(
      replaceBytes(zip, strToU8('post/b.txt'), strToU8('post/a.txt')),
      'duplicateEntry',
      'post/a.txt',
    );
    const error = expectRefused(
      replaceBytes(zip, strToU8('post/b.txt'), strToU8('POST/A.txt')),
      'duplicateEntry',
      'POST/A.txt',
    );
    expect(error.message).toContain('"post/a.txt"');
  });

  it('more entries than the cap, before reading any', () => {
    const zip = zipSync({ a: strToU8('1'), b: strToU8('2'), c: strToU8('3') });
    expect(readPackageZip(zip, { maxEntries: 3 })).toHaveLength(3);
    expectRefused(zip, 'tooManyEntries', null, { maxEntries: 2 });
  });

  it('a bomb: a small entry that inflates beyond the per-entry cap', () => {
    const bomb = zeros('nullen.bin', 8 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(20_000);
    const error = expectRefused(bomb, 'entryTooLarge', 'nullen.bin', { maxEntryBytes: 1024 * 1024 });
    expect(error.message).toContain('declares 8388608 bytes');
  });

  it('a bomb whose header lies about its size: inflating stops past the declared size', () => {
    const bomb = zeros('nullen.bin', 8 * 1024 * 1024);
    const central = centralHeaderOf(bomb, strToU8('nullen.bin'));
    // Both headers lie alike (headers that disagree are refused before anything is inflated).
    const lie = (zip: Uint8Array, at: number, size: number): Uint8Array =>
      setU32(setU32(zip, at + 24, size), 22, size);
    const lying = lie(bomb, central, 100);
    const error = expectRefused(lying, 'sizeMismatch', 'nullen.bin');
    expect(error.message).toBe('nullen.bin: inflates to more than 100 bytes, but the archive declares 100');
    // Inflating stops in the first 16 KiB step past the declared size: a 48 MiB bomb in three steps, each below the
    // 20 MiB cap, is refused for its size after one step, not for the cap after three.
    const large = zeros('gross.bin', 48 * 1024 * 1024);
    expect(large.length).toBeGreaterThan(2 * 16 * 1024);
    const largeCentral = centralHeaderOf(large, strToU8('gross.bin'));
    expectRefused(lie(large, largeCentral, 100), 'sizeMismatch', 'gross.bin', {
      maxEntryBytes: 20 * 1024 * 1024,
    });
    // Declaring more than the content has is refused too (and allocates nothing up front).
    expectRefused(lie(bomb, central, 900 * 1024 * 1024), 'sizeMismatch', 'nullen.bin');
    // A central size alone changed: the headers disagree.
    expectRefused(setU32(bomb, central + 24, 100), 'ambiguous', 'nullen.bin');
    // Deflating 56 MiB of zeros at level 9 takes seconds on a loaded machine: a longer limit, no sleep.
  }, 30_000);

  it('a declared size beyond the cap without inflating, and a total beyond the total cap', () => {
    const zip = one('gross.bin');
    const central = centralHeaderOf(zip, strToU8('gross.bin'));
    expectRefused(setU32(zip, central + 24, 0xfffffff0), 'entryTooLarge', 'gross.bin');
    const two = zipSync({ 'a.bin': new Uint8Array(600), 'b.bin': new Uint8Array(600) });
    expect(readPackageZip(two, { maxTotalBytes: 1200 })).toHaveLength(2);
    expectRefused(two, 'totalTooLarge', null, { maxTotalBytes: 1000 });
  });

  it('encrypted entries and other compression methods', () => {
    const zip = one('geheim.txt');
    const central = centralHeaderOf(zip, strToU8('geheim.txt'));
    expectRefused(setU16(zip, central + 8, 0x0001), 'encrypted', 'geheim.txt');
    expectRefused(setU16(zip, central + 10, 99), 'encrypted', 'geheim.txt');
    const error = expectRefused(setU16(zip, central + 10, 12), 'unsupported', 'geheim.txt');
    expect(error.message).toContain('compression method 12');
  });

  it('ZIP64 and multi-disk archives', () => {
    const zip = one('a.txt');
    const eocd = zip.length - 22;
    expectRefused(setU16(setU16(zip, eocd + 8, 0xffff), eocd + 10, 0xffff), 'unsupported', null);
    expectRefused(setU16(zip, eocd + 4, 1), 'unsupported', null);
  });

  it('what is not a ZIP, or a damaged one, as notZip or corrupt', () => {
    expectRefused(new Uint8Array(0), 'notZip', null);
    expectRefused(strToU8('{"format":"civic-desk-publish-package"}'), 'notZip', null);
    expectRefused(packageZip.subarray(0, packageZip.length - 5), 'notZip', null);
    const eocd = packageZip.length - 22;
    expectRefused(setU32(packageZip, eocd + 16, packageZip.length), 'corrupt', null);
    expectRefused(setU32(packageZip, eocd + 16, 3), 'ambiguous', null);
  });

  it('a stored file changed inside the ZIP (its CRC-32 no longer matches)', () => {
    const zip = zipSync({ 'bild-1.jpg': [strToU8('JPEG-Bytes'), { level: 0 }] });
    const changed = replaceBytes(zip, strToU8('JPEG-Bytes'), strToU8('JPEG-Bytez'));
    const error = expectRefused(changed, 'corrupt', 'bild-1.jpg');
    expect(error.message).toContain('CRC-32');
  });

  it('damaged compressed data', () => {
    const zip = zipSync({ 'a.txt': [strToU8('Bürgerfest '.repeat(50)), { level: 9 }] });
    const central = centralHeaderOf(zip, strToU8('a.txt'));
    const broken = zip.slice();
    broken.fill(0xff, 30 + 5, 30 + 5 + 8);
    expect(['corrupt', 'sizeMismatch']).toContain(refusal(broken).code);
    // A shorter compressed size in both headers leaves bytes no entry accounts for.
    expectRefused(setU32(setU32(zip, central + 20, 4), 18, 4), 'ambiguous', null);
  });

  it('a central directory entry whose local header names another file', () => {
    const zip = zipSync({ 'a.txt': strToU8('1'), 'b.txt': strToU8('2') });
    const central = centralHeaderOf(zip, strToU8('b.txt'));
    const error = expectRefused(setU32(zip, central + 42, 0), 'ambiguous', 'b.txt');
    expect(error.message).toContain('names another file');
  });

  it('entries whose data overlap (one piece of data listed as several files)', () => {
    const inner = zipSync({ b: [strToU8('innen'), { level: 0 }] });
    const innerLocal = inner.subarray(0, 30 + 1 + 5);
    const zip = zipSync({ a: [innerLocal, { level: 0 }], b: [strToU8('innen'), { level: 0 }] });
    const central = centralHeaderOf(zip, strToU8('b'));
    const error = expectRefused(setU32(zip, central + 42, 30 + 1), 'ambiguous', 'b');
    expect(error.message).toContain('overlaps');
  });
});

describe('readPackageZip refuses what another extractor reads differently', () => {
  const entry = (options: ZipOptions, name = 'post/a.txt'): Uint8Array =>
    zipSync({ 'post/b.txt': strToU8('b'), [name]: [strToU8('a'), options] });

  it.each([
    ['an Info-ZIP Unicode Path extra field', { extra: { 0x7075: new Uint8Array([1, 0, 0, 0, 0, 0x78]) } }],
    ['a PKWARE Unix extra field (link target)', { extra: { 0x000d: new Uint8Array(12) } }],
    ['a ZIP64 extra field', { extra: { 0x0001: new Uint8Array(16) } }],
    ['an unknown extra field', { extra: { 0x4242: new Uint8Array(2) } }],
  ])('%s', (_name, options) => {
    expectRefused(entry(options), 'ambiguous', 'post/a.txt');
  });

  it('accepts harmless extra fields (timestamps)', () => {
    expect(readPackageZip(entry({ extra: { 0x5455: new Uint8Array([1, 0, 0, 0, 0]) } }))).toHaveLength(2);
  });

  it.each([
    ['a symlink', 0o120777],
    ['a character device', 0o020666],
    ['a FIFO', 0o010644],
    ['a socket', 0o140755],
    ['a set-uid file', 0o104755],
    ['a folder mode on a file', 0o040755],
  ])('%s (Unix mode in the external attributes)', (_name, mode) => {
    expectRefused(entry({ os: 3, attrs: (mode << 16) >>> 0 }), 'notRegular', 'post/a.txt');
  });

  it('an NTFS reparse point and a DOS folder attribute on a file', () => {
    expectRefused(entry({ os: 10, attrs: 0x400 }), 'notRegular', 'post/a.txt');
    expectRefused(entry({ os: 0, attrs: 0x10 }), 'notRegular', 'post/a.txt');
    expect(readPackageZip(entry({ os: 3, attrs: (0o100644 << 16) >>> 0 }))).toHaveLength(2);
  });

  it('a data descriptor, and local and central headers that disagree', () => {
    const zip = one('a.txt');
    const central = centralHeaderOf(zip, strToU8('a.txt'));
    expectRefused(setU16(setU16(zip, 6, 0x0808), central + 8, 0x0808), 'ambiguous', 'a.txt');
    expectRefused(setU32(zip, 14, 0), 'ambiguous', 'a.txt');
    expectRefused(setU32(zip, 10, 0), 'ambiguous', 'a.txt');
  });

  it('a non-ASCII name without the UTF-8 flag (read as CP437 elsewhere)', () => {
    const zip = one('grüße.txt');
    const central = centralHeaderOf(zip, strToU8('grüße.txt'));
    expect(readPackageZip(zip)).toHaveLength(1);
    expectRefused(setU16(setU16(zip, 6, 0), central + 8, 0), 'ambiguous', 'grüße.txt');
  });

  it('a comment after the end record, and bytes before the first entry', () => {
    const zip = one('a.txt');
    const withComment = new Uint8Array(zip.length + 4);
    withComment.set(zip);
    withComment.set(strToU8('PK!!'), zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, 4, true);
    expectRefused(withComment, 'ambiguous', null);
  });

  it.each([
    ['a file and a folder of the same name', { a: strToU8('1'), 'a/b': strToU8('2') }, 'a'],
    [
      'names that one Unicode normalisation makes equal',
      { 'gru\u0308n': strToU8('1'), grün: strToU8('2') },
      'grün',
    ],
    ['ß and SS', { 'straße.txt': strToU8('1'), 'STRASSE.txt': strToU8('2') }, 'STRASSE.txt'],
  ])('%s', (_name, files, refused) => {
    expectRefused(zipSync(files), 'duplicateEntry', refused);
  });

  it.each(['a.txt.', 'a /b.txt', 'CON', 'post/nul.txt', 'a.txt:stream'])(
    'the Windows-only name %j',
    (name) => {
      expectRefused(one(name), 'badEntryName', name);
    },
  );
});
