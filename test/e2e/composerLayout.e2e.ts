/**
 * The composer on small laptop screens: with an upright image attached, "Schliessen" and "Speichern" stay visible
 * and clickable (not covered by the preview) at 1366×768 and 1024×600; after "Verknüpfen" the focus stays in the
 * dialog, so Escape still closes it. An Instagram story takes a 9:16 image; a feed post does not.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { jpegFile } from '../../shared/media/testFixtures';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

/** The element a click at the middle of `button` would reach is the button (or inside it). */
async function isTopmost(page: Page, button: Locator): Promise<boolean> {
  const box = await button.boundingBox();
  if (box === null) return false;
  const viewport = page.viewportSize();
  if (viewport === null || box.y < 0 || box.y + box.height > viewport.height) return false;
  const handle = await button.elementHandle();
  return page.evaluate(
    ({ x, y, target }) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === target || target.contains(hit));
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2, target: handle },
  );
}

async function newPostWithUprightImage(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Neuer Beitrag' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill('Quiz der Woche');
  await dialog.getByRole('checkbox', { name: 'Instagram', exact: true }).check();
  await dialog.getByLabel('Text für alle Netzwerke').fill('Quizzeit! Wissen Sie es?');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Bild oder Video hinzufügen' }).click();
  await (
    await chooser
  ).setFiles({ name: 'quiz.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegFile(1080, 1920)) });
  await dialog.getByLabel('Alternativtext für quiz.jpg').fill('Eine Brücke über den Fluss im Abendlicht.');
  await dialog.getByRole('figure', { name: 'Vorschau Instagram' }).getByRole('img').waitFor();
  return dialog;
}

describe('composer layout and focus', () => {
  it.each([
    [1366, 768],
    [1024, 600],
  ])('keeps "Schliessen" and "Speichern" visible and clickable at %i×%i', async (width, height) => {
    const { page } = await suite.open();
    await page.setViewportSize({ width, height });
    const dialog = await newPostWithUprightImage(page);
    const close = dialog.getByRole('button', { name: /^Schlie(ß|ss)en$/ });
    const save = dialog.getByRole('button', { name: 'Speichern', exact: true });
    // Wherever the dialog is scrolled to, the two buttons are on screen and nothing lies over them.
    for (const position of ['top', 'middle', 'bottom'] as const) {
      await dialog.evaluate((element, where) => {
        const max = element.scrollHeight - element.clientHeight;
        element.scrollTop = where === 'top' ? 0 : where === 'middle' ? max / 2 : max;
      }, position);
      await expect.poll(() => isTopmost(page, close), { message: `${position}: Schliessen` }).toBe(true);
      await expect.poll(() => isTopmost(page, save), { message: `${position}: Speichern` }).toBe(true);
    }
    await save.click({ trial: true, timeout: 2000 });
    await save.click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('takes a 9:16 image as an Instagram story but not as a feed post, with a decimal comma', async () => {
    const { page } = await suite.open();
    const dialog = await newPostWithUprightImage(page);
    await dialog.getByRole('tab', { name: 'Instagram' }).click();
    const panel = dialog.getByRole('tabpanel');
    const feedMessage = panel.getByText(/Seitenverhältnis 0,563:1; Instagram erlaubt 0,8:1 bis 1,91:1/);
    await feedMessage.waitFor();
    await panel.getByLabel('Format').selectOption({ label: 'Story' });
    await expect.poll(() => panel.getByText(/Seitenverhältnis/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('keeps the focus in the dialog after "Verknüpfen", so Escape still closes it', async () => {
    const { page } = await suite.open();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Einwilligungen' })
      .click();
    await page.getByLabel('Name der Person').fill('Sabine Keller');
    await page.getByLabel('Zweck', { exact: true }).fill('Porträt für die Kanäle der Stadt');
    await page.getByLabel('Erteilt am').fill('2026-11-20');
    await page.getByRole('button', { name: 'Einwilligung speichern' }).click();
    await page.getByText('Die Einwilligung von Sabine Keller wurde gespeichert.').waitFor();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Kalender' })
      .click();

    const dialog = await newPostWithUprightImage(page);
    await dialog.getByRole('checkbox', { name: 'Zeigt Personen' }).check();
    await dialog.getByLabel('Einwilligung verknüpfen').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Verknüpfen' }).click();
    await dialog
      .getByText(/Sabine Keller/)
      .first()
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null))
      .toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
