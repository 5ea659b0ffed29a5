/**
 * Crash safety: Chromium is killed (SIGKILL of the browser process, not a clean close) in the middle of a large
 * restore (about 3,000 posts) and in the middle of creating a long series; restarted on the same profile, the desk
 * opens and holds all of it or none of it. IndexedDB commits a transaction as a whole; the desk writes a restore
 * and a series each in one transaction (strict durability).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servicePost } from '../../shared/exchange/testFixtures';
import type { Post } from '../../shared/model/post';
import { enterDesk, launchDesk, useDeskServer, type Desk } from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const IMPORTED_POSTS = 3000;
const SERIES_LENGTH = 400; // the most a series may have (DEFAULT_MAX_OCCURRENCES): daily for 13 months

const desks = useDeskServer();

/** The browser process of a persistent profile: Chromium's `SingletonLock` points at `hostname-PID`. */
function browserPid(profileDir: string): number {
  const target = readlinkSync(join(profileDir, 'SingletonLock'));
  const pid = Number(target.slice(target.lastIndexOf('-') + 1));
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`no browser PID in SingletonLock: ${target}`);
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills the browser like a power cut would stop it: no shutdown, no flush by the browser. */
async function crash(desk: Desk, profileDir: string): Promise<void> {
  const pid = browserPid(profileDir);
  process.kill(pid, 'SIGKILL');
  await expect.poll(() => isAlive(pid), { timeout: 10_000 }).toBe(false);
  // Playwright notices the dead browser; closing the context only cleans up its side.
  await Promise.race([
    desk.context.close().catch(() => undefined),
    new Promise((done) => setTimeout(done, 5000)),
  ]);
}

/** Wraps IndexedDB's `transaction` before the desk opens its database (Dexie binds it at open time). */
function installTripwire(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its database as `this` below
  const original = IDBDatabase.prototype.transaction;
  const watched = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ): IDBTransaction {
    const transaction = original.call(this, stores, mode, options);
    const page = window as unknown as { civicDeskTripwire?: string; civicDeskWriteStarted?: () => void };
    const names = typeof stores === 'string' ? [stores] : [...stores];
    const other = page.civicDeskTripwire;
    if (other && mode === 'readwrite' && names.includes('posts') && names.includes(other)) {
      page.civicDeskTripwire = undefined;
      page.civicDeskWriteStarted?.();
    }
    return transaction;
  };
  IDBDatabase.prototype.transaction = watched as typeof original;
}

/**
 * Prepares a tripwire in the page (reloads it, so the wrapper is in place before the database opens). `arm(store)`
 * then waits for the desk's next read-write transaction over `posts` and `store` (the restore's spans every table,
 * the series' series and posts) and kills the browser the moment it starts, so the kill lands while it writes.
 */
async function prepareTripwire(
  desk: Desk,
  profileDir: string,
): Promise<(alongWith: string, afterMs: number) => Promise<() => Promise<void>>> {
  let started: () => void = () => undefined;
  const writeStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  await desk.page.exposeFunction('civicDeskWriteStarted', () => started());
  await desk.context.addInitScript(installTripwire);
  await desk.page.reload();
  await enterDesk(desk.page);
  return async (alongWith, afterMs) => {
    await desk.page.evaluate((store) => {
      (window as unknown as { civicDeskTripwire?: string }).civicDeskTripwire = store;
    }, alongWith);
    return async () => {
      await Promise.race([
        writeStarted,
        new Promise((_, reject) => setTimeout(() => reject(new Error('the write never started')), 30_000)),
      ]);
      // A moment later, so the transaction has rows in flight when the browser dies.
      await new Promise((done) => setTimeout(done, afterMs));
      await crash(desk, profileDir);
    };
  };
}

async function open(profileDir: string): Promise<Desk> {
  const desk = await launchDesk({ origin: desks.origin(), profileDir, now: NOW });
  await enterDesk(desk.page);
  return desk;
}

/** Rows of a store, counted with IndexedDB itself (the desk's own connection stays as it is). */
async function countRows(page: Page, store: 'posts' | 'series'): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('civic-desk');
        request.onsuccess = () => {
          const idb = request.result;
          const count = idb.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            resolve(count.result);
            idb.close();
          };
          count.onerror = () => reject(new Error(String(count.error)));
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
    store,
  );
}

/** Title and series link of every stored post, read with IndexedDB itself. */
async function draftsLeft(page: Page): Promise<{ title: string; series: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise<{ title: string; series: unknown }[]>((resolve, reject) => {
        const request = indexedDB.open('civic-desk');
        request.onsuccess = () => {
          const idb = request.result;
          const all = idb.transaction('posts').objectStore('posts').getAll();
          all.onsuccess = () => {
            const rows = all.result as { title: string; series: unknown }[];
            resolve(rows.map(({ title, series }) => ({ title, series })));
            idb.close();
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
}

async function expectCleanAfterRestart(desk: Desk): Promise<void> {
  await desk.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
  await desk.close();
  expect(desk.errors).toEqual([]);
  expect(desk.foreignRequests).toEqual([]);
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name });
}

/** This desk's own backup (settings and profiles) plus `count` posts: a large but valid workspace file. */
async function largeWorkspaceFile(page: Page, count: number): Promise<string> {
  await nav(page, 'Einstellungen').click();
  const section = page.getByRole('region', { name: 'Sicherung' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    posts: Post[];
    profiles: { id: string }[];
  };
  const author = file.profiles[0]?.id ?? 'redaktion-1';
  file.posts = Array.from({ length: count }, (_, index) => {
    const day = String((index % 28) + 1).padStart(2, '0');
    return servicePost({
      id: randomUUID(),
      title: `Importierter Beitrag ${index + 1}`,
      campaignId: null,
      category: null,
      createdBy: author,
      scheduledAt: `2027-02-${day}T10:00:00+01:00`,
      scheduledAtUtc: `2027-02-${day}T09:00:00.000Z`,
    });
  });
  const path = join(tmpdir(), `civic-desk-crash-${process.pid}-${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify(file));
  desks.removeAfterAll(() => rmSync(path, { force: true }));
  return path;
}

describe('crash safety', () => {
  it('a restore of 3,000 posts killed midway leaves all of them or none, and the desk opens', async () => {
    const profileDir = desks.newProfile();
    const desk = await open(profileDir);
    const path = await largeWorkspaceFile(desk.page, IMPORTED_POSTS);
    const arm = await prepareTripwire(desk, profileDir);
    await nav(desk.page, 'Einstellungen').click();
    const section = desk.page.getByRole('region', { name: 'Sicherung' });
    const [chooser] = await Promise.all([
      desk.page.waitForEvent('filechooser'),
      section.getByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }).click(),
    ]);
    await chooser.setFiles(path);
    await section.getByRole('table', { name: /^Vorschau: / }).waitFor({ timeout: 30_000 });
    expect(await countRows(desk.page, 'posts')).toBe(0);

    const crashDuringWrite = await arm('comments', 150);
    await section.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
    await crashDuringWrite();

    const again = await open(profileDir);
    const posts = await countRows(again.page, 'posts');
    console.info(`restore killed midway: ${posts} of ${IMPORTED_POSTS} posts after the restart`);
    expect([0, IMPORTED_POSTS]).toContain(posts);
    await expectCleanAfterRestart(again);
  });

  it('a daily series of 400 posts killed while it is created leaves all of it or none, and the desk opens', async () => {
    const profileDir = desks.newProfile();
    const desk = await open(profileDir);
    const { page } = desk;
    const arm = await prepareTripwire(desk, profileDir);
    await page.locator('[role="cell"][data-date="2026-11-26"]').click({ position: { x: 60, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill('Tipp des Tages');
    await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    await dialog
      .getByLabel('Text für alle Netzwerke')
      .fill('Heute im Bürgeramt: kurze Wartezeiten am Vormittag.');
    // The composer saves the draft while typing; the series replaces that draft in its own transaction. Wait for
    // the draft to be stored, so the outcome is one of exactly two: the draft alone, or the whole series.
    await dialog
      .getByRole('status')
      .filter({ hasText: /^Gespeichert um / })
      .waitFor();
    await dialog.getByRole('button', { name: 'Als Serie wiederholen' }).click();
    await dialog.getByLabel('Wiederholung').selectOption('daily');
    await dialog.getByRole('radio', { name: 'Anzahl', exact: true }).check();
    await dialog.getByLabel('Anzahl der Termine').fill(String(SERIES_LENGTH));
    // Public holidays of the region are skipped: the summary says how many posts the series really creates.
    const summary = dialog.locator('.cd-series-summary-text').filter({ hasText: / Termine von / });
    await summary.waitFor();
    const expected = Number(/^(\d+) Termine von /.exec((await summary.textContent()) ?? '')?.[1]);
    expect(expected).toBeGreaterThan(SERIES_LENGTH - 20);
    expect(expected).toBeLessThanOrEqual(SERIES_LENGTH);

    const crashDuringWrite = await arm('series', 10);
    await dialog.getByRole('button', { name: 'Serie anlegen' }).click();
    await crashDuringWrite();

    const again = await open(profileDir);
    const posts = await countRows(again.page, 'posts');
    const series = await countRows(again.page, 'series');
    console.info(`series killed midway: ${series} series, ${posts} of ${expected} posts after the restart`);
    // "0 series, 1 post" is the draft the composer saved before the series was asked for (not a partial write):
    // then it must be that draft, untouched and in no series.
    expect([
      [0, 1],
      [1, expected],
    ]).toContainEqual([series, posts]);
    if (series === 0)
      expect(await draftsLeft(again.page)).toEqual([{ title: 'Tipp des Tages', series: null }]);
    await expectCleanAfterRestart(again);
  });
});
