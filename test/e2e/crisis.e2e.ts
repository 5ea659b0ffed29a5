/**
 * Crisis mode end to end: posts written and submitted for review by hand; switching crisis mode on with a reason
 * shows the banner and holds the scheduled posts of the next days, but not the crisis post; switching it off lists
 * the held posts, and one is released.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  confirmCrisisSwitch,
  dayCell,
  newPost,
  openCrisisSwitch,
  submitForReview,
  tickItems,
} from './deskSteps';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

async function submitPost(page: Page, title: string, day: string, category = ''): Promise<void> {
  const dialog = await newPost(
    page,
    day,
    title,
    'Die Stadtbibliothek informiert. Weitere Hinweise finden Sie auf unserer Website.',
  );
  if (category !== '') await dialog.getByLabel('Kategorie').fill(category);
  await tickItems(dialog);
  await submitForReview(dialog);
  await dayCell(page, day).getByText('In Prüfung').waitFor();
}

describe('crisis mode', () => {
  it('holds the scheduled posts except crisis posts, and releases them one by one after it ends', async () => {
    const { page } = await suite.open();
    await submitPost(page, 'Quiz der Woche', '2026-11-26');
    await submitPost(page, 'Lesung im Rathaus', '2026-11-27');
    await submitPost(page, 'Unwetterwarnung', '2026-11-28', 'Krise');

    const dialog = await openCrisisSwitch(page);
    await dialog.getByText('2 geplante Beiträge werden angehalten.').waitFor();
    await dialog.getByRole('button', { name: 'Krisenmodus einschalten' }).click();
    await dialog.getByText('Bitte geben Sie einen Grund für den Krisenmodus an.').waitFor();
    await confirmCrisisSwitch(dialog, 'Hochwasser an der Spree');

    const banner = page.getByRole('region', { name: 'Krisenmodus' });
    await banner.getByText(/Hochwasser an der Spree/).waitFor();
    await banner.getByText(/Eingeschaltet von Anna Admin\. 2 Beiträge sind angehalten\./).waitFor();
    await page.getByText('Krisenmodus eingeschaltet. 2 Beiträge wurden angehalten.').waitFor();
    await dayCell(page, '2026-11-26').getByText('Angehalten').waitFor();
    await dayCell(page, '2026-11-27').getByText('Angehalten').waitFor();
    await dayCell(page, '2026-11-28').getByText('In Prüfung').waitFor();
    expect(await dayCell(page, '2026-11-28').getByText('Angehalten').count()).toBe(0);

    // While crisis mode is on, the crisis checks apply to every post, not only to crisis posts.
    const composer = await newPost(
      page,
      '2026-11-30',
      'Kinoabend',
      'Heute Kinoabend im Rathaus 😂 Eintritt frei.',
    );
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
    await dayCell(page, '2026-11-26').getByText('In Prüfung').waitFor();
    await dayCell(page, '2026-11-27').getByText('Angehalten').waitFor();

    // The remaining held post stays reachable.
    await page.getByRole('button', { name: 'Angehaltene Beiträge (1)' }).click();
    await page
      .getByRole('dialog', { name: 'Angehaltene Beiträge' })
      .getByRole('button', { name: '„Lesung im Rathaus“ freigeben' })
      .waitFor();
  });
});
