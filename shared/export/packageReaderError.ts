/** The refusals of the ZIP reader (packageReader.ts, zipLayout.ts) and its caps' shape. */
import { printableName } from './zipEntryNames';

export interface PackageReadLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const PACKAGE_READ_ERROR_CODES = [
  'notZip',
  'corrupt',
  'unsupported',
  'encrypted',
  /** Another extractor could read the archive differently (see zipLayout.ts). */
  'ambiguous',
  /** A symlink, device, FIFO or other entry that is not a regular file or folder. */
  'notRegular',
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
