import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { contentHash } from '../../../shared/approval/contentHash';
import type { Post } from '../../../shared/model/post';
import { CURRENT_SCHEMA_VERSION, openCivicDeskDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V6 } from './db';
import { migratePostV1toV2, migratePostV2toV3 } from './migrations';

const names: string[] = [];
function freshName(): string {
  const name = `civic-desk-test-${names.length}-${Date.now()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A post as version 1 of the app stored it. */
const V1_POST = {
  id: '7d1f1c1e-0000-4000-8000-000000000001',
  title: 'Quiz der Woche',
  channels: ['x', 'instagram'],
  text: 'Wie viele Brücken hat unsere Stadt?',
  scheduledAt: '2026-12-03T10:00:00+01:00',
  scheduledAtUtc: '2026-12-03T09:00:00.000Z',
  status: 'draft',
  createdAt: '2026-11-25T08:00:00.000Z',
  updatedAt: '2026-11-25T08:00:00.000Z',
  createdBy: 'local-editor',
};

async function writeWithVersion(
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: object[],
) {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.table('posts').bulkAdd(rows);
  old.close();
}

describe('database schema', () => {
  it("writes with strict durability: a flush at every commit, not Chromium's relaxed default", async () => {
    const writes: (IDBTransactionOptions | undefined)[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its database as `this` below
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      stores: string | string[],
      mode?: IDBTransactionMode,
      options?: IDBTransactionOptions,
    ) {
      if (mode === 'readwrite') writes.push(options);
      return transaction.call(this, stores, mode, options);
    };
    try {
      const db = openCivicDeskDb(freshName());
      await db.open();
      await db.table('settings').put({ id: 'probe' });
      db.close();
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(writes.length).toBeGreaterThan(0);
    for (const options of writes) expect(options).toEqual({ durability: 'strict' });
  });

  it('creates the current version with the indexes the queries use', async () => {
    const db = openCivicDeskDb(freshName());
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const posts = db.table('posts').schema;
    expect(posts.primKey.name).toBe('id');
    expect(posts.indexes.map((index) => index.name).sort()).toEqual(
      [
        '[status+scheduledAtUtc]',
        'campaignId',
        'scheduledAtUtc',
        'series.seriesId',
        'status',
        'updatedAt',
      ].sort(),
    );
    expect(posts.idxByName['[status+scheduledAtUtc]']?.keyPath).toEqual(['status', 'scheduledAtUtc']);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V6).sort());
    expect(db.table('roster').schema.primKey.name).toBe('id');
    expect(db.table('rootKeys').schema.primKey.name).toBe('orgId');
    expect(db.table('audit').schema.primKey.name).toBe('seq');
    expect(
      db
        .table('comments')
        .schema.indexes.map((index) => index.name)
        .sort(),
    ).toEqual(['at', 'postId']);
    db.close();
  });

  it('migrates version 2 posts: each gets an empty record of checklist ticks and overrides', async () => {
    const name = freshName();
    const v2Post = migratePostV1toV2(V1_POST);
    await writeWithVersion(name, 2, SCHEMA_V2, [v2Post]);
    const db = openCivicDeskDb(name);
    expect(await db.posts.get(V1_POST.id)).toMatchObject({ ...v2Post, checks: { ticks: [], overrides: [] } });
    db.close();
  });

  it('migrates version 3 posts: each gets its workflow with the hash of its content; approved without approval goes back to review', async () => {
    const name = freshName();
    const v3Post = migratePostV2toV3(migratePostV1toV2(V1_POST));
    const approvedV3 = { ...v3Post, id: 'approved-v3', status: 'approved' };
    await writeWithVersion(name, 3, SCHEMA_V3, [v3Post, approvedV3]);
    const db = openCivicDeskDb(name);
    const post = (await db.posts.get(V1_POST.id)) as Post;
    expect(post).toEqual({
      ...v3Post,
      notes: '',
      workflow: {
        approvals: [],
        lastEditorId: 'local-editor',
        contentHash: contentHash(post),
        revision: 1,
        requestedAt: null,
        hold: null,
        publishedUrl: null,
        lastReviewed: null,
        changesNote: null,
      },
    });
    expect(post.workflow.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const approved = await db.posts.get('approved-v3');
    expect(approved?.status).toBe('in_review');
    expect(approved?.workflow.requestedAt).toBe(V1_POST.updatedAt);
    expect(await db.audit.count()).toBe(0);
    db.close();
  });

  it('migrates version 1 posts: the text becomes the master with one linked variant per network', async () => {
    const name = freshName();
    await writeWithVersion(name, 1, SCHEMA_V1, [V1_POST, { ...V1_POST, id: 'no-channels', channels: [] }]);

    const db = openCivicDeskDb(name);
    const post = await db.posts.get(V1_POST.id);
    expect(post).toMatchObject({
      ...V1_POST,
      channels: ['instagram', 'x'],
      variants: [
        { channel: 'instagram', format: 'feed', text: V1_POST.text, mediaIds: [] },
        { channel: 'x', format: 'feed', text: V1_POST.text, mediaIds: [] },
      ],
      variantsLinked: true,
      media: [],
      campaignId: null,
      category: null,
      series: null,
      template: null,
      checks: { ticks: [], overrides: [] },
    });
    expect((await db.posts.get('no-channels'))?.variants).toEqual([]);
    expect(await db.posts.where('scheduledAtUtc').above('2026-12-01').count()).toBe(2);
    db.close();
  });
});
