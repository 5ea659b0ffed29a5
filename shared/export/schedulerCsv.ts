/**
 * Bulk-import CSV files for online schedulers (formats: ../../../shared/domain.md, "Bulk-import formats of online
 * schedulers"). One file per network (schedulers import per profile), split into several files where a scheduler
 * takes at most so many rows. Written with papaparse; every cell goes through `protectCell` (csvSafety.ts) unless
 * the caller switches formula protection off.
 *
 * - Hootsuite: no header; A date-time `dd/MM/yyyy HH:mm` or `MM/dd/yyyy HH:mm` (chosen at upload), B message,
 *   C optional link URL (left empty: links stay in the message); at most 350 rows a file.
 * - Buffer: header `Text,Image URL,Tags,Posting Time`, time `yyyy-MM-dd HH:mm`; one image by URL; tags = the
 *   post's category. Buffer's per-upload limit depends on the plan (10/100): set `maxRowsPerFile` to split.
 * - Sprout Social: headers `date` (day- or month-first), `time_24hr`, `message_text`; at most 350 rows a file.
 * - Publer: 12 fixed columns. Source: Publer blog "The ultimate CSV bulk scheduler for social media"
 *   (publer.com/blog/ultimate-csv-bulk-scheduler-social-media, "The new CSV template has twelve columns ... it's
 *   important not to remove them"): 1 Date (`YYYY-MM-DD HH:MM`), 2 Text, 3 Link(s), 4 Media URL(s); its help page
 *   (help.publer.io "What CSV template should I use?") refers to Labels as column 6. ASSUMPTION (not confirmed by
 *   the sources found): columns 5–12 are Title, Label(s), Alt text(s), Comment(s), Pin board/FB album/Google
 *   category, Post subtype, CTA, Reminder; Publer reads them by position, so only the order matters. Alt texts are
 *   joined with `||` like Publer's captions.
 *
 * Image URLs need the image online; offline, pass no `mediaUrls` and the column stays empty (the publish package
 * carries the files). All times are wall-clock times in the organisation's zone.
 *
 * Rows a scheduler would refuse (an Instagram post without an image it can fetch, Hootsuite's 5-minute steps,
 * Sprout Social's 10-minute spacing: schedulerRules.ts) are left out of the files; `schedulerRowsLeftOut` names
 * them with their reasons, for the export page and the CLI to show.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import Papa from 'papaparse';
import { CHANNELS, type Channel } from '../model/channels';
import { CSV_NEWLINE, protectCell, UTF8_BOM } from './csvSafety';
import { assertTimeZone, ExportError } from './errors';
import { rowKey, schedulerRowsLeftOut } from './schedulerRules';
import { byScheduledInstant, postVariants, type ExportPost, type ExportTextFile } from './types';

export { schedulerRowsLeftOut, type LeftOutRow, type SchedulerRowProblem } from './schedulerRules';

export const SCHEDULER_FORMATS = ['hootsuite', 'buffer', 'sprout', 'publer'] as const;
export type SchedulerFormat = (typeof SCHEDULER_FORMATS)[number];

/** Day-first (`dd/mm/yyyy`, Europe) or month-first (`mm/dd/yyyy`, US) dates for Hootsuite and Sprout Social. */
export type DateOrder = 'dayFirst' | 'monthFirst';

export interface SchedulerCsvOptions {
  format: SchedulerFormat;
  /** The organisation's IANA time zone. */
  timeZone: string;
  /** Hootsuite and Sprout Social; default day-first. */
  dateOrder?: DateOrder;
  /** Prefix a UTF-8 byte order mark, so Excel reads umlauts right. Default false (schedulers do not need it). */
  bom?: boolean;
  /** Apostrophe before cells a spreadsheet would evaluate (csvSafety.ts). Default true. */
  formulaProtection?: boolean;
  /** Media id → public URL of the image (Buffer `Image URL`, Publer `Media URL(s)`). */
  mediaUrls?: Readonly<Record<string, string>>;
  /** Rows per file before splitting; default `SCHEDULER_MAX_ROWS` of the format. */
  maxRowsPerFile?: number;
  /** The moment of the export: Hootsuite takes posts at least 10 minutes ahead (unchecked when absent). */
  now?: Date;
}

/** Buffer takes 10 rows an upload on its free plan and 100 on paid ones: 10 works on every plan. */
export const SCHEDULER_MAX_ROWS: Record<SchedulerFormat, number> = {
  hootsuite: 350,
  buffer: 10,
  sprout: 350,
  publer: Number.POSITIVE_INFINITY,
};

export const BUFFER_HEADER = ['Text', 'Image URL', 'Tags', 'Posting Time'] as const;
export const SPROUT_HEADER = ['date', 'time_24hr', 'message_text'] as const;
export const PUBLER_HEADER = [
  'Date',
  'Text',
  'Link(s)',
  'Media URL(s)',
  'Title',
  'Label(s)',
  'Alt text(s)',
  'Comment(s)',
  'Pin board, FB album, or Google category',
  'Post subtype',
  'CTA',
  'Reminder',
] as const;

const HEADERS: Record<SchedulerFormat, readonly string[] | null> = {
  hootsuite: null,
  buffer: BUFFER_HEADER,
  sprout: SPROUT_HEADER,
  publer: PUBLER_HEADER,
};

interface RowInput {
  post: ExportPost;
  variant: ExportPost['variants'][number];
  local: TZDate;
  options: SchedulerCsvOptions;
}

function dayPattern(order: DateOrder | undefined): string {
  return order === 'monthFirst' ? 'MM/dd/yyyy' : 'dd/MM/yyyy';
}

function urlsOf(mediaIds: readonly string[], mediaUrls: SchedulerCsvOptions['mediaUrls']): string[] {
  if (mediaUrls === undefined) return [];
  return mediaIds.flatMap((id) => {
    const url = Object.hasOwn(mediaUrls, id) ? mediaUrls[id] : undefined;
    return url === undefined || url === '' ? [] : [url];
  });
}

const ROW_BUILDERS: Record<SchedulerFormat, (input: RowInput) => string[]> = {
  hootsuite: ({ variant, local, options }) => [
    format(local, `${dayPattern(options.dateOrder)} HH:mm`),
    variant.text,
    '',
  ],
  buffer: ({ post, variant, local, options }) => [
    variant.text,
    urlsOf(variant.mediaIds, options.mediaUrls)[0] ?? '',
    post.category ?? '',
    format(local, 'yyyy-MM-dd HH:mm'),
  ],
  sprout: ({ variant, local, options }) => [
    format(local, dayPattern(options.dateOrder)),
    format(local, 'HH:mm'),
    variant.text,
  ],
  publer: ({ post, variant, local, options }) => {
    const urls = urlsOf(variant.mediaIds, options.mediaUrls);
    const altTexts = urls.length === 0 ? [] : variant.mediaIds.map((id) => altTextOf(post, id));
    const subtype = variant.format === 'story' || variant.format === 'reel' ? variant.format : '';
    return [
      format(local, 'yyyy-MM-dd HH:mm'),
      variant.text,
      '',
      urls.join(','),
      '',
      post.category ?? '',
      altTexts.join('||'),
      '',
      '',
      subtype,
      '',
      '',
    ];
  },
};

function altTextOf(post: ExportPost, mediaId: string): string {
  return post.media.find((attachment) => attachment.mediaId === mediaId)?.altText ?? '';
}

function localTime(post: ExportPost, timeZone: string): TZDate {
  if (post.scheduledAt === null) throw new ExportError('notScheduled', { postId: post.id });
  const instant = Date.parse(post.scheduledAt);
  if (Number.isNaN(instant))
    throw new ExportError('invalidDate', { postId: post.id, value: post.scheduledAt });
  return new TZDate(instant, timeZone);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function writeCsv(
  header: readonly string[] | null,
  rows: readonly string[][],
  options: SchedulerCsvOptions,
): string {
  const protect = options.formulaProtection ?? true;
  const cells = (row: readonly string[]): string[] => (protect ? row.map(protectCell) : [...row]);
  const table = header === null ? rows.map(cells) : [cells(header), ...rows.map(cells)];
  const csv = Papa.unparse(table, { newline: CSV_NEWLINE, quotes: false });
  return (options.bom === true ? UTF8_BOM : '') + csv;
}

/**
 * The import files of `posts` for one scheduler: one per network with posts (in the app's network order), rows by
 * time, split at the scheduler's row limit, without the rows the scheduler would refuse (`schedulerRowsLeftOut`). Names: `<format>-<network>.csv`, or `<format>-<network>-<n>.csv`
 * (n from 1) when split. Throws `ExportError` `notScheduled` for a post without a time.
 */
export function buildSchedulerCsvFiles(
  posts: readonly ExportPost[],
  options: SchedulerCsvOptions,
): ExportTextFile[] {
  assertTimeZone(options.timeZone);
  const maxRows = options.maxRowsPerFile ?? SCHEDULER_MAX_ROWS[options.format];
  if (!(maxRows >= 1)) throw new RangeError(`maxRowsPerFile must be at least 1, got ${maxRows}`);
  const rowsByChannel = new Map<Channel, string[][]>();
  const leftOut = new Set(schedulerRowsLeftOut(posts, options).map((row) => rowKey(row.postId, row.channel)));
  for (const post of [...posts].sort(byScheduledInstant)) {
    const local = localTime(post, options.timeZone);
    for (const { channel, variant } of postVariants(post)) {
      if (leftOut.has(rowKey(post.id, channel))) continue;
      const rows = rowsByChannel.get(channel) ?? [];
      rows.push(ROW_BUILDERS[options.format]({ post, variant, local, options }));
      rowsByChannel.set(channel, rows);
    }
  }
  return CHANNELS.flatMap((channel) => {
    const parts = chunk(rowsByChannel.get(channel) ?? [], maxRows);
    return parts.map((rows, index) => ({
      name: `${options.format}-${channel}${parts.length > 1 ? `-${index + 1}` : ''}.csv`,
      text: writeCsv(HEADERS[options.format], rows, options),
    }));
  });
}
