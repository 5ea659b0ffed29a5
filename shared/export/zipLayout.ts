/**
 * The structure of a ZIP from outside, read strictly (packageReader.ts unpacks what this accepts). ZIP can be read
 * in two ways: through the central directory at the end (what this reader, `unzip` and most desktop tools do), or
 * streaming from the first local header on (what streaming extractors and some libraries do). Every archive that
 * the two ways, or two extractors, could read differently is refused here, so the files this reader checks are
 * the files anyone else unpacks:
 *   - every byte belongs to exactly one place: local header, name, extra field and data of one entry, back to
 *     back from byte 0, then the central directory, then the end record (no comment). Data before the first
 *     entry, junk or gaps between entries (e.g. a local entry the central directory does not list, which a
 *     streaming extractor unpacks), overlapping entries and trailing bytes are refused;
 *   - local and central header of each entry agree: name, flags, method, CRC-32 and sizes; data descriptors
 *     (sizes after the data, where a streaming extractor must find the end of the data itself) are refused;
 *   - extra fields are well-formed and only of kinds that change nothing about name, content or type (timestamps,
 *     owner ids); the Info-ZIP Unicode Path field (0x7075), which some extractors use instead of the name, ZIP64,
 *     encryption and Unix fields that carry link targets are refused;
 *   - a name with bytes above ASCII must carry the UTF-8 flag (else extractors read it as CP437);
 *   - external attributes: only regular files (and folders whose name ends in `/`); symlinks, devices, FIFOs,
 *     sockets, set-uid/set-gid/sticky bits, NTFS reparse points and volume labels are refused.
 * Pure: no Node or DOM.
 */
import { PackageReadError, type PackageReadLimits } from './packageReaderError';
import { decodeEntryName, escapeNameBytes } from './zipEntryNames';

export interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  nameBytes: Uint8Array;
  flags: number;
  /** MS-DOS time and date, compared with the local header's. */
  dosTime: number;
  /** The compressed data (a view into the archive), set by `locateEntries`. */
  data: Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
export const STORED = 0;
export const DEFLATE = 8;

/** General purpose flags: encryption (0), data descriptor (3), strong encryption (6), UTF-8 (11), CD encryption (13). */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const FLAG_MASKED_HEADERS = 0x2000;

/** Extra fields that change nothing about an entry's name, content or type. */
const HARMLESS_EXTRAS: ReadonlyMap<number, string> = new Map([
  [0x000a, 'NTFS timestamps'],
  [0x5455, 'extended timestamp'],
  [0x7875, 'Unix owner'],
  [0xcafe, 'JAR marker'],
]);
const NAMED_EXTRAS: ReadonlyMap<number, string> = new Map([
  [0x0001, 'ZIP64 sizes (ZIP64 is not supported)'],
  [0x000d, 'PKWARE Unix (can carry a link target)'],
  [0x0017, 'strong encryption header'],
  [0x5855, 'old Info-ZIP Unix'],
  [0x6375, 'Info-ZIP Unicode comment'],
  [0x7075, 'Info-ZIP Unicode Path: extractors that read it use another name than the one checked'],
  [0x9901, 'AES encryption'],
]);

/** Unix file types in the high half of the external attributes. */
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const SPECIAL_MODE_BITS = 0o7000;
/** MS-DOS / NTFS attributes in the low half. */
const DOS_VOLUME_LABEL = 0x08;
const DOS_DIRECTORY = 0x10;
const NTFS_REPARSE_POINT = 0x400;

export const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
export const u32 = (bytes: Uint8Array, at: number): number =>
  (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

const ambiguous = (reason: string, entry: string | null = null): PackageReadError =>
  new PackageReadError('ambiguous', reason, entry);

/** The end record: the last 22 bytes, with no comment (a comment could hide a second end record). */
function endOfCentralDirectory(zip: Uint8Array): number {
  const eocd = zip.length - EOCD_SIZE;
  if (eocd >= 0 && u32(zip, eocd) === EOCD_SIGNATURE && u16(zip, eocd + 20) === 0) return eocd;
  for (let at = zip.length - EOCD_SIZE; at >= Math.max(0, zip.length - EOCD_SIZE - 0xffff); at -= 1) {
    if (u32(zip, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(zip, at + 20) === zip.length) {
      throw ambiguous('the archive has a comment or bytes after its end record');
    }
  }
  throw new PackageReadError('notZip', 'not a ZIP file (no end of central directory record)');
}

/** Each record of an extra field, or the reason it is refused. */
function extraProblem(extra: Uint8Array): string | null {
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) return 'the extra field is malformed';
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    if (at + 4 + size > extra.length) return 'the extra field is malformed';
    if (!HARMLESS_EXTRAS.has(id)) {
      const known = NAMED_EXTRAS.get(id);
      const hex = `0x${id.toString(16).padStart(4, '0')}`;
      return `the extra field ${hex} (${known ?? 'unknown kind'}) is not accepted`;
    }
    at += 4 + size;
  }
  return null;
}

/** Regular files and folders only, by both the Unix mode and the MS-DOS/NTFS attributes. */
function attributeProblem(attributes: number, directory: boolean): string | null {
  const mode = attributes >>> 16;
  const type = mode & S_IFMT;
  if (type !== 0 && type !== (directory ? S_IFDIR : S_IFREG)) {
    if (type === 0o120000) return 'the entry is a symbolic link';
    if (type === S_IFDIR || type === S_IFREG) return 'the entry is a folder and a file at once';
    return 'the entry is not a regular file (a device, FIFO or socket)';
  }
  if ((mode & SPECIAL_MODE_BITS) !== 0) return 'the entry has set-uid, set-gid or sticky bits';
  const dos = attributes & 0xffff;
  if ((dos & NTFS_REPARSE_POINT) !== 0) return 'the entry is a reparse point (a link on Windows)';
  if ((dos & DOS_VOLUME_LABEL) !== 0) return 'the entry is a volume label';
  if ((dos & DOS_DIRECTORY) !== 0 && !directory) return 'the entry is a folder and a file at once';
  return null;
}

const FLAG_MESSAGES = {
  encrypted: 'the entry is encrypted',
  unsupported: 'the compression method is not supported (only stored and DEFLATE)',
  ambiguous:
    'the entry has a data descriptor (sizes after the data, which streaming extractors find by themselves)',
} as const;

function flagProblem(flags: number, method: number): keyof typeof FLAG_MESSAGES | null {
  if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) !== 0) return 'encrypted';
  if (method === 99) return 'encrypted';
  if (method !== STORED && method !== DEFLATE) return 'unsupported';
  if ((flags & FLAG_DATA_DESCRIPTOR) !== 0) return 'ambiguous';
  return null;
}

function readCentralEntry(zip: Uint8Array, at: number, end: number, index: number): [CentralEntry, number] {
  const damaged = (): PackageReadError =>
    new PackageReadError('corrupt', `central directory entry ${index + 1} is damaged`);
  if (at + CENTRAL_SIZE > end || u32(zip, at) !== CENTRAL_SIGNATURE) throw damaged();
  const nameLength = u16(zip, at + 28);
  const extraLength = u16(zip, at + 30);
  const next = at + CENTRAL_SIZE + nameLength + extraLength + u16(zip, at + 32);
  if (next > end) throw damaged();
  const nameBytes = zip.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const name = decodeEntryName(nameBytes);
  if (name === null) {
    throw new PackageReadError('badEntryName', 'the name is not UTF-8', escapeNameBytes(nameBytes));
  }
  const flags = u16(zip, at + 8);
  const method = u16(zip, at + 10);
  const code = flagProblem(flags, method);
  if (code !== null) {
    const reason =
      code === 'unsupported' ? `compression method ${method} is not supported` : FLAG_MESSAGES[code];
    throw new PackageReadError(code, reason, name);
  }
  if (nameBytes.some((byte) => byte >= 0x80) && (flags & FLAG_UTF8) === 0) {
    throw ambiguous('the name has non-ASCII bytes without the UTF-8 flag (read as CP437 elsewhere)', name);
  }
  if (u16(zip, at + 34) !== 0) {
    throw new PackageReadError('unsupported', 'archives split over several disks are not supported', name);
  }
  const extra = extraProblem(
    zip.subarray(at + CENTRAL_SIZE + nameLength, at + CENTRAL_SIZE + nameLength + extraLength),
  );
  if (extra !== null) throw ambiguous(extra, name);
  const attributes = attributeProblem(u32(zip, at + 38), name.endsWith('/'));
  if (attributes !== null) throw new PackageReadError('notRegular', attributes, name);
  const entry: CentralEntry = {
    name,
    method,
    crc: u32(zip, at + 16),
    compressedSize: u32(zip, at + 20),
    size: u32(zip, at + 24),
    localOffset: u32(zip, at + 42),
    nameBytes,
    flags,
    dosTime: u32(zip, at + 12),
    data: new Uint8Array(0),
  };
  return [entry, next];
}

/**
 * The central directory's entries (each checked on its own), or a `PackageReadError`. The central directory must
 * fill the bytes between its offset and the end record exactly.
 */
export function readCentralDirectory(
  zip: Uint8Array,
  limits: PackageReadLimits,
): { entries: CentralEntry[]; offset: number } {
  const eocd = endOfCentralDirectory(zip);
  const count = u16(zip, eocd + 10);
  const size = u32(zip, eocd + 12);
  const offset = u32(zip, eocd + 16);
  if (
    count === 0xffff ||
    size === 0xffffffff ||
    offset === 0xffffffff ||
    (eocd >= 20 && u32(zip, eocd - 20) === ZIP64_LOCATOR_SIGNATURE)
  ) {
    throw new PackageReadError('unsupported', 'ZIP64 archives are not supported');
  }
  if (u16(zip, eocd + 4) !== 0 || u16(zip, eocd + 6) !== 0 || u16(zip, eocd + 8) !== count) {
    throw new PackageReadError('unsupported', 'archives split over several disks are not supported');
  }
  if (count > limits.maxEntries) {
    throw new PackageReadError(
      'tooManyEntries',
      `${count} entries, more than the ${limits.maxEntries} allowed`,
    );
  }
  if (offset + size > eocd)
    throw new PackageReadError('corrupt', 'the central directory lies outside the file');
  if (offset + size !== eocd)
    throw ambiguous('there are bytes between the central directory and its end record');
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    const [entry, next] = readCentralEntry(zip, at, offset + size, index);
    entries.push(entry);
    at = next;
  }
  if (at !== offset + size) throw ambiguous('the central directory holds more than its entries');
  return { entries, offset };
}

/** The local header at `entry.localOffset` agrees with the central one; returns where the entry's data ends. */
function locate(zip: Uint8Array, entry: CentralEntry, end: number): number {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > end || u32(zip, at) !== LOCAL_SIGNATURE) {
    throw new PackageReadError('corrupt', 'the local header is missing or damaged', entry.name);
  }
  const nameLength = u16(zip, at + 26);
  const extraLength = u16(zip, at + 28);
  const nameEnd = at + LOCAL_SIZE + nameLength;
  if (nameEnd + extraLength > end) {
    throw new PackageReadError('corrupt', 'the local header is missing or damaged', entry.name);
  }
  if (!sameBytes(zip.subarray(at + LOCAL_SIZE, nameEnd), entry.nameBytes)) {
    throw ambiguous('the local header names another file', entry.name);
  }
  const disagree = [
    [u16(zip, at + 6), entry.flags, 'flags'],
    [u16(zip, at + 8), entry.method, 'compression method'],
    [u32(zip, at + 10), entry.dosTime, 'modification time'],
    [u32(zip, at + 14), entry.crc, 'CRC-32'],
    [u32(zip, at + 18), entry.compressedSize, 'compressed size'],
    [u32(zip, at + 22), entry.size, 'size'],
  ].find(([local, central]) => local !== central);
  if (disagree !== undefined) {
    throw ambiguous(`local and central header disagree on the ${String(disagree[2])}`, entry.name);
  }
  const extra = extraProblem(zip.subarray(nameEnd, nameEnd + extraLength));
  if (extra !== null) throw ambiguous(`${extra} (local header)`, entry.name);
  const start = nameEnd + extraLength;
  if (start + entry.compressedSize > end) {
    throw new PackageReadError('corrupt', 'the data runs into the central directory', entry.name);
  }
  entry.data = zip.subarray(start, start + entry.compressedSize);
  return start + entry.compressedSize;
}

/**
 * Finds each entry's data and checks that the entries fill the bytes before the central directory exactly, back
 * to back from byte 0: no data before, between (a local entry the central directory does not list, junk) or
 * after them, and none inside another (one piece of data listed as several files).
 */
export function locateEntries(
  zip: Uint8Array,
  entries: readonly CentralEntry[],
  centralOffset: number,
): void {
  const ends = new Map<CentralEntry, number>();
  for (const entry of entries) ends.set(entry, locate(zip, entry, centralOffset));
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    if (entry.localOffset < expected) throw ambiguous('the data overlaps another entry', entry.name);
    if (entry.localOffset > expected) {
      const what = expected === 0 ? 'before the first entry' : 'between entries';
      throw ambiguous(
        `${entry.localOffset - expected} bytes ${what} that the central directory does not list ` +
          '(junk, or an entry a streaming extractor would unpack)',
        entry.name,
      );
    }
    expected = ends.get(entry) ?? expected;
  }
  if (expected !== centralOffset) {
    throw ambiguous(
      `${centralOffset - expected} bytes before the central directory that it does not list ` +
        '(junk, or an entry a streaming extractor would unpack)',
    );
  }
}
