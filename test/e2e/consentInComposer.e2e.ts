/**
 * A consent recorded from inside the composer: the register's form in a small dialog, saved to the register and
 * linked to the image at once, without leaving the post.
 */
import { describe, expect, it } from 'vitest';
import { jpegFile } from '../../shared/media/testFixtures';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

describe('consent from the composer', () => {
  it('records a consent in a dialog and links it to the image', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Neuer Beitrag' }).first().click();
    const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await composer.getByLabel('Titel').fill('Porträt: Sabine Keller');
    await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    const chooser = page.waitForEvent('filechooser');
    await composer.getByRole('button', { name: 'Bild oder Video hinzufügen' }).click();
    await (
      await chooser
    ).setFiles({ name: 'keller.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegFile(1080, 1350)) });
    await composer.getByRole('checkbox', { name: 'Zeigt Personen' }).check();

    await composer.getByRole('button', { name: 'Neue Einwilligung erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Einwilligung erfassen' });
    await dialog.getByLabel('Name der Person').fill('Sabine Keller');
    await dialog.getByLabel('Zweck', { exact: true }).fill('Porträt für die Kanäle der Stadt');
    await dialog.getByLabel('Erteilt am').fill('2026-11-20');
    await dialog.getByRole('button', { name: 'Einwilligung speichern' }).click();
    await dialog.waitFor({ state: 'detached' });

    await composer.getByRole('button', { name: /Sabine Keller.*keller\.jpg/ }).waitFor();
    await page
      .getByText('Die Einwilligung von Sabine Keller wurde gespeichert und mit keller.jpg verknüpft.')
      .waitFor();
    // The composer is still open and keeps the focus.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
  });
});
