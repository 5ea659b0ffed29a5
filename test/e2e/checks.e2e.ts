/**
 * The gate before approval: a crisis post that jokes ("😂") cannot be submitted until the joke is removed or
 * overridden with a written reason, and only with the required checklist items ticked.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

const REQUIRED_ITEMS = [
  'Zielgruppe und Ziel sind klar.',
  'Der Inhalt passt zur Zielgruppe.',
  'Der Ton passt zum Thema; kein Humor in einer Krise.',
  'Die Fakten sind geprüft.',
  'Keine personenbezogenen Daten Dritter.',
  'Bildrechte und Einwilligungen sind geklärt.',
];

async function crisisDraft(page: Page, title: string, day: string): Promise<Locator> {
  await page.locator(`[role="cell"][data-date="${day}"]`).click({ position: { x: 60, y: 60 } });
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  await dialog.getByLabel('Kategorie').fill('Krise');
  await dialog
    .getByLabel('Text für alle Netzwerke')
    .fill('Sturmböen bis 100 km/h erwartet 😂 Bitte bleiben Sie heute Abend zu Hause.');
  return dialog;
}

async function tickRequiredItems(dialog: Locator): Promise<void> {
  for (const item of REQUIRED_ITEMS) {
    const box = dialog.getByRole('checkbox', { name: item });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
}

describe('gate before approval', () => {
  it('keeps a joking crisis post from review until the emoji is removed', async () => {
    const { page } = await suite.open();
    const dialog = await crisisDraft(page, 'Unwetterwarnung', '2026-11-26');
    const submit = dialog.getByRole('button', { name: 'Zur Freigabe einreichen' });
    await dialog.getByText(/Das Emoji 😂 wirkt scherzhaft/).waitFor();
    await tickRequiredItems(dialog);
    expect(await submit.isDisabled()).toBe(true);

    await dialog
      .getByLabel('Text für alle Netzwerke')
      .fill('Sturmböen bis 100 km/h erwartet. Bitte bleiben Sie heute Abend zu Hause.');
    await expect.poll(() => dialog.getByText(/Das Emoji 😂 wirkt scherzhaft/).count()).toBe(0);
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[role="cell"][data-date="2026-11-26"]').getByText('In Prüfung').waitFor();
  });

  it('lets a blocking finding pass only with a written reason, which is kept', async () => {
    const { page } = await suite.open();
    const dialog = await crisisDraft(page, 'Sturm: Lagebild', '2026-11-27');
    const submit = dialog.getByRole('button', { name: 'Zur Freigabe einreichen' });
    await dialog.getByText(/Das Emoji 😂 wirkt scherzhaft/).waitFor();
    await tickRequiredItems(dialog);
    await dialog.getByRole('button', { name: 'Begründet übergehen' }).click();
    await dialog
      .getByLabel(/Begründung für/)
      .fill('Zitat aus einer Bürgeranfrage, vom Pressesprecher freigegeben.');
    await dialog.getByRole('button', { name: 'Begründung speichern' }).click();
    await dialog.getByText(/Übergangen: Zitat aus einer Bürgeranfrage/).waitFor();
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[role="cell"][data-date="2026-11-27"]').getByText('In Prüfung').waitFor();
  });
});
