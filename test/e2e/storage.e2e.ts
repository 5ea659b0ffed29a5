/**
 * Storage you can trust, in the browser build: the desk asks for persistent storage at start-up and the settings
 * show the browser's answer and the space used; two tabs see each other's changes live (Dexie's live queries across
 * tabs); a schema upgrade by a newer build in another window closes this one gracefully, and after a reload the
 * older build refuses the newer database with a full-page notice instead of writing into it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterDesk, useDeskSuite } from './harness';

const NOW = new Date('2026-11-25T09:00:00Z');
const suite = useDeskSuite({ now: NOW });

function eventOf(page: Page, title: string) {
  return page
    .locator('[role="listitem"]:not(:has([role="listitem"]))', { hasText: title })
    .filter({ visible: true })
    .first();
}

async function createPost(page: Page, title: string, date: string): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  await dialog.getByLabel('Datum').fill(date);
  await dialog.getByLabel('Uhrzeit').fill('10:00');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await eventOf(page, title).waitFor();
}

/** A second tab of the same browser (same origin, same IndexedDB), with its own record of console errors. */
async function secondTab(page: Page): Promise<{ tab: Page; errors: string[] }> {
  const tab = await page.context().newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.clock.setFixedTime(NOW);
  await tab.goto(page.url());
  await enterDesk(tab);
  return { tab, errors };
}

/** Runs in the page before the app: counts the desk's requests for persistent storage. */
function countPersistRequests(): void {
  const page = window as unknown as { persistRequests: number };
  page.persistRequests = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the storage manager as `this`
  const persist = StorageManager.prototype.persist;
  StorageManager.prototype.persist = function (this: StorageManager) {
    page.persistRequests += 1;
    return persist.call(this);
  };
}

describe('persistent storage', () => {
  it('is asked for at start-up, and the settings show the answer and the space used', async () => {
    const { page, context } = await suite.open();
    await context.addInitScript(countPersistRequests);
    await page.reload();
    await enterDesk(page);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { persistRequests: number }).persistRequests))
      .toBe(1);
    const granted = await page.evaluate(() => navigator.storage.persisted());

    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Einstellungen' })
      .click();
    const panel = page.getByRole('region', { name: 'Speicher' });
    await panel
      .getByText(granted ? 'Dauerhafter Speicher ist gewährt' : 'Dauerhafter Speicher ist nicht gewährt')
      .waitFor();
    // Chromium tells usage and quota: "12,3 kB von 1,2 GB belegt".
    await panel.getByText(/^\d+(,\d)?\s(byte|kB|MB|GB) von \d+(,\d)?\s(kB|MB|GB|TB) belegt$/).waitFor();
  });
});

describe('storage across tabs and versions', () => {
  it('shows a post created in one tab in the other without a reload, both ways', async () => {
    const { page } = await suite.open();
    const { tab, errors } = await secondTab(page);

    await createPost(page, 'Sperrmüll am Freitag', '2026-11-27');
    await eventOf(tab, 'Sperrmüll am Freitag').waitFor({ timeout: 10_000 });

    await createPost(tab, 'Laternenumzug im Stadtpark', '2026-11-26');
    await eventOf(page, 'Laternenumzug im Stadtpark').waitFor({ timeout: 10_000 });

    await tab.close();
    expect(errors).toEqual([]);
  });

  it('closes gracefully when a newer build upgrades the database in another window, and refuses it after a reload', async () => {
    const { page } = await suite.open();
    await eventOf(page, 'Sperrmüll am Freitag').waitFor();
    const { tab } = await secondTab(page);

    // The other window runs a newer build: it upgrades the database to the next schema version (Dexie's native
    // version is the schema version times ten: 70 is schema 7, one above CURRENT_SCHEMA_VERSION 6 in db.ts; raise
    // it with every schema version) and adds a table.
    const upgradedTo = await tab.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('civic-desk', 70);
          request.onupgradeneeded = () => request.result.createObjectStore('later', { keyPath: 'id' });
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(new Error(String(request.error)));
          request.onblocked = () => reject(new Error('blocked: the old window did not let go'));
        }),
    );
    expect(upgradedTo).toBe(70);
    await tab.close();

    const alert = page.getByRole('alert').filter({ hasText: 'in einem anderen Fenster aktualisiert' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Civic Desk wurde in einem anderen Fenster aktualisiert. Bitte laden Sie diese Seite neu.',
    );
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Seite neu laden' }).click();
    const newer = page.getByRole('alert').filter({ hasText: 'neueren Version' });
    await newer.waitFor();
    expect(await newer.textContent()).toBe(
      'Die Daten stammen aus einer neueren Version von Civic Desk. Bitte installieren Sie die neueste Version. Es wurde nichts verändert.',
    );
    await page.getByRole('heading', { level: 1, name: 'Civic Desk kann die Daten nicht öffnen' }).waitFor();
    // Nothing was written: still version 70 (schema 7) with the newer build's table, the posts still there.
    const state = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; posts: number }>((resolve, reject) => {
          const request = indexedDB.open('civic-desk');
          request.onsuccess = () => {
            const idb = request.result;
            const count = idb.transaction('posts').objectStore('posts').count();
            count.onsuccess = () => {
              resolve({ version: idb.version, stores: [...idb.objectStoreNames], posts: count.result });
              idb.close();
            };
          };
          request.onerror = () => reject(new Error(String(request.error)));
        }),
    );
    expect(state.version).toBe(70);
    expect(state.stores).toContain('later');
    expect(state.posts).toBe(2);
  });
});
