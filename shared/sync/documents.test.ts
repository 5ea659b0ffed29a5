import { beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_KINDS, SYNC_KINDS, mutabilityOf, type SyncKind } from './documentKinds';
import { approvalEventOf } from './approvalEvents';
import { fromDocument, readDeletion, toDocument } from './documents';
import { authorFor, DEVICE_ID, NOW, syncFixture, type SyncFixture } from './testRows';
import { designDocument } from './validateDocUpdate';

let fixture: SyncFixture;
beforeAll(async () => {
  fixture = await syncFixture();
});

/** The document as it arrives through replication: plain JSON. */
function written(kind: SyncKind, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const doc = toDocument(kind, fixture.rows[kind], { author: authorFor(kind), now: NOW, rev: '1-abc' });
  return { ...(JSON.parse(JSON.stringify(doc)) as Record<string, unknown>), ...extra };
}

function reason(doc: unknown): string {
  const result = fromDocument(doc);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(doc).slice(0, 100)}`);
  return result.reason;
}

describe('document kinds', () => {
  it('signed and chained records are immutable, working data is revised', () => {
    expect([...IMMUTABLE_KINDS]).toEqual(['roster', 'approval', 'audit']);
    expect(SYNC_KINDS.filter((kind) => mutabilityOf(kind) === 'revised')).toEqual([
      'post',
      'media',
      'consent',
      'campaign',
      'series',
      'template',
      'snippet',
      'comment',
      'settings',
      'crisis',
    ]);
  });

  it('gives each document the id <kind>:<entity id>, audit entries <kind>:<device>:<seq zero-padded>', () => {
    const { rows } = fixture;
    expect(written('post')._id).toBe(`post:${rows.post.id}`);
    expect(written('settings')._id).toBe('settings:organisation');
    expect(written('crisis')._id).toBe('crisis:crisis');
    expect(written('roster')._id).toBe(`roster:${rows.roster.id}`);
    expect(written('approval')._id).toMatch(/^approval:[0-9a-f]{64}$/);
    expect(written('audit')._id).toBe(`audit:${DEVICE_ID}:${String(rows.audit.entry.seq).padStart(12, '0')}`);
  });

  it('ids of audit entries sort in chain order', () => {
    const ids = [2, 10, 1].map(
      (seq) =>
        toDocument(
          'audit',
          { deviceId: 'd', entry: { ...fixture.rows.audit.entry, seq } },
          { author: 'a', now: NOW },
        )._id,
    );
    expect([...ids].sort()).toEqual([ids[2], ids[0], ids[1]]);
  });
});

describe('toDocument and fromDocument', () => {
  it.each(SYNC_KINDS.map((kind) => [kind]))('%s: a written document reads back to the same row', (kind) => {
    const doc = written(kind);
    expect(doc).toMatchObject({
      type: kind,
      schema: 1,
      author: authorFor(kind),
      updatedAt: NOW.toISOString(),
    });
    const result = fromDocument(doc);
    expect(result).toEqual({
      ok: true,
      kind,
      row: fixture.rows[kind],
      id: doc._id,
      rev: '1-abc',
      conflicts: [],
      author: authorFor(kind),
      updatedAt: NOW.toISOString(),
    });
  });

  it('reads the conflicting revisions CouchDB names', () => {
    const result = fromDocument(written('post', { _conflicts: ['2-b', '2-c'] }));
    expect(result.ok && result.conflicts).toEqual(['2-b', '2-c']);
    expect(reason(written('post', { _conflicts: [2] }))).toBe('_conflicts: expected a list of revisions');
  });

  it('leaves _rev out of a document never stored', () => {
    expect(toDocument('snippet', fixture.rows.snippet, { author: 'a', now: NOW })).not.toHaveProperty('_rev');
  });
});

describe('fromDocument refuses and names what is wrong', () => {
  it('values that are no document', () => {
    expect(reason(null)).toBe('not a JSON object');
    expect(reason([])).toBe('not a JSON object');
    expect(reason({ _id: 7 })).toBe('_id: expected a string');
    expect(reason(designDocument())).toBe('_id: unknown document kind "_design/civic-desk"');
    expect(reason(written('post', { _id: `password:${fixture.rows.post.id}` }))).toBe(
      '_id: unknown document kind "password"',
    );
  });

  it('fields around the row', () => {
    expect(reason(written('post', { type: 'settings' }))).toBe('type: expected "post" as the _id names it');
    expect(reason(written('post', { type: undefined }))).toBe('type: expected "post" as the _id names it');
    expect(reason(written('post', { author: '' }))).toMatch(/^author: /);
    expect(reason(written('post', { updatedAt: 'gestern' }))).toMatch(/^updatedAt: /);
    expect(reason(written('post', { schema: 1.5 }))).toBe('schema: expected a whole number from 1');
    expect(reason(written('post', { schema: 2 }))).toMatch(/version 2 of "post" is newer .* please update/);
    expect(reason(written('post', { owner: 'x' }))).toBe('unknown field "owner"');
    expect(reason(written('post', { _deleted: true }))).toBe('unknown field "_deleted"');
  });

  it('a row its schema refuses, with the path', () => {
    const post = { ...fixture.rows.post, status: 'gelöscht' };
    expect(reason(written('post', { data: post }))).toMatch(/^data\.status: /);
    const extra = { ...fixture.rows.snippet, secret: 1 };
    expect(reason(written('snippet', { data: extra }))).toBe('data.secret: unknown field');
  });

  it('an _id that is not its row', () => {
    expect(reason(written('post', { _id: 'post:other' }))).toBe(
      `_id: "post:other" is not the id of its data ("post:${fixture.rows.post.id}")`,
    );
    const audit = written('audit');
    expect(reason({ ...audit, _id: `audit:other-laptop:${String(audit._id).split(':')[2]}` })).toMatch(
      /^_id: .* is not the id of its data/,
    );
  });

  it('a post whose stated content hash is not its content', () => {
    const post = fixture.rows.post;
    const changed = { ...post, variants: post.variants.map((v) => ({ ...v, text: 'Heute geschlossen.' })) };
    expect(reason(written('post', { data: changed }))).toBe(
      'data.workflow.contentHash: not the hash of the post content',
    );
  });

  it('a roster entry whose id is not its envelope', () => {
    const entry = fixture.rows.roster;
    const other = fixture.org.entries[2]?.id;
    expect(reason(written('roster', { _id: `roster:${other}`, data: { ...entry, id: other } }))).toBe(
      'data.id: not the SHA-256 of the envelope',
    );
  });

  it('an approval whose statement says something else, or that is not signed v2', () => {
    const { approval: event } = fixture.rows;
    const forged = { ...event, approval: { ...event.approval, contentHash: 'b'.repeat(64) } };
    expect(reason(written('approval', { data: forged }))).toBe(
      'data.approval.contentHash: the statement signs another content hash than the approval names',
    );
    const otherPost = { ...event, postId: 'another-post' };
    expect(reason(written('approval', { data: otherPost }))).toBe(
      'data.postId: the statement names another post',
    );
    const unsigned = { ...event, approval: { ...event.approval, signature: undefined } };
    expect(reason(written('approval', { data: unsigned }))).toMatch(/version 2 signature/);
    const { signature } = event.approval;
    if (signature === undefined) throw new Error('fixture unsigned');
    expect(
      approvalEventOf(event.postId, { ...event.approval, signature: { ...signature, version: undefined } }),
    ).toBeNull();
  });

  it('an audit entry of a device id that cannot be part of an _id', () => {
    const data = { ...fixture.rows.audit, deviceId: 'a:b' };
    expect(reason(written('audit', { data }))).toMatch(/^data\.deviceId: /);
  });
});

describe('readDeletion', () => {
  it('reads deletions of revised documents only', () => {
    const id = `post:${fixture.rows.post.id}`;
    expect(readDeletion({ _id: id, _rev: '3-x', _deleted: true })).toEqual({ kind: 'post', id, rev: '3-x' });
    expect(readDeletion({ _id: `audit:${DEVICE_ID}:000000000001`, _deleted: true })).toBeNull();
    expect(readDeletion({ _id: id, _rev: '3-x' })).toBeNull();
    expect(readDeletion({ _id: 'unknown:1', _deleted: true })).toBeNull();
    expect(readDeletion('post')).toBeNull();
  });
});
