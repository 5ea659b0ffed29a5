/**
 * Bad input and dense days in the browser build: a date the browser cannot read is refused beside its field and
 * nothing is saved; a day with many posts collapses to "+N weitere", which opens the full list.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDeskSuite } from './harness';

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
