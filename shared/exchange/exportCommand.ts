/**
 * `civic-desk export --in <workspace> --format ics|hootsuite|buffer|sprout|publer|zip --from <YYYY-MM-DD>
 * --to <YYYY-MM-DD> --out <path>`: the same files as the export page, from a workspace file, for the approved and
 * exported posts of the range only (the same selection: networks all, campaigns all, consents checked; past posts
 * in the range are taken, since the range is given explicitly). Pure: the caller reads the workspace, writes
 * `output` to `--out` and prints the lines. Several scheduler CSVs come as one ZIP, as on the export page.
 *
 * Media bytes for the publish package come from the workspace's optional `mediaFiles: [{ id, base64 }]`; media
 * without bytes are left out of the package and named in its read-me (and on stderr).
 *
 * Exit codes: 0 written, 1 nothing to export (nothing written), 2 wrong arguments, bad file, or a generator error.
 */
import { consentProblemsOf } from '../export/consentProblems';
import { ExportError } from '../export/errors';
import { buildExportFile, isExportFileFormat, type ExportFile } from '../export/exportFiles';
import { toExportPost } from '../export/fromPost';
import type { PackageMedia } from '../export/publishPackage';
import { selectForExport } from '../export/selection';
import { isPlainDate } from '../time/zoned';
import {
  loadWorkspace,
  parseOptions,
  usageError,
  type CommandResult,
  type ReadText,
} from './validateCommand';
import type { Workspace } from './workspace';

export const EXPORT_USAGE =
  'Usage: civic-desk export --in <workspace file> --format ics|hootsuite|buffer|sprout|publer|zip ' +
  '--from <YYYY-MM-DD> --to <YYYY-MM-DD> --out <path>';

export type ExportCommandResult = CommandResult & { output?: { path: string; file: ExportFile } };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map(
  Array.from({ length: BASE64.length }, (_, index) => [BASE64.charAt(index), index]),
);

/** Standard base64 (padding optional) → bytes, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let index = 0; index < clean.length; index += 1) {
    const value = BASE64_VALUES.get(clean.charAt(index));
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out] = (buffer >> bits) & 0xff;
      out += 1;
    }
  }
  return bytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bytes of `mediaFiles` by media id (with the media's MIME type), or the first problem with its path. */
function mediaBytes(workspace: Workspace, mediaFiles: unknown): Record<string, PackageMedia> | string {
  const media: Record<string, PackageMedia> = {};
  if (mediaFiles === undefined) return media;
  if (!Array.isArray(mediaFiles)) return 'mediaFiles: expected a list of { id, base64 }';
  const metas = new Map(workspace.media.map((meta) => [meta.id, meta]));
  for (const [index, entry] of mediaFiles.entries()) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.base64 !== 'string') {
      return `mediaFiles[${index}]: expected { id, base64 }`;
    }
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
    return { exitCode: 2, stdout: '', stderr: `civic-desk: ${texts[error.code]}${detail}\n` };
  }
  throw error;
}

export function runExportCommand(
  args: readonly string[],
  readFile: ReadText,
  now: Date,
): ExportCommandResult {
  const options = parseOptions(args, ['in', 'format', 'from', 'to', 'out']);
  if (typeof options === 'string') return usageError(options, EXPORT_USAGE);
  for (const name of ['in', 'format', 'from', 'to', 'out']) {
    if (options[name] === undefined) return usageError(`--${name} is missing`, EXPORT_USAGE);
  }
  const { in: file = '', format = '', from = '', to = '', out = '' } = options;
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
  const media = format === 'zip' ? mediaBytes(workspace, loaded.mediaFiles) : {};
  if (typeof media === 'string')
    return { exitCode: 2, stdout: '', stderr: `civic-desk: ${file}: ${media}\n` };

  const timeZone = workspace.settings.timeZone;
  const posts = workspace.posts.map((post) => toExportPost(post, workspace.profiles));
  const metas = Object.fromEntries(workspace.media.map((meta) => [meta.id, meta]));
  try {
    const selection = selectForExport(posts, {
      fromDate: from,
      toDate: to,
      timeZone,
      now,
      allowPast: true,
      consentProblems: consentProblemsOf(posts, metas, workspace.consents, timeZone),
    });
    const left = selection.excluded.filter(
      ({ reason }) => reason !== 'outOfRange' && reason !== 'notScheduled',
    );
    const leftLines = left.map(({ post, reason }) => `left out: "${post.title}" (${post.id}): ${reason}`);
    if (selection.included.length === 0) {
      const counts = new Map<string, number>();
      for (const { reason } of left) counts.set(reason, (counts.get(reason) ?? 0) + 1);
      const why = [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ');
      const line =
        `civic-desk: nothing to export from ${from} to ${to}: only approved posts leave Civic Desk` +
        (why === '' ? ' (no posts in the range)' : ` (left out: ${why})`);
      return { exitCode: 1, stdout: '', stderr: `${line}\n` };
    }
    const built = buildExportFile(selection.included, {
      format,
      timeZone,
      now,
      fromDate: from,
      toDate: to,
      media,
      calendarName: workspace.settings.organisationName || 'Civic Desk',
    });
    const missing = built.missingMedia.map(
      (id) => `missing: image or video ${id} (no bytes in mediaFiles), named in LIESMICH.txt`,
    );
    const what = built.parts > 1 ? `a ZIP of ${built.parts} CSV files` : format.toUpperCase();
    const summary = `wrote ${out}: ${what}, ${selection.included.length} post(s)`;
    return {
      exitCode: 0,
      stdout: `${summary}\n`,
      stderr: [...leftLines, ...missing].map((line) => `${line}\n`).join(''),
      output: { path: out, file: built },
    };
  } catch (error) {
    return generatorError(error);
  }
}
