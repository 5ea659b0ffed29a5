/**
 * Bad input, failed writes and dense days in the browser build: a date the browser cannot read is refused beside
 * its field and nothing is saved; a write that the browser refuses (storage full, database closed) is announced
 * in German and leaves what was saved before as it was; a day with many posts collapses to "+N weitere", which
 * opens the full list.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterDesk, useDeskSuite } from './harness';
import { drag } from './pointer';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00Z') });

async function createPost(page: Page, title: string, date: string, time: string): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('checkbox', { name: 'X', exact: true }).check();
  await dialog.getByLabel('Datum').fill(date);
  await dialog.getByLabel('Uhrzeit').fill(time);
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

type WriteFailure = 'QuotaExceededError' | 'InvalidStateError';

/**
 * Runs in the page before the app (Dexie binds IndexedDB's `transaction` when it opens the database): once the
 * test sets `civicDeskRefuseWrites`, the browser refuses every write as it does on a full disk
 * (QuotaExceededError) or on a database that is being closed (InvalidStateError); reads go on. A reload ends it.
 */
function installWriteRefusal(): void {
  const page = window as unknown as { civicDeskRefuseWrites?: WriteFailure };
  const refuse = (failure: WriteFailure) => {
    throw new DOMException('refused by the test', failure);
  };
  /* eslint-disable @typescript-eslint/unbound-method -- each is called with its own `this` below */
  const { put, add } = IDBObjectStore.prototype;
  const { transaction } = IDBDatabase.prototype;
  /* eslint-enable @typescript-eslint/unbound-method */
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (page.civicDeskRefuseWrites === 'QuotaExceededError') refuse('QuotaExceededError');
    return put.call(this, value, key);
  };
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (page.civicDeskRefuseWrites === 'QuotaExceededError') refuse('QuotaExceededError');
    return add.call(this, value, key);
  };
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    if (page.civicDeskRefuseWrites === 'InvalidStateError' && mode === 'readwrite') {
      refuse('InvalidStateError');
    }
    return transaction.call(this, stores, mode, options);
  };
}

const eventOn = (page: Page, date: string, title: string) =>
  page.locator(`[role="cell"][data-date="${date}"] [role="listitem"]`, { hasText: title });

describe('post form and dense days', () => {
  it('refuses a date the browser cannot read, beside the field, and saves nothing', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill('Halbes Datum');
    await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    const date = dialog.getByLabel('Datum');
    await date.fill('');
    await date.pressSequentially('31'); // day only: month and year stay empty
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.getByText('Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    // Closing an unsavable draft asks before discarding it.
    page.once('dialog', (question) => {
      expect(question.message()).toContain('unvollständig');
      void question.accept();
    });
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('region', { name: 'Ohne Termin' }).getByText('Halbes Datum').count()).toBe(0);
    expect(await page.getByText('Halbes Datum').count()).toBe(0);
  });

  it.each([
    ['QuotaExceededError', 'Der Speicher ist voll.', 'Bürgersprechstunde'],
    ['InvalidStateError', 'Die Datenbank ist geschlossen', 'Laternenumzug'],
  ] as const)(
    'a move the browser refuses (%s) is announced in German and the post stays where it was saved',
    async (failure, message, title) => {
      const { page, context } = await suite.open();
      await context.addInitScript(installWriteRefusal);
      await page.reload();
      await enterDesk(page);
      await createPost(page, title, '2026-11-24', '10:00');
      const saved = eventOn(page, '2026-11-24', title);
      await saved.waitFor();

      await page.evaluate((refusal) => {
        (window as unknown as { civicDeskRefuseWrites?: string }).civicDeskRefuseWrites = refusal;
      }, failure);
      await drag(page, saved, page.locator('[role="cell"][data-date="2026-11-26"]'));
      const alert = page.getByRole('alert').filter({ hasText: message });
      await alert.waitFor();
      expect(await alert.innerText()).toContain('Bisher Gespeichertes bleibt erhalten.');
      // Put back on screen at once, and still there in storage after a reload (which also ends the refusal).
      await saved.waitFor();
      expect(await eventOn(page, '2026-11-26', title).count()).toBe(0);
      await page.reload();
      await eventOn(page, '2026-11-24', title).waitFor();
      expect(await eventOn(page, '2026-11-26', title).count()).toBe(0);
    },
  );

  it('collapses a dense day to "+N weitere" and lists all its posts on demand', async () => {
    const { page } = await suite.open();
    const titles = ['Beitrag 1', 'Beitrag 2', 'Beitrag 3', 'Beitrag 4', 'Beitrag 5', 'Beitrag 6'];
    for (const [index, title] of titles.entries())
      await createPost(page, title, '2026-11-30', `1${index}:00`);

    const cell = page.locator('[role="cell"][data-date="2026-11-30"]');
    const more = cell.getByText(/^\+\d+ weitere$/);
    await more.waitFor();
    const hidden = Number((await more.innerText()).replace(/\D/g, ''));
    const shown = await cell
      .locator('[role="listitem"]')
      .filter({ hasText: 'Beitrag', visible: true })
      .count();
    expect(hidden).toBeGreaterThan(0);
    expect(shown + hidden).toBe(titles.length);

    await more.click();
    const popover = page.getByRole('dialog');
    for (const title of titles) await popover.getByText(title).waitFor();
  });
});
