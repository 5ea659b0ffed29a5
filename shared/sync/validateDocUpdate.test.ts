import { describe, expect, it } from 'vitest';
import { servicePost } from '../exchange/testFixtures';
import { AUDIT_SEQ_DIGITS, SYNC_KINDS, mutabilityOf } from './documentKinds';
import {
  designDocument,
  DESIGN_DOCUMENT_ID,
  SYNC_ROLES,
  VALIDATE_DOC_UPDATE_SOURCE,
} from './validateDocUpdate';

interface UserCtx {
  db: string;
  name: string | null;
  roles: string[];
}
type Doc = Record<string, unknown>;
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: unknown) => void;

/** The function as CouchDB builds it from the design document's source. */
function compile(source: string): Validate {
  // Exactly what CouchDB does with the source: evaluate it as a function expression.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test runs the server's source as CouchDB does
  const make = new Function(`return (${source});`) as () => Validate;
  return make();
}

const validate = compile(designDocument().validate_doc_update);
const SEC = { admins: { names: [], roles: [] }, members: { names: [], roles: ['civicdesk-editor'] } };

const editor: UserCtx = { db: 'org', name: 'redaktion-1', roles: [SYNC_ROLES.editor] };
const approver: UserCtx = { db: 'org', name: 'appr-a', roles: [SYNC_ROLES.approver] };
const admin: UserCtx = { db: 'org', name: 'admin', roles: [SYNC_ROLES.admin] };
const serverAdmin: UserCtx = { db: 'org', name: 'root', roles: ['_admin'] };
const anonymous: UserCtx = { db: 'org', name: null, roles: [] };

const post = servicePost();
const HASH = 'a'.repeat(64);

function doc(kind: string, key: string, data: Doc, author: string, extra: Doc = {}): Doc {
  return {
    _id: `${kind}:${key}`,
    type: kind,
    schema: 1,
    author,
    updatedAt: '2026-12-08T00:00:00.000Z',
    data,
    ...extra,
  };
}

const postDoc = (author = 'redaktion-1', extra: Doc = {}) => doc('post', post.id, { ...post }, author, extra);
const rosterDoc = (author = 'admin') => doc('roster', HASH, { id: HASH, envelope: {} }, author);
const approvalDoc = (author = 'appr-a', signer = author) =>
  doc('approval', HASH, { id: HASH, postId: post.id, approval: { profileId: signer } }, author);
const seq = (n: number) => String(n).padStart(AUDIT_SEQ_DIGITS, '0');
const auditDoc = (author = 'redaktion-1', n = 7, deviceId = 'laptop-1') =>
  doc('audit', `${deviceId}:${seq(n)}`, { deviceId, entry: { seq: n } }, author);

/** The refusal message, or null when the write is allowed. */
function outcome(newDoc: Doc, oldDoc: Doc | null, user: UserCtx): string | null {
  try {
    validate(newDoc, oldDoc, user, SEC);
    return null;
  } catch (error) {
    expect(error).toEqual({ forbidden: expect.any(String) as unknown });
    return (error as { forbidden: string }).forbidden;
  }
}

describe('validate_doc_update: allowed writes', () => {
  const cases: [string, Doc, Doc | null, UserCtx][] = [
    ['an editor creates their post', postDoc(), null, editor],
    [
      'an editor writes a new revision of a post',
      postDoc('redaktion-1', { _rev: '2-b' }),
      postDoc('appr-a'),
      editor,
    ],
    [
      'an editor deletes a post naming themselves',
      { _id: `post:${post.id}`, _deleted: true, author: 'redaktion-1' },
      postDoc(),
      editor,
    ],
    ['an admin writes a roster entry', rosterDoc(), null, admin],
    ['an approver writes their own approval', approvalDoc(), null, approver],
    ['anyone writes an audit entry of their device', auditDoc(), null, editor],
    ['a server admin writes for someone else', postDoc('redaktion-1'), null, serverAdmin],
    ['a server admin writes the design document', { _id: DESIGN_DOCUMENT_ID }, null, serverAdmin],
  ];
  it.each(cases)('%s', (_name, newDoc, oldDoc, user) => {
    expect(outcome(newDoc, oldDoc, user)).toBeNull();
  });
});

describe('validate_doc_update: refused writes name what is wrong', () => {
  const cases: [string, Doc, Doc | null, UserCtx, RegExp][] = [
    [
      'an edit of a roster entry',
      rosterDoc(),
      rosterDoc(),
      admin,
      /roster documents are immutable: .* cannot be changed/,
    ],
    ['an edit of an approval', approvalDoc(), approvalDoc(), approver, /approval documents are immutable/],
    ['an edit of an audit entry', auditDoc(), auditDoc(), editor, /audit documents are immutable/],
    [
      'a deletion of an audit entry',
      { _id: `audit:laptop-1:${seq(7)}`, _deleted: true, author: 'redaktion-1' },
      auditDoc(),
      editor,
      /cannot be deleted/,
    ],
    [
      'an edit of an immutable document even by a server admin',
      rosterDoc(),
      rosterDoc(),
      serverAdmin,
      /immutable/,
    ],
    [
      'a post written in someone else\u2019s name',
      postDoc('appr-a'),
      null,
      editor,
      /author "appr-a" is not the logged-in user "redaktion-1"/,
    ],
    ['a write without a logged-in user', postDoc(), null, anonymous, /no user is logged in/],
    [
      'a deletion without an author',
      { _id: `post:${post.id}`, _deleted: true },
      postDoc(),
      editor,
      /a deletion must name its author/,
    ],
    [
      'an unknown kind',
      doc('password', 'x', { id: 'x' }, 'redaktion-1'),
      null,
      editor,
      /unknown document kind "password"/,
    ],
    ['an _id without a kind', { ...postDoc(), _id: post.id }, null, editor, /unknown document kind ""/],
    ['a missing type', { ...postDoc(), type: undefined }, null, editor, /has no type/],
    [
      'a type that is not the _id\u2019s kind',
      { ...postDoc(), type: 'settings' },
      null,
      editor,
      /type "settings" is not the kind "post"/,
    ],
    ['a missing author', { ...postDoc(), author: undefined }, null, editor, /has no author/],
    ['a missing schema', { ...postDoc(), schema: undefined }, null, editor, /schema must be a whole number/],
    ['missing data', { ...postDoc(), data: null }, null, editor, /has no data/],
    [
      'an _id that is not its data\u2019s',
      doc('post', 'other-id', { ...post }, 'redaktion-1'),
      null,
      editor,
      /is not the id of its data/,
    ],
    [
      'an audit _id that is not its device and sequence',
      { ...auditDoc(), _id: `audit:laptop-1:${seq(8)}` },
      null,
      editor,
      /is not the id of its data/,
    ],
    [
      'an audit entry without a sequence number',
      doc('audit', 'laptop-1:x', { deviceId: 'laptop-1', entry: {} }, 'redaktion-1'),
      null,
      editor,
      /no sequence number/,
    ],
    [
      'a roster entry from an editor',
      rosterDoc('redaktion-1'),
      null,
      editor,
      /roster documents are written only by users with the role civicdesk-admin/,
    ],
    [
      'an approval from an editor',
      approvalDoc('redaktion-1'),
      null,
      editor,
      /approval documents are written only by users with the role civicdesk-approver/,
    ],
    [
      'an approval for another approver',
      approvalDoc('appr-a', 'appr-b'),
      null,
      approver,
      /approval is given by "appr-b", not by its author "appr-a"/,
    ],
    ['a design document from a non-admin', { _id: DESIGN_DOCUMENT_ID }, null, admin, /only a server admin/],
  ];
  it.each(cases)('%s', (_name, newDoc, oldDoc, user, message) => {
    expect(outcome(newDoc, oldDoc, user)).toMatch(message);
  });
});

describe('the design document', () => {
  it('names every kind with its mutability', () => {
    for (const kind of SYNC_KINDS) {
      const immutable = mutabilityOf(kind) === 'immutable';
      const edit = { ...postDoc(), _id: `${kind}:x`, type: kind, data: { id: 'x' } };
      const message = outcome(edit, edit, serverAdmin) ?? '';
      expect(message.includes('immutable')).toBe(immutable);
      expect(message).not.toMatch(/unknown document kind/);
    }
  });

  it('is ES5 source CouchDB can run: no arrows, let/const, template strings, classes or spreads', () => {
    const source = VALIDATE_DOC_UPDATE_SOURCE;
    expect(source).toMatch(/^function \(newDoc, oldDoc, userCtx, secObj\) \{/);
    for (const modern of ['=>', '`', '...', 'class ']) expect(source).not.toContain(modern);
    expect(source).not.toMatch(/\b(let|const)\s/);
  });

  it('is the design document _design/civic-desk, with its revision when it replaces one', () => {
    expect(designDocument()).toEqual({
      _id: '_design/civic-desk',
      language: 'javascript',
      validate_doc_update: VALIDATE_DOC_UPDATE_SOURCE,
    });
    expect(designDocument('3-abc')._rev).toBe('3-abc');
  });
});
