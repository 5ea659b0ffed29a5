/**
 * `civic-desk export --in <workspace> --keys <trusted> --format ics|hootsuite|buffer|sprout|publer|zip
 * --from <YYYY-MM-DD> --to <YYYY-MM-DD> --out <path>`: the same files as the export page, from a workspace file,
 * for the posts of the range whose approval holds against the office's own roster (`--keys`, see verifyCommand.ts:
 * the stored status alone never exports a post). The same selection as the export page: networks all, campaigns
 * all, consents checked; posts whose time has passed only with `allowPast`. Pure: the caller reads the inputs,
 * writes `output` and prints the lines.
 *
 * Where the files go, by `--out`: `-` is stdout (one file only); the publish package needs a name ending in .zip;
 * scheduler CSVs (one per network) go into a folder, or into one ZIP when the name ends in .zip, or into one CSV
 * when the name ends in .csv and there is only one network. ZIP bytes never go under a .csv name.
 *
 * Media bytes for the publish package come from the workspace's optional `mediaFiles: [{ id, base64 }]`; media
 * without bytes are left out of the package and named in its read-me (and on stderr).
 *
 * Exit codes: 0 written, 1 nothing to export (nothing written), 2 wrong arguments, bad file, or a generator error.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { base64ToBytes } from '../codec/base64';
import { crisisHolds } from '../crisis/crisisMode';
import { consentProblemsOf } from '../export/consentProblems';
import { ExportError } from '../export/errors';
import { buildExportFile, isExportFileFormat, isSchedulerFormat } from '../export/exportFiles';
import { toExportPost } from '../export/fromPost';
import type { PackageMedia } from '../export/publishPackage';
import {
  buildSchedulerCsvFiles,
  schedulerRowsLeftOut,
  type SchedulerFormat,
  type SchedulerRowProblem,
} from '../export/schedulerCsv';
import { CHANNEL_NAMES } from '../model/channels';
import { selectForExport } from '../export/selection';
import type { ExportPost } from '../export/types';
import { isPlainDate } from '../time/zoned';
import { COMMANDS, EXIT, type CommandOutput, type CommandResult, type OutputFile } from './cliUsage';
import { inputError, loadWorkspace, usageError, type ReadText } from './validateCommand';
import { trustedVerdicts, type PostVerdict } from './verifyCommand';
import type { Workspace } from './workspace';

export const EXPORT_USAGE = COMMANDS.export.usage;

export interface ExportOptions {
  in: string;
  keys: string;
  format: string;
  from: string;
  to: string;
  out: string;
  allowPast?: boolean;
  /** CSV: UTF-8 byte order mark (default true). */
  bom?: boolean;
  /** CSV: apostrophe before formula-like cells (default true). */
  formulaGuard?: boolean;
}

export type ExportCommandResult = CommandResult & { output?: CommandOutput };

/** Standard base64 (padding optional) → bytes, or null when it is not base64 (shared/codec/base64.ts). */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  return base64ToBytes(text.padEnd(Math.ceil(text.length / 4) * 4, '='));
}

/** The bytes of `mediaFiles` by media id (with the media's MIME type), or the first problem with its path. */
function mediaBytes(workspace: Workspace): Record<string, PackageMedia> | string {
  const media: Record<string, PackageMedia> = {};
  const metas = new Map(workspace.media.map((meta) => [meta.id, meta]));
  for (const [index, entry] of (workspace.mediaFiles ?? []).entries()) {
    const meta = metas.get(entry.id);
    if (meta === undefined) return `mediaFiles[${index}].id: no medium with this id in "media"`;
    const bytes = decodeBase64(entry.base64);
    if (bytes === null) return `mediaFiles[${index}].base64: not valid base64`;
    media[entry.id] = { mimeType: meta.mimeType, bytes };
  }
  return media;
}

function generatorError(error: unknown): CommandResult {
  if (error instanceof ExportError) {
    const params = Object.entries(error.params).map(([key, value]) => `${key} ${value}`);
    const detail = params.length > 0 ? ` (${params.join(', ')})` : '';
    const texts: Record<ExportError['code'], string> = {
      mediaMissing: 'an image or video of a post is missing',
      mediaCorrupt: 'the bytes of an image or video do not match its SHA-256',
      notScheduled: 'a post has no date',
      invalidTimeZone: 'the time zone of the settings is unknown',
      invalidDate: 'not a valid date',
      invalidRange: 'the range is not valid: --from is after --to',
    };
    return inputError(`${texts[error.code]}${detail}`);
  }
  throw error;
}

const lower = (path: string) => path.toLowerCase();

/** Where the files go, decided by the name alone; or why that name cannot take them. */
function outputFor(format: string, out: string, files: OutputFile[]): CommandOutput | string {
  const [only] = files;
  if (out === '-') {
    if (files.length === 1 && only !== undefined) return { target: 'stdout', path: '-', files: [only] };
    return 'several CSV files (one per network) cannot go to stdout: give a folder or a name ending in .zip';
  }
  const isZip = lower(out).endsWith('.zip');
  const isCsv = lower(out).endsWith('.csv');
  if (format === 'zip') {
    if (!isZip) return `the publish package is a ZIP: --out must end in .zip, not "${out}"`;
    return { target: 'file', path: out, files };
  }
  if (format === 'ics') {
    if (isZip || isCsv)
      return `an ICS calendar cannot be written under the name "${out}": use a name ending in .ics`;
    return { target: 'file', path: out, files };
  }
  if (isZip) {
    const zippable: Zippable = {};
    for (const file of files) zippable[file.name] = file.bytes;
    return {
      target: 'file',
      path: out,
      files: [{ name: out, bytes: zipSync(zippable, { mtime: ZIP_TIME }) }],
    };
  }
  if (isCsv) {
    if (files.length === 1 && only !== undefined) return { target: 'file', path: out, files: [only] };
    return (
      `${files.length} CSV files (one per network) do not fit under one .csv name: give a folder ` +
      'or a name ending in .zip'
    );
  }
  return { target: 'folder', path: out, files };
}

/** A fixed time inside the ZIP of CSV files, so the same export gives the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

const ROW_PROBLEMS: Record<SchedulerRowProblem, string> = {
  instagramNeedsImage:
    'Instagram needs an image, and this scheduler cannot take it from the CSV (use the publish package)',
  minuteStep: 'Hootsuite takes only times whose minutes end in 0 or 5',
  tooSoon: 'Hootsuite takes only posts at least 10 minutes ahead',
  tooClose: 'Sprout Social needs 10 minutes between two messages of one profile',
};

/** The CSV files (one per network) and the rows the scheduler would refuse, which the files leave out. */
function csvFiles(
  posts: readonly ExportPost[],
  format: SchedulerFormat,
  options: ExportOptions,
  context: { timeZone: string; now: Date },
): { files: OutputFile[]; leftOut: string[] } {
  const csvOptions = {
    format,
    timeZone: context.timeZone,
    now: context.now,
    dateOrder: 'dayFirst' as const,
    bom: options.bom ?? true,
    formulaProtection: options.formulaGuard ?? true,
  };
  const files = buildSchedulerCsvFiles(posts, csvOptions).map((file) => ({
    name: file.name,
    bytes: strToU8(file.text),
  }));
  const leftOut = schedulerRowsLeftOut(posts, csvOptions).map(
    (row) =>
      `left out of the ${format} CSV: "${row.title}" (${row.postId}) on ${CHANNEL_NAMES[row.channel]} at ` +
      `${row.scheduledAt}: ${ROW_PROBLEMS[row.problem]}`,
  );
  return { files, leftOut };
}

/** Lines for the posts the roster does not confirm, although they are in the range and marked approved. */
function untrustedLines(posts: readonly ExportPost[], verdicts: ReadonlyMap<string, PostVerdict>): string[] {
  return posts.flatMap((post) => {
    const verdict = verdicts.get(post.id);
    if (verdict === undefined || verdict.approved) return [];
    return [`left out: "${post.title}" (${post.id}): not approved: ${verdict.reasons.join('; ')}`];
  });
}

export async function runExportCommand(
  options: ExportOptions,
  readFile: ReadText,
  now: Date,
): Promise<ExportCommandResult> {
  const { in: file, format, from, to, out } = options;
  if (!isExportFileFormat(format)) {
    return usageError(
      `--format must be ics, hootsuite, buffer, sprout, publer or zip, not "${format}"`,
      EXPORT_USAGE,
    );
  }
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isPlainDate(value))
      return usageError(`--${name} must be a date YYYY-MM-DD, not "${value}"`, EXPORT_USAGE);
  }
  if (from > to) return usageError(`--from ${from} is after --to ${to}`, EXPORT_USAGE);
  const loaded = loadWorkspace(file, readFile);
  if ('exitCode' in loaded) return loaded;
  const { workspace } = loaded;
  const trust = await trustedVerdicts(workspace, options.keys, readFile);
  if ('exitCode' in trust) return trust;
  const media = format === 'zip' ? mediaBytes(workspace) : {};
  if (typeof media === 'string') return inputError(media, file);

  const timeZone = workspace.settings.timeZone;
  const all = workspace.posts.map((post) => toExportPost(post, workspace.profiles));
  // Only posts whose approval holds against the trusted roster are candidates at all.
  const candidates = all.filter((post) => trust.verdicts.get(post.id)?.approved === true);
  const metas = Object.fromEntries(workspace.media.map((meta) => [meta.id, meta]));
  try {
    const inRange = selectForExport(all, { fromDate: from, toDate: to, timeZone, now, allowPast: true });
    const selection = selectForExport(candidates, {
      fromDate: from,
      toDate: to,
      timeZone,
      now,
      allowPast: options.allowPast === true,
      consentProblems: consentProblemsOf(candidates, metas, workspace.consents, timeZone),
      // Crisis mode on in the file: its window's non-crisis posts stay behind, whatever their status.
      crisisHeld: workspace.posts
        .filter((post) => crisisHolds(workspace.crisis, post))
        .map((post) => post.id),
    });
    const untrusted = untrustedLines(
      inRange.included.filter((post) => !candidates.some((candidate) => candidate.id === post.id)),
      trust.verdicts,
    );
    const outOfScope = (reason: string) => reason === 'outOfRange' || reason === 'notScheduled';
    const left = [...inRange.excluded, ...selection.excluded].filter(({ reason }) => !outOfScope(reason));
    const leftLines = [
      ...untrusted,
      ...left.map(({ post, reason }) => `left out: "${post.title}" (${post.id}): ${reason}`),
    ];
    const leftOut = [...untrusted.map(() => 'notApproved'), ...left.map(({ reason }) => reason)];
    if (selection.included.length === 0) {
      const counts = new Map<string, number>();
      for (const reason of leftOut) counts.set(reason, (counts.get(reason) ?? 0) + 1);
      const why = [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ');
      const message =
        `nothing to export from ${from} to ${to}: only approved posts leave Civic Desk` +
        (why === '' ? ' (no posts in the range)' : ` (left out: ${why})`);
      return {
        exitCode: EXIT.failed,
        stdout: '',
        stderr: `civic-desk: ${message}\n${leftLines.map((line) => `${line}\n`).join('')}`,
        json: { exitCode: EXIT.failed, written: [], exported: [], leftOut: leftLines, error: message },
      };
    }
    let files: OutputFile[];
    let missingMedia: string[] = [];
    const rowLines: string[] = [];
    if (isSchedulerFormat(format)) {
      const csv = csvFiles(selection.included, format, options, { timeZone, now });
      files = csv.files;
      rowLines.push(...csv.leftOut);
      if (files.length === 0) {
        const message = `nothing to export as ${format} CSV: the scheduler would refuse every row`;
        return {
          exitCode: EXIT.failed,
          stdout: '',
          stderr: `civic-desk: ${message}\n${rowLines.map((line) => `${line}\n`).join('')}`,
          json: {
            exitCode: EXIT.failed,
            written: [],
            exported: [],
            leftOut: [...leftLines, ...rowLines],
            error: message,
          },
        };
      }
    } else {
      const built = buildExportFile(selection.included, {
        format,
        timeZone,
        now,
        fromDate: from,
        toDate: to,
        media,
        calendarName: workspace.settings.organisationName || 'Civic Desk',
      });
      files = [{ name: built.name, bytes: built.bytes }];
      missingMedia = built.missingMedia;
    }
    const output = outputFor(format, out, files);
    if (typeof output === 'string') return usageError(output, EXPORT_USAGE);
    const missing = missingMedia.map(
      (id) => `missing: image or video ${id} (no bytes in mediaFiles), named in LIESMICH.txt`,
    );
    const what =
      output.target === 'folder'
        ? `${files.length} CSV file(s) into the folder`
        : isSchedulerFormat(format) && files.length > 1
          ? `a ZIP of ${files.length} CSV files`
          : format.toUpperCase();
    const count = selection.included.length;
    return {
      exitCode: EXIT.ok,
      stdout: output.target === 'stdout' ? '' : `wrote ${out}: ${what}, ${count} post(s)\n`,
      stderr: [...leftLines, ...rowLines, ...missing].map((line) => `${line}\n`).join(''),
      json: {
        exitCode: EXIT.ok,
        format,
        target: output.target,
        out,
        files: output.files.map((entry) => entry.name),
        exported: selection.included.map((post) => ({ id: post.id, title: post.title })),
        leftOut: [...leftLines, ...rowLines],
        missingMedia,
      },
      output,
    };
  } catch (error) {
    return generatorError(error);
  }
}
