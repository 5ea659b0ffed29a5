/**
 * Migration from every released schema version (1, 2, 3, 4, 5) to the current one, with fixture databases as the
 * released builds stored them (test/fixtures/db/vN.json: the rows of each table). Media bytes (Blobs) are left out
 * of the fixtures: no upgrade touches them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../shared/approval/contentHash';
import { mediaMetaSchema, postSchema, seriesSchema } from '../../../shared/exchange/workspace';
import { snippetRowSchema, templateRowSchema } from '../../../shared/exchange/workspaceTables';
import { campaignSchema } from '../../../shared/model/campaign';
import { consentSchema } from '../../../shared/media/consent';
import type { Post } from '../../../shared/model/post';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/model/settings';
import {
  CURRENT_SCHEMA_VERSION,
  openCivicDeskDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
} from './db';

type Row = Record<string, unknown>;
interface Fixture {
  version: number;
  tables: Record<string, Row[]>;
}

const SCHEMAS: Record<number, Record<string, string>> = {
  1: SCHEMA_V1,
  2: SCHEMA_V2,
  3: SCHEMA_V3,
  4: SCHEMA_V4,
  5: SCHEMA_V5,
};
const OTHER_TABLE_SCHEMAS = {
  media: mediaMetaSchema,
  consents: consentSchema,
  campaigns: campaignSchema,
  series: seriesSchema,
  templates: templateRowSchema,
  snippets: snippetRowSchema,
} as const;

function fixture(version: number): Fixture {
  const path = resolve(import.meta.dirname, `../../../test/fixtures/db/v${version}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Writes the fixture with raw Dexie at its version, then opens it with today's code (which migrates it). */
async function migrated(version: number, storedAt: number = version) {
  const name = `civic-desk-migration-v${storedAt}-${Date.now()}`;
  names.push(name);
  const data = fixture(version);
  expect(data.version).toBe(version);
  const old = new Dexie(name);
  old.version(storedAt).stores(SCHEMAS[storedAt] ?? {});
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(data.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = openCivicDeskDb(name);
  await db.open();
  return { db, data };
}

function byId<T extends { id?: unknown }>(rows: readonly T[], id: string): T {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

/** What every migrated post must hold, whatever version it came from. */
function expectValidCurrentPost(post: Post, original: Row) {
  expect(postSchema.safeParse(post).success).toBe(true);
  expect(post.workflow.contentHash).toBe(contentHash(post));
  expect(post.workflow.revision).toBe(1);
  expect(post.workflow.approvals).toEqual([]);
  expect(post.workflow.lastEditorId).toBe(original.createdBy);
  expect(post.workflow.hold).toBeNull();
  expect(post.workflow.lastReviewed).toBeNull();
  expect(post.notes).toBe('');
  // Nothing leaves the desk unapproved: "approved" without a signed approval goes back to review.
  const expectedStatus = original.status === 'approved' ? 'in_review' : original.status;
  expect(post.status).toBe(expectedStatus);
  expect(post.workflow.requestedAt).toBe(expectedStatus === 'in_review' ? original.updatedAt : null);
  for (const field of [
    'id',
    'title',
    'scheduledAt',
    'scheduledAtUtc',
    'createdAt',
    'updatedAt',
    'createdBy',
  ]) {
    expect(post[field as keyof Post], field).toEqual(original[field]);
  }
}

async function expectCommonResult(version: number) {
  const { db, data } = await migrated(version);
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V6).sort());
  const posts = await db.posts.toArray();
  expect(posts).toHaveLength(data.tables.posts?.length ?? -1);
  for (const post of posts) expectValidCurrentPost(post, byId(data.tables.posts ?? [], post.id));
  // The settings keep the organisation's answers and read as today's settings.
  const settings = await db.settings.get('organisation');
  const { id: _id, ...stored } = settings as unknown as Row;
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  expect(parsed.success).toBe(true);
  expect(parsed.data?.organisationName).toBe('Stadtverwaltung Zürich');
  expect(parsed.data?.region).toEqual({ country: 'CH', subdivision: 'ZH' });
  expect(parsed.data?.defaultPostTime).toBe('09:30');
  // The tables of version 4 start empty; indexes answer the calendar's range query.
  for (const table of ['profiles', 'profileKeys', 'comments', 'audit', 'deskState']) {
    expect(await db.table(table).count(), table).toBe(0);
  }
  expect(await db.posts.where('scheduledAtUtc').between('2026-11-01', '2026-12-31').count()).toBe(
    posts.filter((post) => post.scheduledAtUtc !== null && post.scheduledAtUtc >= '2026-11-01').length,
  );
  // The compound index of version 5 is built over the migrated rows; unscheduled posts are not in it.
  expect(await db.posts.orderBy('[status+scheduledAtUtc]').count()).toBe(
    posts.filter((post) => post.scheduledAtUtc !== null).length,
  );
  return { db, data, posts };
}

describe('migration from every released schema version', () => {
  it('version 1 → current: text becomes master and variants, workflow added, approved goes to review', async () => {
    const { db, data, posts } = await expectCommonResult(1);
    const quiz = byId(posts, '3f0a1c52-7b7e-4c1d-9a0e-5d2b8f6e1a02');
    expect(quiz.channels).toEqual(['linkedin', 'x']);
    expect(quiz.variants).toEqual([
      { channel: 'linkedin', format: 'feed', text: quiz.text, mediaIds: [] },
      { channel: 'x', format: 'feed', text: quiz.text, mediaIds: [] },
    ]);
    expect(quiz.text).toBe('Ab Donnerstag öffnet der Weihnachtsmarkt. Anreise bitte mit ÖV.');
    expect(quiz.variantsLinked).toBe(true);
    expect(quiz.media).toEqual([]);
    expect([quiz.campaignId, quiz.category, quiz.series, quiz.template]).toEqual([null, null, null, null]);
    expect(quiz.checks).toEqual({ ticks: [], overrides: [] });
    expect(quiz.status).toBe('in_review');
    const idea = byId(posts, '3f0a1c52-7b7e-4c1d-9a0e-5d2b8f6e1a03');
    expect(idea.variants).toEqual([]);
    expect(idea.scheduledAt).toBeNull();
    expect(byId(posts, '3f0a1c52-7b7e-4c1d-9a0e-5d2b8f6e1a04').status).toBe('published');
    expect(await db.settings.toArray()).toEqual(data.tables.settings);
    db.close();
  });

  for (const version of [2, 3]) {
    it(`version ${version} → current: posts keep content and links, other tables unchanged and valid`, async () => {
      const { db, data, posts } = await expectCommonResult(version);
      for (const post of posts) {
        const original = byId(data.tables.posts ?? [], post.id);
        for (const field of [
          'channels',
          'text',
          'variants',
          'variantsLinked',
          'media',
          'campaignId',
          'category',
          'series',
          'template',
        ] as const) {
          expect(post[field], `${post.id}.${field}`).toEqual(original[field]);
        }
        expect(post.checks).toEqual(version === 3 ? original.checks : { ticks: [], overrides: [] });
      }
      const withPhoto = byId(posts, '3f0a1c52-7b7e-4c1d-9a0e-5d2b8f6e1a01');
      expect(withPhoto.media[0]?.altText).toBe('Ein Stapel Abfallkalender auf einem Tresen.');
      if (version === 3) expect(withPhoto.checks.ticks.map((tick) => tick.itemId)).toEqual(['goal']);
      expect(
        await db.posts.where('series.seriesId').equals('9b1e7c3a-2d4f-4e6a-8b0c-1d2e3f4a5b6c').count(),
      ).toBe(1);
      for (const [table, schema] of Object.entries(OTHER_TABLE_SCHEMAS)) {
        const rows = await db.table(table).toArray();
        expect(rows, table).toEqual(data.tables[table]);
        for (const row of rows) expect(schema.safeParse(row).success, table).toBe(true);
      }
      expect(await db.settings.toArray()).toEqual(data.tables.settings);
      db.close();
    });
  }

  it('version 4 → current: every row of every table unchanged; the compound index answers, unscheduled ones by status', async () => {
    const { db, data } = await migrated(4);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V6).sort());
    for (const [table, rows] of Object.entries(data.tables)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    for (const post of await db.posts.toArray())
      expect(postSchema.safeParse(post).success, post.id).toBe(true);
    expect(await db.profileKeys.count()).toBe(1);
    expect(await db.audit.count()).toBe(6);

    const ids = (posts: readonly Post[]) => posts.map((post) => post.id.slice(-3));
    // In review and due by 27 November: only the Christmas market post, read without the others.
    const due = await db.posts
      .where('[status+scheduledAtUtc]')
      .between(['in_review', Dexie.minKey], ['in_review', '2026-11-27T00:00:00.000Z'], true, true)
      .toArray();
    expect(ids(due)).toEqual(['a02']);
    const approved = await db.posts
      .where('[status+scheduledAtUtc]')
      .between(['approved', '2026-11-30T00:00:00.000Z'], ['approved', '2026-12-02T00:00:00.000Z'])
      .toArray();
    expect(ids(approved)).toEqual(['a01']);
    expect(approved[0]?.workflow.approvals.map((approval) => approval.profileId)).toEqual(['paul']);
    // The unscheduled idea in review is not in the compound index; the status index still has it.
    const inReviewByCompound = await db.posts
      .where('[status+scheduledAtUtc]')
      .between(['in_review', Dexie.minKey], ['in_review', Dexie.maxKey])
      .toArray();
    expect(ids(inReviewByCompound)).toEqual(['a02']);
    expect(ids(await db.posts.where('status').equals('in_review').sortBy('id'))).toEqual(['a02', 'a03']);
    db.close();
  });

  it('version 5 → current: every row of every table unchanged; the roster and the root key start empty', async () => {
    // Version 5 changed no row's shape: the version 4 fixture is what a version 5 desk stored.
    const { db, data } = await migrated(4, 5);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V6).sort());
    for (const [table, rows] of Object.entries(data.tables)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    // No root yet: the admin is asked to create it; the old signed approvals stay as they are (they stop counting
    // by the derived verdict, not by a rewrite).
    expect(await db.roster.count()).toBe(0);
    expect(await db.rootKeys.count()).toBe(0);
    const approved = (await db.posts.toArray()).filter((post) => post.status === 'approved');
    expect(approved.flatMap((post) => post.workflow.approvals).length).toBeGreaterThan(0);
    db.close();
  });
});
