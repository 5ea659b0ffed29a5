import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openCivicDeskDb, SCHEMA_V1 } from './db';

const names: string[] = [];
function freshName(): string {
  const name = `civic-desk-test-${names.length}-${Date.now()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('database schema', () => {
  it('creates version 1 with the indexes the queries use', async () => {
    const db = openCivicDeskDb(freshName());
    await db.open();
    expect(db.verno).toBe(1);
    const posts = db.table('posts').schema;
    expect(posts.primKey.name).toBe('id');
    expect(posts.indexes.map((index) => index.name).sort()).toEqual([
      'scheduledAtUtc',
      'status',
      'updatedAt',
    ]);
    expect(db.table('settings').schema.primKey.name).toBe('id');
    expect(Object.keys(SCHEMA_V1).sort()).toEqual(db.tables.map((table) => table.name).sort());
    db.close();
  });

  it('opens a database written by version 1 with its data intact', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1
      .table('posts')
      .add({ id: 'a', title: 'Alt', scheduledAtUtc: null, status: 'draft', updatedAt: 'x' });
    v1.close();

    const db = openCivicDeskDb(name);
    expect(await db.posts.get('a')).toMatchObject({ title: 'Alt' });
    db.close();
  });
});
