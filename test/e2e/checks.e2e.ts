/**
 * The gate before approval: a crisis post that jokes ("😂") cannot be submitted until the joke is removed or
 * overridden with a written reason (which the approver then sees), and only with the required checklist items
 * ticked (each with who and when).
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { REQUIRED_ITEMS } from './deskSteps';
import { DEFAULT_SETUP, useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

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
  // Each tick records who and when, by the profile's name.
  await expect
    .poll(() => dialog.getByText(`abgehakt von ${DEFAULT_SETUP.admin} am`).count())
    .toBe(REQUIRED_ITEMS.length);
}

/** The admin adds an approver and switches to that profile. */
async function switchToNewApprover(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Einstellungen' })
    .click();
  await page.getByRole('button', { name: 'Profil hinzufügen' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('checkbox', { name: 'Freigabe', exact: true }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByText(`Profil „${name}“ gespeichert.`).waitFor();
  await page.getByRole('button', { name: `Profil: ${DEFAULT_SETUP.admin}` }).click();
  await page.getByRole('menuitem', { name: `Wechseln zu ${name}` }).click();
  await page.getByRole('button', { name: `Profil: ${name}` }).waitFor();
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

  it('lets a blocking finding pass only with a written reason, which the approver sees', async () => {
    const { page } = await suite.open();
    const title = 'Sturm: Lagebild';
    const dialog = await crisisDraft(page, title, '2026-11-27');
    const submit = dialog.getByRole('button', { name: 'Zur Freigabe einreichen' });
    await dialog.getByText(/Das Emoji 😂 wirkt scherzhaft/).waitFor();
    await tickRequiredItems(dialog);
    await dialog.getByRole('button', { name: 'Begründet übergehen' }).click();
    const reason = dialog.getByLabel(/Begründung für/);
    const save = dialog.getByRole('button', { name: 'Begründung speichern' });
    // A word or two is no written reason.
    await reason.fill('passt so');
    expect(await save.isDisabled()).toBe(true);
    expect(await submit.isDisabled()).toBe(true);
    await reason.fill('Zitat aus einer Bürgeranfrage, vom Pressesprecher freigegeben.');
    await save.click();
    await dialog.getByText(`Übergangen: Zitat aus einer Bürgeranfrage`, { exact: false }).waitFor();
    await dialog.getByText(`(${DEFAULT_SETUP.admin},`, { exact: false }).waitFor();
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[role="cell"][data-date="2026-11-27"]').getByText('In Prüfung').waitFor();

    // The approver sees the overridden finding, who overrode it and why.
    await switchToNewApprover(page, 'Paula Prüfer');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Freigaben' })
      .click();
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Wartet auf meine Freigabe' }) })
      .getByRole('button', { name: title })
      .click();
    const review = page.getByRole('dialog', { name: `Freigabe: ${title}` });
    await review
      .getByText(
        new RegExp(
          `„Das Emoji 😂 wirkt scherzhaft.*“ übergangen von ${DEFAULT_SETUP.admin} am .*: ` +
            'Zitat aus einer Bürgeranfrage, vom Pressesprecher freigegeben\\.',
        ),
      )
      .waitFor();
    // Back to the editor for the following tests (the desk remembers who worked last).
    await review.getByRole('button', { name: 'Schließen' }).first().click();
    await page.getByRole('button', { name: 'Profil: Paula Prüfer' }).click();
    await page.getByRole('menuitem', { name: `Wechseln zu ${DEFAULT_SETUP.admin}` }).click();
    await page.getByRole('button', { name: `Profil: ${DEFAULT_SETUP.admin}` }).waitFor();
  });

  it('marks the joke in the text, jumps to it, and counts it in the calendar and the week', async () => {
    const { page } = await suite.open();
    const dialog = await crisisDraft(page, 'Sturmflut', '2026-11-30');
    const text = 'Sturmböen bis 100 km/h erwartet 😂 Bitte bleiben Sie heute Abend zu Hause.';
    // The finding in the list jumps to the network's text, where the joke is marked as blocking.
    await dialog.getByRole('button', { name: /Das Emoji 😂 wirkt scherzhaft/ }).click();
    await dialog.locator('mark.cd-hl-block', { hasText: '😂' }).waitFor();
    const facebook = dialog.getByLabel('Text für Facebook');
    await expect
      .poll(() =>
        facebook.evaluate((element: HTMLTextAreaElement) => [element.selectionStart, element.selectionEnd]),
      )
      .toEqual([text.indexOf('😂'), text.indexOf('😂') + '😂'.length]);
    await dialog.getByRole('button', { name: 'Schließen' }).last().click();
    await dialog.waitFor({ state: 'detached' });

    const cell = page.locator('[role="cell"][data-date="2026-11-30"]');
    await cell.getByText(/1 blockierender Befund/).waitFor();
    await cell.getByText(/✖ 1/).waitFor();
    const summary = page.getByRole('region', { name: 'Prüfergebnisse' });
    await summary.getByText(/KW 49.*1 Beitrag, davon 1 blockiert/).waitFor();
  });

  it('asks for the organisation’s own required item, only where it applies', async () => {
    const { page } = await suite.open();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Prüfpunkt hinzufügen' }).click();
    const text = page.getByLabel('Prüfpunkt 9', { exact: true });
    await text.fill('Die Lage ist mit dem Krisenstab abgestimmt.');
    const item = page.locator('.cd-checklist-item').nth(8);
    await item.getByRole('checkbox', { name: 'Pflicht' }).check();
    await item.getByLabel(/Nur für Kategorien/).fill('Krise');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByText('Einstellungen gespeichert.').waitFor();
    await nav.getByRole('button', { name: 'Kalender' }).click();

    // A crisis post must tick it too; a post of another category does not see it.
    const dialog = await crisisDraft(page, 'Sturm: Abstimmung', '2026-12-01');
    await dialog
      .getByLabel('Text für alle Netzwerke')
      .fill('Sturmböen bis 100 km/h erwartet. Bitte bleiben Sie heute Abend zu Hause.');
    const submit = dialog.getByRole('button', { name: 'Zur Freigabe einreichen' });
    await tickRequiredItems(dialog);
    expect(await submit.isDisabled()).toBe(true);
    const own = dialog.getByRole('checkbox', { name: 'Die Lage ist mit dem Krisenstab abgestimmt.' });
    await own.check();
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await dialog.getByLabel('Kategorie').fill('Service');
    await expect.poll(() => own.count()).toBe(0);
  });
});
