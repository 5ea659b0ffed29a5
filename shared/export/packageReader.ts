/**
 * Reads a ZIP from outside (a publish package someone sent) without trusting it. The structure is read strictly
 * first (zipLayout.ts: every byte in exactly one place, local and central headers agreeing, no name-changing
 * extra fields, regular files only), then names and declared sizes are checked, all before anything is unpacked;
 * DEFLATE is undone with fflate's streaming `Inflate` in small compressed chunks, counting the output, so an
 * entry that inflates beyond its cap stops within one chunk's worth of output instead of filling the memory,
 * whatever its header declares.
 *
 * Refused with a `PackageReadError` (a code, the entry name where there is one, and a message): not a ZIP or
 * corrupt (also a CRC-32 that does not match); `ambiguous` and `notRegular` (zipLayout.ts); ZIP64, multi-disk and
 * encrypted archives and compression other than stored/DEFLATE; more entries than the cap; a name that could
 * leave its folder (see zipEntryNames.ts) or twice the same name, also case-insensitively, or a name used for a
 * file and a folder; an entry larger than the per-entry cap, declared or actual; all entries together larger than
 * the total cap; an entry whose actual size differs from the declared one.
 *
 * Memory (the ZIP bomb bound): unpacked data is counted while it is inflated, so what is held never passes the
 * total cap by more than one chunk's output (about 16 MiB); joining an entry's chunks briefly holds that entry
 * twice, so the peak stays below twice `maxTotalBytes` (4 GiB with the defaults; in practice the entries of a
 * real package are stored, not deflated, and cost nothing extra).
 *
 * Pure: no Node or DOM. Stored entries are returned as views into the input (no copy).
 */
import { Inflate } from 'fflate';
import { PackageReadError, type PackageReadLimits } from './packageReaderError';
import { locateEntries, readCentralDirectory, STORED, type CentralEntry } from './zipLayout';
import { collisionKey, entryNameProblem } from './zipEntryNames';

export {
  PACKAGE_READ_ERROR_CODES,
  PackageReadError,
  type PackageReadErrorCode,
  type PackageReadLimits,
} from './packageReaderError';

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

export const PACKAGE_READ_LIMITS: PackageReadLimits = {
  maxEntries: PACKAGE_MAX_ENTRIES,
  maxEntryBytes: PACKAGE_MAX_ENTRY_BYTES,
  maxTotalBytes: PACKAGE_MAX_TOTAL_BYTES,
};

export interface ZipEntry {
  name: string;
  /** A folder entry (name ending in `/`, no content), as tools that re-zip a folder write them. */
  directory: boolean;
  bytes: Uint8Array;
}

/** Compressed bytes pushed to the inflater at a time: DEFLATE inflates at most ~1032:1, so ≤ ~16 MiB a push. */
const INFLATE_CHUNK = 16 * 1024;

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

/** A file named like a folder another entry lies in (`a` and `a/b`): one of them cannot be unpacked. */
function checkFileFolderClash(entries: readonly CentralEntry[]): void {
  const folders = new Set<string>();
  for (const { name } of entries) {
    const segments = name.split('/');
    for (let end = 1; end < segments.length; end += 1)
      folders.add(collisionKey(segments.slice(0, end).join('/')));
  }
  for (const { name } of entries) {
    if (!name.endsWith('/') && folders.has(collisionKey(name))) {
      throw new PackageReadError(
        'duplicateEntry',
        'the archive uses this name for a file and a folder',
        name,
      );
    }
  }
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
    if (entry.name.endsWith('/') && (entry.size !== 0 || entry.compressedSize > 2)) {
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
  checkFileFolderClash(entries);
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
  locateEntries(zip, central, offset);
  let total = 0;
  return central.map((entry) => {
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
