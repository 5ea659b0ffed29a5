/**
 * The bench page (same origin as the app, so the same IndexedDB): seeds the desk's database and times the data
 * figures — the app's repository functions (renderer/data) against raw Dexie on the same data. Driven by
 * bench/run.mjs through `window.bench`.
 */
import Dexie, { type Table } from 'dexie';
import { db, ORGANISATION_SETTINGS_ID } from '../../renderer/data/store/db';
import { listPostsBetween } from '../../renderer/data/posts/postsRepository';
import {
  exportWorkspace,
  restoreWorkspace,
  previewImport,
} from '../../renderer/data/workspace/workspaceRepository';
import { backupJson } from '../../renderer/data/workspace/backupRepository';
import { loadPackageMedia } from '../../renderer/data/export/exportRepository';
import { listProfiles } from '../../renderer/data/settings/profilesRepository';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import type { Post } from '../../shared/model/post';
import { buildExportFile } from '../../shared/export/exportFiles';
import { toExportPost } from '../../shared/export/fromPost';
import { selectForExport } from '../../shared/export/selection';
import { isoToUtc, zonedDateTimeToIso } from '../../shared/time/zoned';
import { generateImages, generatePosts, type PostSetOptions } from '../generate';

const ADMIN = {
  id: 'ada',
  name: 'Ada Admin',
  initials: 'AD',
  roles: ['editor' as const, 'approver' as const, 'admin' as const],
  pin: null,
  publicKey: null,
  createdAt: '2026-01-01T08:00:00.000Z',
};

let raw: Dexie | null = null;

/** A second connection without the app's code: the floor ("raw Dexie") of the data figures. */
async function rawPosts(): Promise<Table<Post, string>> {
  if (raw === null) {
    raw = new Dexie('civic-desk');
    await raw.open();
  }
  return raw.table('posts');
}

async function clearAll(): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/** An empty desk with the organisation's settings and one admin who is already chosen on this device. */
async function reset(): Promise<void> {
  await clearAll();
  await db.settings.put({ ...DEFAULT_SETTINGS, organisationName: 'Bench-Amt', id: ORGANISATION_SETTINGS_ID });
  await db.profiles.put(ADMIN);
  localStorage.setItem('civic-desk.activeProfile', ADMIN.id);
}

async function seedPosts(options: PostSetOptions): Promise<number> {
  const posts = generatePosts(options);
  await (await rawPosts()).bulkAdd(posts);
  return posts.length;
}

async function seedImages(seed: number, count: number): Promise<string[]> {
  const images = generateImages(seed, count);
  await db.media.bulkPut(images.map((image) => image.meta));
  await db.mediaBlobs.bulkPut(
    images.map((image) => ({
      id: image.meta.id,
      original: new Blob([new Uint8Array(image.bytes)], { type: 'image/png' }),
      thumbnail: null,
    })),
  );
  return images.map((image) => image.meta.id);
}

function utcRange(fromDate: string, toDate: string, timeZone: string): [string, string] {
  return [
    isoToUtc(zonedDateTimeToIso(fromDate, '00:00', timeZone)),
    isoToUtc(zonedDateTimeToIso(toDate, '00:00', timeZone)),
  ];
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/**
 * One month by the app's repository and by a raw index range query; `[appMs, rawMs, rows]`. The caller alternates
 * `appFirst`, so neither side always pays for the other's garbage.
 */
async function monthQuery(
  fromDate: string,
  toDate: string,
  appFirst: boolean,
): Promise<[number, number, number]> {
  const [start, end] = utcRange(fromDate, toDate, 'Europe/Berlin');
  const posts = await rawPosts();
  const raw = () => time(() => posts.where('scheduledAtUtc').between(start, end, true, false).toArray());
  const app = () => time(() => listPostsBetween(start, end));
  if (appFirst) {
    const [appMs, rows] = await app();
    const [rawMs] = await raw();
    return [appMs, rawMs, rows.length];
  }
  const [rawMs] = await raw();
  const [appMs, rows] = await app();
  return [appMs, rawMs, rows.length];
}

/** Raw bulkAdd of `options` into an empty desk, then the same posts through backup and restore. */
async function importFigures(options: PostSetOptions): Promise<Record<string, number>> {
  const generated = generatePosts(options);
  await reset();
  const posts = await rawPosts();
  const [bulkAddMs] = await time(() => posts.bulkAdd(generated));
  const [backupMs, backup] = await time(() => backupJson(new Date()));
  const exported = await exportWorkspace({ includeMedia: false }, new Date());
  const skipped = Object.values(exported.skipped).reduce((sum, count) => sum + count, 0);
  await reset();
  const [previewMs, preview] = await time(() => previewImport(backup, new Date()));
  if (!preview.ok) throw new Error(`preview refused: ${preview.message} at ${preview.path}`);
  const [restoreMs, restored] = await time(() =>
    restoreWorkspace(backup, { mode: 'replace', conflicts: {} }, { actorId: ADMIN.id, now: new Date() }),
  );
  if (!restored.ok) throw new Error(`restore refused: ${restored.message} at ${restored.path}`);
  const count = await posts.count();
  return { bulkAddMs, backupMs, previewMs, restoreMs, count, skipped, backupBytes: backup.length };
}

/** A year's approved posts with their images, through the export page's steps to ICS, CSV and ZIP. */
async function exportYear(fromDate: string, toDate: string): Promise<Record<string, number>> {
  const timeZone = 'Europe/Berlin';
  const [start, end] = utcRange(fromDate, toDate, timeZone);
  const result: Record<string, number> = {};
  let total = 0;
  for (const format of ['ics', 'hootsuite', 'zip'] as const) {
    const [ms, bytes] = await time(async () => {
      const stored = await listPostsBetween(start, end);
      const profiles = await listProfiles();
      const selection = selectForExport(
        stored.map((post) => toExportPost(post, profiles)),
        { fromDate, toDate, timeZone, now: new Date(), allowPast: true },
      );
      const mediaIds = selection.included.flatMap((post) => post.media.map((item) => item.mediaId));
      const media = format === 'zip' ? await loadPackageMedia(mediaIds) : {};
      const file = buildExportFile(selection.included, {
        format,
        timeZone,
        now: new Date(),
        fromDate,
        toDate,
        media,
      });
      result[`${format}Posts`] = selection.included.length;
      return file.bytes.length;
    });
    result[`${format}Ms`] = ms;
    result[`${format}Bytes`] = bytes;
    total += ms;
  }
  result.totalMs = total;
  return result;
}

const api = { reset, seedPosts, seedImages, monthQuery, importFigures, exportYear };

declare global {
  interface Window {
    bench: typeof api;
  }
}

window.bench = api;
document.title = 'bench ready';
