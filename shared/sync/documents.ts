/**
 * The mapping between the desk's rows and CouchDB documents (issue 15). A document is
 * `{ _id: '<kind>:<key>', _rev?, type: kind, schema, author, updatedAt, data: row }`: the row is nested under
 * `data`, so no field of a row can collide with CouchDB's own `_` fields or the envelope fields.
 *
 * `fromDocument` is the trust boundary: whatever replication brings in is checked here with the workspace format's
 * validating schemas before any row reaches Dexie, and a refusal names what is wrong. It never throws.
 */
import { contentHash } from '../approval/contentHash';
import { formatJsonPath } from '../exchange/workspace';
import { envelopeId, PAYLOAD_TYPES } from '../trust/envelope';
import type { Post } from '../model/post';
import type { RosterEntry } from '../trust/rosterTypes';
import {
  documentIdOf,
  kindOfDocumentId,
  mutabilityOf,
  ROW_SCHEMAS,
  SYNC_SCHEMA_VERSION,
  type SyncKind,
  type SyncRows,
} from './documentKinds';

export interface SyncDocument<K extends SyncKind = SyncKind> {
  _id: string;
  /** CouchDB's revision; absent on a document that was never stored. */
  _rev?: string;
  type: K;
  /** The version of this kind's document shape (`SYNC_SCHEMA_VERSION`). */
  schema: number;
  /** The profile id (the CouchDB user name) of the person who wrote this revision. */
  author: string;
  /** ISO 8601 UTC instant of this revision. */
  updatedAt: string;
  data: SyncRows[K];
}

export interface DocumentMeta {
  /** The profile id of the person writing; must be the logged-in CouchDB user (validate_doc_update). */
  author: string;
  now: Date;
  /** The revision this one replaces (REVISED kinds), if the document exists. */
  rev?: string;
}

/** The document for a row. Pure: the row is not validated here (it comes from the desk's own store). */
export function toDocument<K extends SyncKind>(
  kind: K,
  row: SyncRows[K],
  meta: DocumentMeta,
): SyncDocument<K> {
  return {
    _id: documentIdOf(kind, row),
    ...(meta.rev === undefined ? {} : { _rev: meta.rev }),
    type: kind,
    schema: SYNC_SCHEMA_VERSION[kind],
    author: meta.author,
    updatedAt: meta.now.toISOString(),
    data: row,
  };
}

export type ReadDocument = {
  [K in SyncKind]: {
    ok: true;
    kind: K;
    row: SyncRows[K];
    id: string;
    rev: string | null;
    /** The revisions CouchDB keeps in conflict with this one (`_conflicts`, when asked for). */
    conflicts: string[];
    author: string;
    updatedAt: string;
  };
}[SyncKind];

export type FromDocumentResult = ReadDocument | { ok: false; reason: string };

const ENVELOPE_FIELDS = new Set([
  '_id',
  '_rev',
  '_conflicts',
  'type',
  'schema',
  'author',
  'updatedAt',
  'data',
]);
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/u;
const MAX_AUTHOR_LENGTH = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Problems of the fields around the row; null when they hold. */
function envelopeProblem(doc: Record<string, unknown>, kind: SyncKind): string | null {
  const unknownField = Object.keys(doc).find((key) => !ENVELOPE_FIELDS.has(key));
  if (unknownField !== undefined) return `unknown field "${unknownField}"`;
  if (doc._rev !== undefined && typeof doc._rev !== 'string') return '_rev: expected a string';
  const conflicts = doc._conflicts;
  if (
    conflicts !== undefined &&
    !(Array.isArray(conflicts) && conflicts.every((rev) => typeof rev === 'string'))
  ) {
    return '_conflicts: expected a list of revisions';
  }
  if (doc.type !== kind) return `type: expected "${kind}" as the _id names it`;
  const schema = doc.schema;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return 'schema: expected a whole number from 1';
  }
  if (schema > SYNC_SCHEMA_VERSION[kind]) {
    return `schema: version ${schema} of "${kind}" is newer than this Civic Desk reads (${SYNC_SCHEMA_VERSION[kind]}); please update Civic Desk`;
  }
  if (typeof doc.author !== 'string' || doc.author.trim() === '' || doc.author.length > MAX_AUTHOR_LENGTH) {
    return 'author: expected the profile id of the person who wrote the document';
  }
  if (
    typeof doc.updatedAt !== 'string' ||
    !UTC_INSTANT.test(doc.updatedAt) ||
    Number.isNaN(Date.parse(doc.updatedAt))
  ) {
    return 'updatedAt: expected an ISO 8601 UTC instant';
  }
  return null;
}

/** Checks a row's schema cannot express: hashes and content addresses that must be recomputed. */
function integrityProblem<K extends SyncKind>(kind: K, row: SyncRows[K]): string | null {
  if (kind === 'post') {
    const post = row as Post;
    if (contentHash(post) !== post.workflow.contentHash) {
      return 'data.workflow.contentHash: not the hash of the post content';
    }
  }
  if (kind === 'roster') {
    const entry = row as RosterEntry;
    if (entry.envelope.payloadType !== PAYLOAD_TYPES.rosterEntry) {
      return 'data.envelope.payloadType: not a roster entry';
    }
    if (envelopeId(entry.envelope) !== entry.id) return 'data.id: not the SHA-256 of the envelope';
  }
  return null;
}

function readDocument(kind: SyncKind, doc: Record<string, unknown>): FromDocumentResult {
  const problem = envelopeProblem(doc, kind);
  if (problem !== null) return refuse(problem);
  const parsed = ROW_SCHEMAS[kind].safeParse(doc.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue === undefined) return refuse('data: invalid');
    const path: PropertyKey[] = ['data', ...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
      return refuse(`${formatJsonPath([...path, issue.keys[0]])}: unknown field`);
    }
    return refuse(`${formatJsonPath(path)}: ${issue.message}`);
  }
  const row = parsed.data;
  const integrity = integrityProblem(kind, row);
  if (integrity !== null) return refuse(integrity);
  const id = doc._id as string;
  if (documentIdOf(kind, row) !== id) {
    return refuse(`_id: "${id}" is not the id of its data ("${documentIdOf(kind, row)}")`);
  }
  // The kind and its row come from the same table entry; TypeScript cannot pair them across the union.
  return {
    ok: true,
    kind,
    row,
    id,
    rev: typeof doc._rev === 'string' ? doc._rev : null,
    conflicts: Array.isArray(doc._conflicts) ? (doc._conflicts as string[]) : [],
    author: doc.author as string,
    updatedAt: doc.updatedAt as string,
  } as ReadDocument;
}

/**
 * Reads a document that came in through replication: `{ ok: true, kind, row }` only when the `_id`, the fields
 * around the row, the row (the workspace format's schema) and its hashes all hold; else why not. Never throws.
 */
export function fromDocument(doc: unknown): FromDocumentResult {
  try {
    if (!isRecord(doc)) return refuse('not a JSON object');
    if (typeof doc._id !== 'string') return refuse('_id: expected a string');
    const kind = kindOfDocumentId(doc._id);
    if (kind === null) {
      const prefix = doc._id.split(':', 1)[0] ?? '';
      return refuse(`_id: unknown document kind "${prefix.slice(0, 40)}"`);
    }
    return readDocument(kind, doc);
  } catch {
    // Schemas and hashes do not throw on JSON; this only guards against values JSON cannot produce.
    return refuse('the document could not be read');
  }
}

export interface Deletion {
  kind: SyncKind;
  id: string;
  rev: string | null;
}

/**
 * A deletion as replication brings it (`{ _id, _rev, _deleted: true, … }`): its kind and id, or null when the
 * value is no deletion of a known REVISED kind. Immutable documents are never deleted: a deletion of one (which
 * the validate function refuses, but a server admin could force) is ignored, so it is null here too.
 */
export function readDeletion(doc: unknown): Deletion | null {
  if (!isRecord(doc) || doc._deleted !== true || typeof doc._id !== 'string') return null;
  const kind = kindOfDocumentId(doc._id);
  if (kind === null || mutabilityOf(kind) === 'immutable') return null;
  return { kind, id: doc._id, rev: typeof doc._rev === 'string' ? doc._rev : null };
}
