/**
 * The audit trail as CSV, for an auditor's spreadsheet: one row per entry in chain order, with a header, the
 * actor's name resolved through a passed map, and the time both as stored (UTC) and in the organisation's zone.
 * Every cell is protected against formula injection (csvSafety.ts), since this file is made to be opened in
 * Excel. Column names are fixed technical names (stable for scripts), not translated.
 */
import Papa from 'papaparse';
import type { AuditEntry } from '../audit/chain';
import { instantToZonedIso } from '../time/zoned';
import { CSV_NEWLINE, protectCell, UTF8_BOM } from './csvSafety';
import { assertTimeZone } from './errors';
import type { ExportTextFile } from './types';

export const AUDIT_CSV_HEADER = [
  'seq',
  'at',
  'atLocal',
  'actorId',
  'actorName',
  'action',
  'postId',
  'contentHash',
  'note',
  'previousHash',
  'hash',
] as const;

export interface AuditCsvOptions {
  /** The organisation's IANA time zone, for `atLocal`. */
  timeZone: string;
  /** Actor id → display name; an unknown actor gets an empty name. */
  actorNames: Readonly<Record<string, string>>;
  /** UTF-8 byte order mark for Excel. Default true (this file is for spreadsheets). */
  bom?: boolean;
  /** File name; default `pruefprotokoll.csv`. */
  name?: string;
}

function actorName(names: Readonly<Record<string, string>>, actorId: string): string {
  return Object.hasOwn(names, actorId) ? (names[actorId] ?? '') : '';
}

function row(entry: AuditEntry, options: AuditCsvOptions): string[] {
  return [
    String(entry.seq),
    entry.at,
    instantToZonedIso(new Date(entry.at), options.timeZone),
    entry.actorId,
    actorName(options.actorNames, entry.actorId),
    entry.action,
    entry.postId ?? '',
    entry.contentHash ?? '',
    entry.note ?? '',
    entry.previousHash,
    entry.hash,
  ];
}

/** The audit CSV of `entries` (kept in the given order, which is the chain's). */
export function buildAuditCsv(entries: readonly AuditEntry[], options: AuditCsvOptions): ExportTextFile {
  assertTimeZone(options.timeZone);
  const table = [[...AUDIT_CSV_HEADER], ...entries.map((entry) => row(entry, options))];
  const csv = Papa.unparse(
    table.map((cells) => cells.map(protectCell)),
    { newline: CSV_NEWLINE, quotes: false },
  );
  return { name: options.name ?? 'pruefprotokoll.csv', text: ((options.bom ?? true) ? UTF8_BOM : '') + csv };
}
