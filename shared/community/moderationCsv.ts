/**
 * The moderation record as CSV for a complaint or an inquiry: one row per entry in the given order, headers and
 * action names in the chosen language, the netiquette clause with its title from the cited version, and the
 * recorder's name through a passed map. Written like the audit CSV (Papa.unparse, RFC 4180 line ends, UTF-8 byte
 * order mark, every cell protected against formula injection by shared/export/csvSafety.ts).
 *
 * Minimisation: entries hold no commenter data; where the note still looks like personal data (the post checks'
 * detectors), the spans are replaced by a marker and the flag column names their kinds. `redactNotes: false`
 * keeps the note as recorded (the flag stays).
 */
import Papa from 'papaparse';
import { CHANNEL_NAMES } from '../model/channels';
import type { UiLocale } from '../model/settings';
import { CSV_NEWLINE, protectCell, UTF8_BOM } from '../export/csvSafety';
import type { ExportTextFile } from '../export/types';
import { communityMessages } from './messages';
import { noteFlags, type ModerationEntry, type NoteFlag } from './moderation';
import type { Netiquette } from './netiquette';

export interface ModerationCsvOptions {
  /** Person id → display name; unknown ids get an empty name. */
  actorNames?: Readonly<Record<string, string>>;
  /** The netiquette versions, for the clause titles; a clause not found gets an empty title. */
  netiquettes?: readonly Pick<Netiquette, 'version' | 'clauses'>[];
  /** Replace personal data found in notes by a marker. Default true. */
  redactNotes?: boolean;
  /** UTF-8 byte order mark for Excel. Default true. */
  bom?: boolean;
  /** File name; default from the messages (`moderationsprotokoll.csv`). */
  name?: string;
}

export const MODERATION_CSV_COLUMNS = [
  'at',
  'network',
  'action',
  'clause',
  'clauseTitle',
  'netiquetteVersion',
  'commentUrl',
  'note',
  'noteFlag',
  'screenshot',
  'recordedBy',
  'id',
] as const;

function lookup(names: Readonly<Record<string, string>> | undefined, id: string): string {
  return names !== undefined && Object.hasOwn(names, id) ? (names[id] ?? '') : '';
}

/** `note` with every flagged span replaced by `marker`. */
export function redactNote(note: string, flags: readonly NoteFlag[], marker: string): string {
  let result = '';
  let from = 0;
  for (const flag of [...flags].sort((a, b) => a.start - b.start)) {
    if (flag.start < from) continue;
    result += note.slice(from, flag.start) + marker;
    from = flag.end;
  }
  return result + note.slice(from);
}

/** The CSV of `entries` with headers and values in `locale`. */
export function moderationCsv(
  entries: readonly ModerationEntry[],
  locale: UiLocale,
  options: ModerationCsvOptions = {},
): ExportTextFile {
  const messages = communityMessages(locale);
  const header = MODERATION_CSV_COLUMNS.map((column) => messages.csv[column]);
  const rows = entries.map((entry) => {
    const flags = noteFlags(entry.note);
    const cited = options.netiquettes?.find((netiquette) => netiquette.version === entry.netiquetteVersion);
    const clause = cited?.clauses.find((candidate) => candidate.id === entry.clauseId);
    const kinds = [...new Set(flags.map((flag) => messages.personalDataKinds[flag.kind]))];
    const note =
      (options.redactNotes ?? true) ? redactNote(entry.note, flags, messages.csv.redacted) : entry.note;
    return [
      entry.at,
      CHANNEL_NAMES[entry.network],
      messages.actions[entry.action],
      entry.clauseId ?? '',
      clause?.title ?? '',
      String(entry.netiquetteVersion),
      entry.commentUrl,
      note,
      kinds.join(', '),
      entry.screenshotMediaId ?? '',
      lookup(options.actorNames, entry.actorId),
      entry.id,
    ];
  });
  const csv = Papa.unparse(
    [header, ...rows].map((cells) => cells.map(protectCell)),
    { newline: CSV_NEWLINE, quotes: false },
  );
  return {
    name: options.name ?? messages.csv.fileName,
    text: ((options.bom ?? true) ? UTF8_BOM : '') + csv,
  };
}
