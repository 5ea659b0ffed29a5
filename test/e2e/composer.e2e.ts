/**
 * The composer as an editor uses it: one post for all four networks, a variant that diverges, an image with alt
 * text, each network's preview, limits shown under the text; then, after a reload, everything is still there.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { jpegFile } from '../../shared/media/testFixtures';
import { useDeskSuite } from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const suite = useDeskSuite({ now: NOW });

const TEXT =
  'Heute stellen wir Ihnen Frau Yilmaz aus dem Bürgerbüro vor. Seit zwölf Jahren hilft sie bei Anträgen aller ' +
  'Art, vom Wohngeld bis zum Anwohnerparkausweis. #Musterhausen #Bürgerbüro';
const LINKEDIN_TEXT = `${TEXT}\n\nSie möchten auch im Bürgerbüro arbeiten? Alle Stellen: https://www.musterhausen.de/karriere`;

async function openPost(page: Page, title: string): Promise<Locator> {
  await page.locator('[role="listitem"]:not(:has([role="listitem"]))', { hasText: title }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await dialog.waitFor();
  return dialog;
}

describe('composer', () => {
  it('writes one post for four networks with a LinkedIn variant, an image with alt text and previews', async () => {
    const { page } = await suite.open();
    await page.locator('[role="cell"][data-date="2026-12-03"]').click({ position: { x: 60, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill('Porträt: Frau Yilmaz');
    for (const network of ['LinkedIn', 'Facebook', 'Instagram', 'X']) {
      await dialog.getByRole('checkbox', { name: network, exact: true }).check();
    }
    await dialog.getByLabel('Text für alle Netzwerke').fill(TEXT);

    // Instagram needs an image: the error stands under the Instagram text until one is attached.
    await dialog.getByRole('tab', { name: 'Instagram' }).click();
    await dialog
      .getByRole('tabpanel')
      .getByText('Ein Beitrag auf Instagram braucht mindestens ein Bild oder Video.')
      .waitFor();
    await dialog.getByText(/\/ 2\.200 Zeichen · 2 \/ 5 Hashtags/).waitFor();

    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Bild oder Video hinzufügen' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'yilmaz.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(jpegFile(1080, 1350)),
    });
    const alt = dialog.getByLabel('Alternativtext für yilmaz.jpg');
    await alt.waitFor();
    await alt.fill('Frau Yilmaz lächelt am Schalter des Bürgerbüros, hinter ihr das Stadtwappen.');
    await expect
      .poll(() =>
        dialog.getByText('Ein Beitrag auf Instagram braucht mindestens ein Bild oder Video.').count(),
      )
      .toBe(0);
    const instagramPreview = dialog.getByRole('figure', { name: 'Vorschau Instagram' });
    await instagramPreview.getByRole('img', { name: /Frau Yilmaz lächelt/ }).waitFor();
    const instagramShown = await instagramPreview.innerText();
    expect(instagramShown).toContain('mehr'); // cut after about 125 characters
    expect(instagramShown).not.toContain('Anwohnerparkausweis'); // … so the end of the text is not shown
    expect(instagramShown).toContain('Bezirksamt Mitte'); // the organisation's name and its initials as avatar
    expect(await instagramPreview.locator('.cd-preview-avatar').innerText()).toBe('BM');
    // Instagram crops the upright 1080 × 1350 photo at 4:5.
    const box = await instagramPreview.locator('.cd-preview-media').boundingBox();
    expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(0.8, 1);

    // LinkedIn diverges: a longer text with a link.
    await dialog.getByRole('checkbox', { name: 'Alle Netzwerke gleich halten' }).uncheck();
    await dialog.getByRole('tab', { name: 'LinkedIn' }).click();
    await dialog.getByLabel('Text für LinkedIn').fill(LINKEDIN_TEXT);
    await dialog.getByRole('figure', { name: 'Vorschau LinkedIn' }).waitFor();

    // X counts every link as 23 characters and shows its own counter.
    await dialog.getByRole('tab', { name: 'X' }).click();
    await dialog.getByText(/^\d+ \/ 280 Zeichen$/).waitFor();
    await dialog.getByRole('figure', { name: 'Vorschau X' }).waitFor();
    await dialog.getByRole('tab', { name: 'Facebook' }).click();
    await dialog.getByRole('figure', { name: 'Vorschau Facebook' }).waitFor();

    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const event = page.locator('[role="cell"][data-date="2026-12-03"]').getByText('Porträt: Frau Yilmaz');
    await event.waitFor();
  });

  it('finds the variants, the image and its alt text again after a reload', async () => {
    const { page } = await suite.open();
    const dialog = await openPost(page, 'Porträt: Frau Yilmaz');
    expect(await dialog.getByRole('checkbox', { name: 'Alle Netzwerke gleich halten' }).isChecked()).toBe(
      false,
    );
    await dialog.getByRole('tab', { name: 'LinkedIn' }).click();
    expect(await dialog.getByLabel('Text für LinkedIn').inputValue()).toBe(LINKEDIN_TEXT);
    await dialog.getByRole('tab', { name: 'Instagram' }).click();
    expect(await dialog.getByLabel('Text für Instagram').inputValue()).toBe(TEXT);
    expect(await dialog.getByLabel('Alternativtext für yilmaz.jpg').inputValue()).toBe(
      'Frau Yilmaz lächelt am Schalter des Bürgerbüros, hinter ihr das Stadtwappen.',
    );
    await dialog.getByRole('figure', { name: 'Vorschau Instagram' }).getByRole('img').waitFor();
  });

  it('counts Instagram hashtags against the limit chosen in the settings: 5 by default, or 30', async () => {
    const { page } = await suite.open();
    const nav = (name: string) =>
      page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name });
    let dialog = await openPost(page, 'Porträt: Frau Yilmaz');
    await dialog.getByRole('tab', { name: 'Instagram' }).click();
    await dialog.getByText(/· 2 \/ 5 Hashtags$/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await nav('Einstellungen').click();
    await page.getByLabel('Instagram: höchste Zahl an Hashtags').selectOption('30');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByText('Einstellungen gespeichert.').waitFor();
    await nav('Kalender').click();
    dialog = await openPost(page, 'Porträt: Frau Yilmaz');
    await dialog.getByRole('tab', { name: 'Instagram' }).click();
    await dialog.getByText(/· 2 \/ 30 Hashtags$/).waitFor();
  });

  it('refuses a text file, an image too large for X and a damaged JPEG with clear messages, storing none', async () => {
    const { page } = await suite.open();
    await page.locator('[role="cell"][data-date="2026-12-04"]').click({ position: { x: 60, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill('Plakat Weihnachtsmarkt');
    for (const network of ['Instagram', 'X']) {
      await dialog.getByRole('checkbox', { name: network, exact: true }).check();
    }
    // Whole in structure (start, frame header, end), but the scan refers to Huffman tables the file lacks: only
    // decoding it, as the browser does for the thumbnail, finds the damage.
    const damaged = jpegFile(64, 64);
    const scanHeader = damaged.findIndex((byte, index) => byte === 0xff && damaged[index + 1] === 0xda);
    damaged[scanHeader + 6] = 0x33;
    const files = [
      {
        name: 'protokoll.jpg',
        bytes: new TextEncoder().encode('Protokoll der Ratssitzung'),
        message: /„protokoll\.jpg“ ist kein unterstütztes Bild- oder Videoformat/,
      },
      {
        name: 'plakat.jpg',
        bytes: jpegFile(40000, 40000),
        message: /„plakat\.jpg“ ist 6 MB groß; X erlaubt für Bilder höchstens 5 MB/,
      },
      {
        name: 'kaputt.jpg',
        bytes: damaged,
        message: /„kaputt\.jpg“ lässt sich nicht lesen: Die Datei ist beschädigt/,
      },
    ];
    for (const file of files) {
      const chooser = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Bild oder Video hinzufügen' }).click();
      await (
        await chooser
      ).setFiles({ name: file.name, mimeType: 'image/jpeg', buffer: Buffer.from(file.bytes) });
      await dialog.getByRole('alert').filter({ hasText: file.message }).waitFor();
    }
    expect(await dialog.getByText('Der Beitrag hat noch keine Bilder oder Videos.').count()).toBe(1);

    await dialog.getByRole('button', { name: 'Aus der Mediathek' }).click();
    const library = page.getByRole('list', { name: 'Bilder und Videos der Mediathek' });
    await library.waitFor();
    expect(await library.getByRole('listitem').count()).toBe(1); // only the portrait of the first test
    expect(await library.innerText()).toContain('yilmaz.jpg');
  });
});
