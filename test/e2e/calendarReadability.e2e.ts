/**
 * The month calendar as a team reads it on a laptop, in Chromium, at 1366×768 and at 1024×600 with the crisis
 * banner up: a day with one post shows that post (not only "+1 weitere"), a title is readable beyond its first
 * words, and every post shows its status with a symbol and in words, not by colour alone.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDeskSuite } from './harness';
import { seedPosts, setUpDesk, type SeedPost } from './seedPosts';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00'), setup: false });

const POSTS: SeedPost[] = [
  { title: 'Quiz: Wer kennt das Rathaus?', date: '2026-11-26', time: '10:00', status: 'draft' },
  { title: 'Lesung in der Stadtbibliothek', date: '2026-11-27', time: '18:30', status: 'in_review' },
  { title: 'Sperrung der Brücke', date: '2026-12-02', time: '07:00', status: 'changes_requested' },
  { title: 'Adventsmarkt', date: '2026-12-03', time: '09:00', status: 'draft' },
  { title: 'Adventsmarkt zweiter Tag', date: '2026-12-03', time: '12:00', status: 'draft' },
  { title: 'Adventsmarkt dritter Tag', date: '2026-12-03', time: '15:00', status: 'draft' },
];

const STATUS_WORDS: Record<SeedPost['status'], string> = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  changes_requested: 'Änderungen erbeten',
};

const cell = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`);

/** The shown part of a post's title, read off its layout: the characters that fit its box, as a person sees. */
async function titleFullyShown(event: Locator): Promise<boolean> {
  return event.locator('.cd-event-title').evaluate((title) => title.scrollWidth <= title.clientWidth + 1);
}

/** `held`: crisis mode is on, so posts waiting for review may show as held ("Angehalten") instead. */
async function expectReadable(page: Page, held = false): Promise<void> {
  for (const post of POSTS.slice(0, 3)) {
    const day = cell(page, post.date);
    const event = day.getByRole('listitem').filter({ hasText: post.title });
    // The day's first (here: only) post is drawn in the cell, not hidden behind "+1 weitere".
    await expect.poll(() => event.isVisible(), { message: `${post.title} visible` }).toBe(true);
    expect(await day.getByText(/^\+\d+ weitere$/).count()).toBe(0);
    expect(await titleFullyShown(event)).toBe(true);
    // The status as a symbol and in words, and the symbol differs by status.
    const marker = event.locator('.cd-event-marker');
    expect(await marker.isVisible()).toBe(true);
    const words = await event.locator('.cd-event-status').textContent();
    expect(
      held && post.status !== 'draft'
        ? [STATUS_WORDS[post.status], 'Angehalten']
        : [STATUS_WORDS[post.status]],
    ).toContain(words);
    expect(await event.locator('.cd-event-status').isVisible()).toBe(true);
  }
  const symbols = await Promise.all(
    POSTS.slice(0, 3).map((post) => cell(page, post.date).locator('.cd-event-marker').first().textContent()),
  );
  if (!held) expect(new Set(symbols).size).toBe(3);
  // A busy day shows at least its first post, and a link to the others.
  const busy = cell(page, '2026-12-03');
  await expect
    .poll(() => busy.getByRole('listitem').filter({ hasText: 'Adventsmarkt' }).first().isVisible())
    .toBe(true);
}

describe('calendar readability', () => {
  it('shows each day its first post, readable titles and the status at a glance, also at 1024×600 in crisis', async () => {
    const { page } = await suite.open();
    await setUpDesk(page);
    await seedPosts(page, POSTS);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Kalender' })
      .click();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    if (process.env.H7_SHOT) await page.screenshot({ path: '/tmp/h7/before1366.png' });
    if (process.env.H7_SHOT)
      (await import('node:fs')).writeFileSync(
        '/tmp/h7/cal.html',
        await page.locator('.cd-calendar').evaluate((element) => element.outerHTML),
      );
    await expectReadable(page);

    await page.getByRole('button', { name: 'Krisenmodus', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Krisenmodus einschalten' });
    await dialog.getByLabel('Grund').fill('Hochwasser an der Aare');
    await dialog.getByRole('button', { name: 'Krisenmodus einschalten' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Krisenmodus' }).waitFor();
    await expectReadable(page, true);

    await page.setViewportSize({ width: 1024, height: 600 });
    await expectReadable(page, true);
    // A fresh start at 1024×600 with the banner up: the calendar lays itself out for the small window.
    await page.reload();
    await page.getByRole('region', { name: 'Krisenmodus' }).waitFor();
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    await expectReadable(page, true);
    if (process.env.H7_SHOT) await page.screenshot({ path: process.env.H7_SHOT });
  });
});
