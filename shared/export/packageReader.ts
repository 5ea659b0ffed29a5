/**
 * Reads a ZIP from outside (a publish package someone sent) without trusting it. The central directory is
 * parsed here and every entry checked before anything is unpacked; DEFLATE is undone with fflate's streaming
 * `Inflate` in small compressed chunks, counting the output, so an entry that inflates beyond its cap stops
 * within one chunk's worth of output instead of filling the memory, whatever its header declares.
 *
 * Refused with a `PackageReadError` (a code, the entry name where there is one, and a message): not a ZIP or
 * corrupt (also a CRC-32 that does not match, a local header that names another file, entries whose data
 * overlap, the trick of the "overlapping" zip bombs); ZIP64, multi-disk and encrypted archives and compression
 * other than stored/DEFLATE; more entries than the cap; a name that could leave its folder (see zipEntryNames.ts)
 * or twice the same name, also case-insensitively; an entry larger than the per-entry cap, declared or actual;
 * all entries together larger than the total cap; an entry whose actual size differs from the declared one.
 *
 * Pure: no Node or DOM. Stored entries are returned as views into the input (no copy).
 */
import { Inflate } from 'fflate';
import {
  collisionKey,
  decodeEntryName,
  entryNameProblem,
  escapeNameBytes,
  printableName,
} from './zipEntryNames';

/**
 * Caps, sized from the largest real package. A package holds per post one text per network (at most 4), an
 * alt-text file and its media; 2,000 posts (a year of a busy office) with 4 networks and 4 media each make
 * 18,000 entries, so 20,000 entries. The largest single file is a video, which the app refuses above 500 MiB
 * (MAX_VIDEO_BYTES, shared/media/inspect.ts), so 1 GiB per entry. All entries together at most 2 GiB: media are
 * stored uncompressed, so a real package unpacks to about its own size, and `civic-desk verify-package` reads
 * the file into memory, which Node does only up to 2 GiB; the total is also what a bomb can make us allocate.
 */
export const PACKAGE_MAX_ENTRIES = 20_000;
export const PACKAGE_MAX_ENTRY_BYTES = 1024 * 1024 * 1024;
export const PACKAGE_MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;

export interface PackageReadLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const PACKAGE_READ_LIMITS: PackageReadLimits = {
  maxEntries: PACKAGE_MAX_ENTRIES,
  maxEntryBytes: PACKAGE_MAX_ENTRY_BYTES,
  maxTotalBytes: PACKAGE_MAX_TOTAL_BYTES,
};

export const PACKAGE_READ_ERROR_CODES = [
  'notZip',
  'corrupt',
  'unsupported',
  'encrypted',
  'tooManyEntries',
  'badEntryName',
  'duplicateEntry',
  'entryTooLarge',
  'totalTooLarge',
  'sizeMismatch',
] as const;
export type PackageReadErrorCode = (typeof PACKAGE_READ_ERROR_CODES)[number];

export class PackageReadError extends Error {
  readonly code: PackageReadErrorCode;
  /** The entry the problem is in, or null for the archive as a whole. */
  readonly entry: string | null;
  /** The message without the entry name. */
  readonly reason: string;

  constructor(code: PackageReadErrorCode, reason: string, entry: string | null = null) {
    super(entry === null ? reason : `${printableName(entry)}: ${reason}`);
    this.name = 'PackageReadError';
    this.code = code;
    this.entry = entry;
    this.reason = reason;
  }
}

export interface ZipEntry {
  name: string;
  /** A folder entry (name ending in `/`, no content), as tools that re-zip a folder write them. */
  directory: boolean;
  bytes: Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATE = 8;
/** Compressed bytes pushed to the inflater at a time: DEFLATE inflates at most ~1032:1, so ≤ ~16 MiB a push. */
const INFLATE_CHUNK = 16 * 1024;

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = -1;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = (table[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  nameBytes: Uint8Array;
}

function findEndOfCentralDirectory(zip: Uint8Array): number {
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = zip.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (u32(zip, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(zip, at + 20) === zip.length) return at;
  }
  throw new PackageReadError('notZip', 'not a ZIP file (no end of central directory record)');
}

function readCentralDirectory(
  zip: Uint8Array,
  limits: PackageReadLimits,
): { entries: CentralEntry[]; offset: number } {
  const eocd = findEndOfCentralDirectory(zip);
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
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + CENTRAL_SIZE > offset + size || u32(zip, at) !== CENTRAL_SIGNATURE) {
      throw new PackageReadError('corrupt', `central directory entry ${index + 1} is damaged`);
    }
    const nameLength = u16(zip, at + 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
    if (next > offset + size) {
      throw new PackageReadError('corrupt', `central directory entry ${index + 1} is damaged`);
    }
    const nameBytes = zip.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = decodeEntryName(nameBytes);
    if (name === null) {
      throw new PackageReadError('badEntryName', 'the name is not UTF-8', escapeNameBytes(nameBytes));
    }
    const flags = u16(zip, at + 8);
    if ((flags & 0x41) !== 0) throw new PackageReadError('encrypted', 'the entry is encrypted', name);
    const method = u16(zip, at + 10);
    if (method === 99) throw new PackageReadError('encrypted', 'the entry is encrypted (AES)', name);
    if (method !== STORED && method !== DEFLATE) {
      throw new PackageReadError('unsupported', `compression method ${method} is not supported`, name);
    }
    entries.push({
      name,
      method,
      crc: u32(zip, at + 16),
      compressedSize: u32(zip, at + 20),
      size: u32(zip, at + 24),
      localOffset: u32(zip, at + 42),
      nameBytes,
    });
    at = next;
  }
  return { entries, offset };
}

/** Names, duplicates and declared sizes, all before any byte is unpacked. */
function checkEntries(entries: readonly CentralEntry[], limits: PackageReadLimits): void {
  const seen = new Map<string, string>();
  let declared = 0;
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name);
    if (problem !== null) throw new PackageReadError('badEntryName', problem, entry.name);
    const key = collisionKey(entry.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const same = earlier === entry.name ? 'twice' : `and as "${earlier}" (same name ignoring case)`;
      throw new PackageReadError('duplicateEntry', `the archive holds this name ${same}`, entry.name);
    }
    seen.set(key, entry.name);
    if (entry.name.endsWith('/') && entry.size !== 0) {
      throw new PackageReadError('corrupt', 'a folder entry with content', entry.name);
    }
    if (entry.size > limits.maxEntryBytes) {
      throw new PackageReadError(
        'entryTooLarge',
        `declares ${entry.size} bytes, more than the ${limits.maxEntryBytes} allowed per file`,
        entry.name,
      );
    }
    declared += entry.size;
    if (declared > limits.maxTotalBytes) {
      throw new PackageReadError(
        'totalTooLarge',
        `the files declare more than the ${limits.maxTotalBytes} bytes allowed in all`,
      );
    }
  }
}

/**
 * Where each entry's data lies: refuses a local header that is missing or names another file, data that runs into
 * the central directory, and entries whose data overlap (one piece of data unpacked many times).
 */
function withData(
  zip: Uint8Array,
  entries: readonly CentralEntry[],
  end: number,
): (CentralEntry & { data: Uint8Array })[] {
  const located = entries.map((entry) => {
    const at = entry.localOffset;
    if (at + LOCAL_SIZE > end || u32(zip, at) !== LOCAL_SIGNATURE) {
      throw new PackageReadError('corrupt', 'the local header is missing or damaged', entry.name);
    }
    const nameLength = u16(zip, at + 26);
    const local = zip.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength);
    if (local.length !== entry.nameBytes.length || local.some((byte, i) => byte !== entry.nameBytes[i])) {
      throw new PackageReadError('corrupt', 'the local header names another file', entry.name);
    }
    const start = at + LOCAL_SIZE + nameLength + u16(zip, at + 28);
    if (start + entry.compressedSize > end) {
      throw new PackageReadError('corrupt', 'the data runs into the central directory', entry.name);
    }
    return {
      ...entry,
      dataEnd: start + entry.compressedSize,
      data: zip.subarray(start, start + entry.compressedSize),
    };
  });
  let previousEnd = 0;
  for (const entry of [...located].sort((a, b) => a.localOffset - b.localOffset)) {
    if (entry.localOffset < previousEnd) {
      throw new PackageReadError('corrupt', 'the data overlaps another entry', entry.name);
    }
    previousEnd = entry.dataEnd;
  }
  return located;
}

/**
 * Inflates with a bound: stops as soon as the output passes the declared size (itself within the caps), so a
 * header that understates the size costs at most one chunk's output; the caps are checked again on the actual
 * output in case one push jumps past them.
 */
function inflateBounded(
  entry: CentralEntry,
  data: Uint8Array,
  limits: PackageReadLimits,
  totalLeft: number,
): Uint8Array {
  // Kept as it comes, not in a buffer of the declared size: a header may declare a size it does not have.
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    produced += chunk.length;
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += INFLATE_CHUNK) {
      const final = at + INFLATE_CHUNK >= data.length;
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), final);
      if (produced > limits.maxEntryBytes) {
        throw new PackageReadError(
          'entryTooLarge',
          `inflates to more than the ${limits.maxEntryBytes} bytes allowed per file (declared ${entry.size})`,
          entry.name,
        );
      }
      if (produced > totalLeft) {
        throw new PackageReadError(
          'totalTooLarge',
          `the files inflate to more than ${limits.maxTotalBytes} bytes`,
        );
      }
      if (produced > entry.size) break;
      if (final) break;
    }
  } catch (error) {
    if (error instanceof PackageReadError) throw error;
    throw new PackageReadError('corrupt', 'the compressed data is damaged', entry.name);
  }
  if (produced !== entry.size) {
    const actual = produced > entry.size ? `more than ${entry.size}` : `${produced}`;
    throw new PackageReadError(
      'sizeMismatch',
      `inflates to ${actual} bytes, but the archive declares ${entry.size}`,
      entry.name,
    );
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The entries of `zip` in the order of its central directory, or a `PackageReadError`. `limits` lowers (or
 * raises) the caps, e.g. for tests.
 */
export function readPackageZip(zip: Uint8Array, limits: Partial<PackageReadLimits> = {}): ZipEntry[] {
  const caps: PackageReadLimits = { ...PACKAGE_READ_LIMITS, ...limits };
  const { entries: central, offset } = readCentralDirectory(zip, caps);
  checkEntries(central, caps);
  let total = 0;
  return withData(zip, central, offset).map((entry) => {
    const { data } = entry;
    let bytes: Uint8Array;
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.size) {
        throw new PackageReadError(
          'sizeMismatch',
          `stored with ${entry.compressedSize} bytes, but the archive declares ${entry.size}`,
          entry.name,
        );
      }
      bytes = data;
    } else {
      bytes = inflateBounded(entry, data, caps, caps.maxTotalBytes - total);
    }
    total += bytes.length;
    if (crc32(bytes) !== entry.crc) {
      throw new PackageReadError('corrupt', 'the CRC-32 does not match the content', entry.name);
    }
    return { name: entry.name, directory: entry.name.endsWith('/'), bytes };
  });
}
