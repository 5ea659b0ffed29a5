/**
 * Crisis mode end to end: posts written and submitted for review by hand; switching crisis mode on with a reason
 * shows the banner and holds the scheduled posts of the next days, but not the crisis post; switching it off lists
 * the held posts, and one is released.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

const cell = (page: Page, day: string) => page.locator(`[role="cell"][data-date="${day}"]`);

async function submitPost(page: Page, title: string, day: string, category = ''): Promise<void> {
  await cell(page, day).click({ position: { x: 60, y: 60 } });
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  if (category !== '') await dialog.getByLabel('Kategorie').fill(category);
  await dialog
    .getByLabel('Text für alle Netzwerke')
    .fill('Die Stadtbibliothek informiert. Weitere Hinweise finden Sie auf unserer Website.');
  for (const item of REQUIRED_ITEMS) {
    const box = dialog.getByRole('checkbox', { name: item });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
  const submit = dialog.getByRole('button', { name: 'Zur Freigabe einreichen' });
  await expect.poll(() => submit.isEnabled()).toBe(true);
  await submit.click();
  await dialog.waitFor({ state: 'detached' });
  await cell(page, day).getByText('In Prüfung').waitFor();
}

describe('crisis mode', () => {
  it('holds the scheduled posts except crisis posts, and releases them one by one after it ends', async () => {
    const { page } = await suite.open();
    await submitPost(page, 'Quiz der Woche', '2026-11-26');
    await submitPost(page, 'Lesung im Rathaus', '2026-11-27');
    await submitPost(page, 'Unwetterwarnung', '2026-11-28', 'Krise');

    await page.getByRole('button', { name: 'Krisenmodus', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Krisenmodus einschalten' });
    await dialog.getByText('2 geplante Beiträge werden angehalten.').waitFor();
    await dialog.getByRole('button', { name: 'Krisenmodus einschalten' }).click();
    await dialog.getByText('Bitte geben Sie einen Grund für den Krisenmodus an.').waitFor();
    await dialog.getByLabel('Grund').fill('Hochwasser an der Spree');
    await dialog.getByRole('button', { name: 'Krisenmodus einschalten' }).click();
    await dialog.waitFor({ state: 'detached' });

    const banner = page.getByRole('region', { name: 'Krisenmodus' });
    await banner.getByText(/Hochwasser an der Spree/).waitFor();
    await banner.getByText(/Eingeschaltet von Anna Admin\. 2 Beiträge sind angehalten\./).waitFor();
    await page.getByText('Krisenmodus eingeschaltet. 2 Beiträge wurden angehalten.').waitFor();
    await cell(page, '2026-11-26').getByText('Angehalten').waitFor();
    await cell(page, '2026-11-27').getByText('Angehalten').waitFor();
    await cell(page, '2026-11-28').getByText('In Prüfung').waitFor();
    expect(await cell(page, '2026-11-28').getByText('Angehalten').count()).toBe(0);

    // While crisis mode is on, the crisis checks apply to every post, not only to crisis posts.
    await cell(page, '2026-11-30').click({ position: { x: 60, y: 60 } });
    const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await composer.getByLabel('Titel').fill('Kinoabend');
    await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    await composer.getByLabel('Text für alle Netzwerke').fill('Heute Kinoabend im Rathaus 😂 Eintritt frei.');
    await composer.getByText(/Das Emoji 😂 wirkt scherzhaft/).waitFor();
    await composer.getByRole('button', { name: 'Schließen', exact: true }).click();
    await composer.waitFor({ state: 'detached' });

    await banner.getByRole('button', { name: 'Krisenmodus beenden' }).click();
    const held = page.getByRole('dialog', { name: 'Angehaltene Beiträge' });
    await held.waitFor();
    expect(await banner.count()).toBe(0);
    await held.getByRole('button', { name: '„Quiz der Woche“ freigeben' }).click();
    await held.getByText(/„Quiz der Woche“ wurde freigegeben\. .*„In Prüfung“ zurück/).waitFor();
    await expect.poll(() => held.getByRole('button', { name: /freigeben/ }).count()).toBe(1);
    await held.getByRole('button', { name: 'Schließen' }).click();
    await cell(page, '2026-11-26').getByText('In Prüfung').waitFor();
    await cell(page, '2026-11-27').getByText('Angehalten').waitFor();

    // The remaining held post stays reachable.
    await page.getByRole('button', { name: 'Angehaltene Beiträge (1)' }).click();
    await page
      .getByRole('dialog', { name: 'Angehaltene Beiträge' })
      .getByRole('button', { name: '„Lesung im Rathaus“ freigeben' })
      .waitFor();
  });
});
