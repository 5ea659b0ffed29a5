/**
 * One saved file per export, whatever the format: the calendar (ICS), the scheduler CSVs, or the publish package
 * (ZIP). Used by the export page and by `civic-desk export`, so both write the same bytes.
 *
 * Several CSV files (one per network, or split at a scheduler's row limit) are bundled into one ZIP named `.zip`:
 * one save dialog, one file to hash in the audit trail, and nothing forgotten in the downloads folder. A single CSV
 * file is saved as it is, ready for the upload. Rows a scheduler would refuse are left out and listed in `leftOut`.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { TZDate } from '@date-fns/tz';
import { buildIcsCalendar } from './ics';
import {
  buildPublishPackage,
  type PackageExporter,
  type PackageMedia,
  type PublishPackage,
} from './publishPackage';
import {
  buildSchedulerCsvFiles,
  SCHEDULER_FORMATS,
  schedulerRowsLeftOut,
  type DateOrder,
  type LeftOutRow,
  type SchedulerFormat,
} from './schedulerCsv';
import type { ExportPost } from './types';

export const EXPORT_FILE_FORMATS = ['ics', ...SCHEDULER_FORMATS, 'zip'] as const;
export type ExportFileFormat = (typeof EXPORT_FILE_FORMATS)[number];

export function isExportFileFormat(value: unknown): value is ExportFileFormat {
  return typeof value === 'string' && (EXPORT_FILE_FORMATS as readonly string[]).includes(value);
}

export function isSchedulerFormat(format: ExportFileFormat): format is SchedulerFormat {
  return (SCHEDULER_FORMATS as readonly string[]).includes(format);
}

export interface ExportFileOptions {
  format: ExportFileFormat;
  timeZone: string;
  now: Date;
  /** The chosen range, for the file name. */
  fromDate: string;
  toDate: string;
  /** CSV: date order for Hootsuite and Sprout Social (default day-first). */
  dateOrder?: DateOrder;
  /** CSV: UTF-8 byte order mark for Excel (default true here: people open these files in Excel first). */
  bom?: boolean;
  /** CSV: apostrophe before cells a spreadsheet would evaluate (default true). */
  formulaProtection?: boolean;
  /** ZIP: media id → bytes. Media not found here are left out of the package and named in its read-me. */
  media?: Readonly<Record<string, PackageMedia>>;
  /** ICS: the calendar's name. */
  calendarName?: string;
  /** ZIP: who exports (named in the manifest; sign the result with `signPublishPackage` of `package`). */
  exporter?: PackageExporter;
  /** CSV: public image URLs by media id (Buffer, Publer), so Instagram rows can carry their image. */
  mediaUrls?: Readonly<Record<string, string>>;
}

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
  /** For the save dialog. */
  filter: { name: string; extensions: string[] };
  /** How many files the ZIP of several CSV files holds (1 for a single file). */
  parts: number;
  /** ZIP: media ids whose bytes were not available (left out, listed in the read-me). */
  missingMedia: string[];
  /** ZIP: the unsigned package, to sign (packageSignature.ts): `bytes` are then replaced by the signed ZIP. */
  package?: PublishPackage;
  /** CSV: rows the scheduler would refuse, left out of the files (schedulerRules.ts); empty for other formats. */
  leftOut?: LeftOutRow[];
}

const FILTERS = {
  ics: { name: 'iCalendar', extensions: ['ics'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  zip: { name: 'ZIP', extensions: ['zip'] },
};

function zipTime(now: Date, timeZone: string): Date {
  const zoned = new TZDate(now.getTime(), timeZone);
  return new Date(
    zoned.getFullYear(),
    zoned.getMonth(),
    zoned.getDate(),
    zoned.getHours(),
    zoned.getMinutes(),
    zoned.getSeconds(),
  );
}

/** The post without the media whose bytes are missing (and those media out of its variants). */
function withoutMedia(post: ExportPost, missing: ReadonlySet<string>): ExportPost {
  if (!post.media.some((attachment) => missing.has(attachment.mediaId))) return post;
  return {
    ...post,
    media: post.media.filter((attachment) => !missing.has(attachment.mediaId)),
    variants: post.variants.map((variant) => ({
      ...variant,
      mediaIds: variant.mediaIds.filter((id) => !missing.has(id)),
    })),
  };
}

function packageFile(posts: readonly ExportPost[], options: ExportFileOptions, base: string): ExportFile {
  const media = options.media ?? {};
  const missing = new Set<string>();
  const notes: string[] = [];
  for (const post of posts) {
    for (const attachment of post.media) {
      if (Object.hasOwn(media, attachment.mediaId)) continue;
      missing.add(attachment.mediaId);
      notes.push(
        `„${post.title.trim() === '' ? '(ohne Titel)' : post.title}“: Bild oder Video ${attachment.mediaId.slice(0, 12)} ` +
          'fehlt in diesem Paket (die Datei lag beim Export nicht vor). Bitte holen Sie es bei der Redaktion ab.',
      );
    }
  }
  const built = buildPublishPackage({
    posts: posts.map((post) => withoutMedia(post, missing)),
    media,
    timeZone: options.timeZone,
    now: options.now,
    readmeNotes: notes,
    ...(options.exporter === undefined ? {} : { exporter: options.exporter }),
  });
  return {
    name: `${base}.zip`,
    bytes: built.zip,
    filter: FILTERS.zip,
    parts: 1,
    missingMedia: [...missing],
    package: built,
  };
}

/** The file of `posts` (already selected) in the chosen format. Throws `ExportError` as the generators do. */
export function buildExportFile(posts: readonly ExportPost[], options: ExportFileOptions): ExportFile {
  const range = `${options.fromDate}_${options.toDate}`;
  const { format } = options;
  if (format === 'ics') {
    const text = buildIcsCalendar(posts, {
      timeZone: options.timeZone,
      now: options.now,
      ...(options.calendarName === undefined ? {} : { calendarName: options.calendarName }),
    });
    return {
      name: `civic-desk_${range}.ics`,
      bytes: strToU8(text),
      filter: FILTERS.ics,
      parts: 1,
      missingMedia: [],
      leftOut: [],
    };
  }
  if (format === 'zip') return packageFile(posts, options, `veroeffentlichungspaket_${range}`);
  const csvOptions = {
    format,
    timeZone: options.timeZone,
    now: options.now,
    dateOrder: options.dateOrder ?? 'dayFirst',
    bom: options.bom ?? true,
    formulaProtection: options.formulaProtection ?? true,
    ...(options.mediaUrls === undefined ? {} : { mediaUrls: options.mediaUrls }),
  };
  const files = buildSchedulerCsvFiles(posts, csvOptions);
  const leftOut = schedulerRowsLeftOut(posts, csvOptions);
  const [only] = files;
  if (files.length === 1 && only !== undefined) {
    const name = only.name.replace(/\.csv$/, `_${range}.csv`);
    return { name, bytes: strToU8(only.text), filter: FILTERS.csv, parts: 1, missingMedia: [], leftOut };
  }
  const zippable: Zippable = {};
  for (const file of files) zippable[file.name] = strToU8(file.text);
  const bytes = zipSync(zippable, { mtime: zipTime(options.now, options.timeZone) });
  return {
    name: `${format}_${range}.zip`,
    bytes,
    filter: FILTERS.zip,
    parts: files.length,
    missingMedia: [],
    leftOut,
  };
}
