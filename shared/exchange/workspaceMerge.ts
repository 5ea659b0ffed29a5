/**
 * Import of a workspace file into a desk, as pure functions over two workspaces (what the desk holds and what the
 * file holds): a summary of what is new, changed (same id, different content: a conflict to decide in a merge) and
 * gone, per table; and the workspace the desk holds after a restore, in `replace` or `merge` mode.
 */
import type { AuditEntry } from '../audit/chain';
import { canonicalJson } from '../approval/webCrypto';
import type { Workspace } from './workspace';

export const WORKSPACE_TABLES = [
  'settings',
  'campaigns',
  'posts',
  'series',
  'templates',
  'snippets',
  'media',
  'consents',
  'profiles',
  'comments',
] as const;
export type WorkspaceTable = (typeof WORKSPACE_TABLES)[number];

/** Settings are one document; in conflicts and summaries it has this id. */
export const SETTINGS_ROW_ID = 'settings';

export type Side = 'mine' | 'theirs';

export interface TableSummary {
  /** Only in the file. */
  added: number;
  /** In both, with different content: conflicts in a merge. */
  changed: number;
  unchanged: number;
  /** Only in the desk: gone after a replace, kept by a merge. */
  removed: number;
}

export interface Conflict {
  table: WorkspaceTable;
  id: string;
  /** A title, name or label to show. */
  label: string;
  /** What a merge takes unless told otherwise: the newer side where rows carry `updatedAt`, else mine. */
  suggested: Side;
}

/**
 * `same`: equal chains; `theirsExtends`: the file's chain continues the desk's; `mineExtends`: the other way round;
 * `diverged`: neither (a merge keeps the desk's chain).
 */
export type AuditRelation = 'same' | 'theirsExtends' | 'mineExtends' | 'diverged';

export interface ImportSummary {
  tables: Record<WorkspaceTable, TableSummary>;
  conflicts: Conflict[];
  audit: { mine: number; theirs: number; relation: AuditRelation };
  mediaFiles: number;
}

export interface RestoreChoice {
  mode: 'replace' | 'merge';
  /** Keyed by `conflictKey(table, id)`; conflicts not listed take their `suggested` side. */
  conflicts: Readonly<Record<string, Side>>;
}

export function conflictKey(table: WorkspaceTable, id: string): string {
  return `${table}/${id}`;
}

type Row = { id: string } & Record<string, unknown>;

function rowsOf(workspace: Workspace, table: WorkspaceTable): Row[] {
  if (table === 'settings') return [{ id: SETTINGS_ROW_ID, ...workspace.settings }];
  return workspace[table];
}

function labelOf(row: Row): string {
  for (const key of ['title', 'name', 'label', 'person', 'fileName', 'organisationName', 'text']) {
    const value = row[key];
    if (typeof value === 'string' && value !== '') return value.slice(0, 80);
  }
  const template = row.template as { name?: unknown } | undefined;
  return typeof template?.name === 'string' ? template.name : row.id;
}

function suggestedSide(mine: Row, theirs: Row): Side {
  const mineAt = mine.updatedAt;
  const theirsAt = theirs.updatedAt;
  if (typeof mineAt === 'string' && typeof theirsAt === 'string')
    return theirsAt > mineAt ? 'theirs' : 'mine';
  return 'mine';
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function isPrefix(short: readonly AuditEntry[], long: readonly AuditEntry[]): boolean {
  return short.length <= long.length && short.every((entry, index) => long[index]?.hash === entry.hash);
}

export function auditRelation(mine: readonly AuditEntry[], theirs: readonly AuditEntry[]): AuditRelation {
  if (mine.length === theirs.length && isPrefix(mine, theirs)) return 'same';
  if (isPrefix(mine, theirs)) return 'theirsExtends';
  if (isPrefix(theirs, mine)) return 'mineExtends';
  return 'diverged';
}

/** What importing `theirs` into a desk holding `mine` would add, change and remove. */
export function summarizeImport(mine: Workspace, theirs: Workspace): ImportSummary {
  const conflicts: Conflict[] = [];
  const tables = {} as Record<WorkspaceTable, TableSummary>;
  for (const table of WORKSPACE_TABLES) {
    const mineById = new Map(rowsOf(mine, table).map((row) => [row.id, row]));
    const summary: TableSummary = { added: 0, changed: 0, unchanged: 0, removed: 0 };
    const theirIds = new Set<string>();
    for (const row of rowsOf(theirs, table)) {
      theirIds.add(row.id);
      const existing = mineById.get(row.id);
      if (existing === undefined) summary.added += 1;
      else if (same(existing, row)) summary.unchanged += 1;
      else {
        summary.changed += 1;
        conflicts.push({ table, id: row.id, label: labelOf(row), suggested: suggestedSide(existing, row) });
      }
    }
    summary.removed = [...mineById.keys()].filter((id) => !theirIds.has(id)).length;
    tables[table] = summary;
  }
  return {
    tables,
    conflicts,
    audit: {
      mine: mine.audit.length,
      theirs: theirs.audit.length,
      relation: auditRelation(mine.audit, theirs.audit),
    },
    mediaFiles: theirs.mediaFiles?.length ?? 0,
  };
}

function mergeRows(table: WorkspaceTable, mine: Row[], theirs: Row[], choice: RestoreChoice): Row[] {
  const merged = new Map(mine.map((row) => [row.id, row]));
  for (const row of theirs) {
    const existing = merged.get(row.id);
    if (existing === undefined) merged.set(row.id, row);
    else if (!same(existing, row)) {
      const side = choice.conflicts[conflictKey(table, row.id)] ?? suggestedSide(existing, row);
      if (side === 'theirs') merged.set(row.id, row);
    }
  }
  return [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The workspace a desk holds after restoring `theirs` over `mine`. Media bytes are not part of the result. */
export function restoredWorkspace(mine: Workspace, theirs: Workspace, choice: RestoreChoice): Workspace {
  const { mediaFiles: _files, ...file } = theirs;
  if (choice.mode === 'replace') return file;
  const result: Record<string, unknown> = { ...file };
  for (const table of WORKSPACE_TABLES) {
    const rows = mergeRows(table, rowsOf(mine, table), rowsOf(theirs, table), choice);
    if (table === 'settings') {
      const { id: _id, ...settings } = rows[0] ?? { id: SETTINGS_ROW_ID, ...mine.settings };
      result.settings = settings;
    } else result[table] = rows;
  }
  result.audit = auditRelation(mine.audit, theirs.audit) === 'theirsExtends' ? theirs.audit : mine.audit;
  result.roster = mergedRoster(mine.roster, theirs.roster);
  // Crisis mode on, on either side, stays on: a merge never lets held posts out.
  result.crisis = mine.crisis.active ? mine.crisis : theirs.crisis;
  return result as unknown as Workspace;
}

/**
 * A merge keeps the desk's root and adds the file's roster entries it does not hold yet (entries are immutable and
 * content-addressed, so the union is safe; whatever does not verify against the root is ignored where it is read).
 * The caller refuses a merge of a file under another root before it gets here.
 */
export function mergedRoster(mine: Workspace['roster'], theirs: Workspace['roster']): Workspace['roster'] {
  if (mine === null) return theirs;
  if (theirs === null) return mine;
  const entries = new Map(mine.entries.map((entry) => [entry.id, entry]));
  for (const entry of theirs.entries) if (!entries.has(entry.id)) entries.set(entry.id, entry);
  const sorted = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { root: mine.root, entries: sorted };
}
