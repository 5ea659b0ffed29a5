/**
 * The exported roster file (`civic-desk verify --keys FILE`): the organisation's root public key and its signed
 * entries. Whoever reads it as a trust anchor takes the root from it, so it must come from the office's own desk;
 * the entries are verified against that root like any others.
 */
import { z } from 'zod';
import { publicKeyInfoSchema } from '../exchange/workflowSchemas';
import type { PublicKeyInfo } from '../model/profile';
import { rosterEntrySchema, type RosterEntry } from './rosterTypes';

export const ROSTER_FILE_FORMAT = 'civic-desk-roster';
export const ROSTER_FILE_VERSION = 1;
/** More entries than any office writes in decades; a bound for hostile files. */
export const MAX_ROSTER_ENTRIES = 10_000;

export interface RosterFile {
  format: typeof ROSTER_FILE_FORMAT;
  version: typeof ROSTER_FILE_VERSION;
  root: PublicKeyInfo;
  entries: RosterEntry[];
}

export const rosterFileSchema = z
  .object({
    format: z.literal(ROSTER_FILE_FORMAT),
    version: z.literal(ROSTER_FILE_VERSION),
    root: publicKeyInfoSchema,
    entries: z.array(rosterEntrySchema).max(MAX_ROSTER_ENTRIES),
  })
  .strict();

export function buildRosterFile(root: PublicKeyInfo, entries: readonly RosterEntry[]): RosterFile {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: ROSTER_FILE_FORMAT, version: ROSTER_FILE_VERSION, root, entries: sorted };
}

export type RosterFileParse = { ok: true; file: RosterFile } | { ok: false; error: string };

/** Parses a roster file from its JSON text or an already parsed value; never throws. */
export function parseRosterFile(input: unknown): RosterFileParse {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: 'not JSON' };
    }
  }
  const parsed = rosterFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, file: parsed.data };
}
