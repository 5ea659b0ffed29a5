/**
 * The server side of team sync's rules: the `validate_doc_update` function of the design document
 * `_design/civic-desk`, which CouchDB runs on every write (a PUT, a POST, and every document a replication pushes).
 * CouchDB runs it in its own JavaScript engine, so the source is plain ES5 with no imports: the kinds are written
 * into it from `documentKinds.ts`, so the server and the desk agree on them.
 *
 * It refuses by throwing `{ forbidden: message }` (HTTP 403; replication counts it in `doc_write_failures`). The
 * server is still not trusted for integrity: every desk checks every document again (`fromDocument`) and verifies
 * every signature itself. This function only keeps honest mistakes and casual forgeries off the server.
 */
import { AUDIT_SEQ_DIGITS, mutabilityOf, SYNC_KINDS, type Mutability, type SyncKind } from './documentKinds';

export const DESIGN_DOCUMENT_ID = '_design/civic-desk';

/** The CouchDB roles team sync's set-up gives people (a server admin has `_admin` as well). */
export const SYNC_ROLES = {
  admin: 'civicdesk-admin',
  approver: 'civicdesk-approver',
  editor: 'civicdesk-editor',
} as const;

/** Kinds only people with a role may write. */
export const KIND_ROLES: Partial<Record<SyncKind, string>> = {
  roster: SYNC_ROLES.admin,
  approval: SYNC_ROLES.approver,
};

const KIND_TABLE: Record<string, Mutability> = Object.fromEntries(
  SYNC_KINDS.map((kind) => [kind, mutabilityOf(kind)]),
);

/** The function's source, as CouchDB stores it in the design document. */
export const VALIDATE_DOC_UPDATE_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var KINDS = ${JSON.stringify(KIND_TABLE)};
  var KIND_ROLES = ${JSON.stringify(KIND_ROLES)};
  var SEQ_DIGITS = ${AUDIT_SEQ_DIGITS};
  var roles = (userCtx && userCtx.roles) || [];
  var user = userCtx ? userCtx.name : null;
  function hasRole(role) {
    for (var i = 0; i < roles.length; i++) if (roles[i] === role) return true;
    return false;
  }
  function refuse(message) {
    throw { forbidden: message };
  }
  function quoted(value) {
    return '"' + String(value).substring(0, 80) + '"';
  }
  var isAdmin = hasRole('_admin');
  var id = newDoc._id;
  if (typeof id !== 'string' || id === '') refuse('the document has no _id');
  if (id.indexOf('_design/') === 0) {
    if (!isAdmin) refuse('only a server admin may change design documents');
    return;
  }
  var colon = id.indexOf(':');
  var kind = colon > 0 ? id.substring(0, colon) : '';
  if (!Object.prototype.hasOwnProperty.call(KINDS, kind)) {
    refuse('unknown document kind ' + quoted(kind) + ' in _id ' + quoted(id));
  }
  if (KINDS[kind] === 'immutable') {
    if (newDoc._deleted === true) refuse(kind + ' documents are immutable: ' + quoted(id) + ' cannot be deleted');
    if (oldDoc) refuse(kind + ' documents are immutable: ' + quoted(id) + ' cannot be changed');
  }
  if (typeof newDoc.author !== 'string' || newDoc.author === '') {
    refuse(newDoc._deleted === true ? 'a deletion must name its author' : 'the document has no author');
  }
  if (!isAdmin && newDoc.author !== user) {
    refuse(
      user === null || user === undefined
        ? 'no user is logged in: the author ' + quoted(newDoc.author) + ' cannot be checked'
        : 'the author ' + quoted(newDoc.author) + ' is not the logged-in user ' + quoted(user)
    );
  }
  if (newDoc._deleted === true) return;
  if (typeof newDoc.type !== 'string' || newDoc.type === '') refuse('the document has no type');
  if (newDoc.type !== kind) refuse('the type ' + quoted(newDoc.type) + ' is not the kind ' + quoted(kind) + ' its _id names');
  if (typeof newDoc.schema !== 'number' || newDoc.schema % 1 !== 0 || newDoc.schema < 1) {
    refuse('the schema must be a whole number from 1');
  }
  if (typeof newDoc.updatedAt !== 'string' || newDoc.updatedAt === '') refuse('the document has no updatedAt');
  var data = newDoc.data;
  if (typeof data !== 'object' || data === null) refuse('the document has no data');
  var role = KIND_ROLES[kind];
  if (role && !isAdmin && !hasRole(role)) refuse(kind + ' documents are written only by users with the role ' + role);
  var key;
  if (kind === 'audit') {
    var entry = data.entry;
    if (typeof entry !== 'object' || entry === null || typeof entry.seq !== 'number' || entry.seq % 1 !== 0 || entry.seq < 1) {
      refuse('the audit entry has no sequence number');
    }
    var seq = String(entry.seq);
    while (seq.length < SEQ_DIGITS) seq = '0' + seq;
    key = data.deviceId + ':' + seq;
  } else {
    key = data.id;
  }
  if (typeof key !== 'string' || id !== kind + ':' + key) {
    refuse('the _id ' + quoted(id) + ' is not the id of its data ' + quoted(kind + ':' + key));
  }
  if (kind === 'approval') {
    var approval = data.approval;
    var signer = typeof approval === 'object' && approval !== null ? approval.profileId : null;
    if (signer !== newDoc.author) {
      refuse('the approval is given by ' + quoted(signer) + ', not by its author ' + quoted(newDoc.author));
    }
  }
}`;

export interface DesignDocument {
  _id: typeof DESIGN_DOCUMENT_ID;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
}

/** The design document the admin's set-up writes (with `_rev` when it replaces an older one). */
export function designDocument(rev?: string): DesignDocument {
  return {
    _id: DESIGN_DOCUMENT_ID,
    ...(rev === undefined ? {} : { _rev: rev }),
    language: 'javascript',
    validate_doc_update: VALIDATE_DOC_UPDATE_SOURCE,
  };
}
