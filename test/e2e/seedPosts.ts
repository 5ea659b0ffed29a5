/**
 * Puts many posts into a desk the way a team moving to a new laptop would: download the desk's own backup, add
 * the posts to the file, and restore it through the settings page. For tests that need weeks of posts (the printed
 * week plan, a busy calendar) without clicking each one into the composer.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { nav } from './deskSteps';
import { servicePost, variantsFor } from '../../shared/exchange/testFixtures';
import type { Channel } from '../../shared/model/channels';
import type { Post, PostStatus } from '../../shared/model/post';
import { zonedDateTimeToIso, isoToUtc } from '../../shared/time/zoned';

export interface SeedPost {
  title: string;
  /** `YYYY-MM-DD` and `HH:mm` in the organisation's zone (`timeZone`). */
  date: string;
  time: string;
  status: Extract<PostStatus, 'draft' | 'in_review' | 'changes_requested'>;
  channels?: Channel[];
  text?: string;
}

/**
 * The first start as a person goes through it, whatever comes after the set-up form (the organisation key's
 * fingerprint with "Weiter zum Kalender", where the desk shows it): for suites opened with `setup: false`.
 */
export async function setUpDesk(
  page: Page,
  organisation = 'Bezirksamt Mitte',
  admin = 'Anna Admin',
): Promise<void> {
  await page.getByLabel('Name der Organisation').fill(organisation);
  await page.getByLabel('Ihr Name').fill(admin);
  await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
  const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
  const onward = page.getByRole('button', { name: 'Weiter zum Kalender' });
  await navigation.or(onward).first().waitFor();
  if (await onward.isVisible()) await onward.click();
  await navigation.waitFor();
}

/** Restores the desk's own backup plus `posts` (written by the desk's first profile). */
export async function seedPosts(
  page: Page,
  posts: readonly SeedPost[],
  timeZone = 'Europe/Berlin',
): Promise<void> {
  await nav(page, 'Einstellungen').click();
  const section = page.getByRole('region', { name: 'Sicherung' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    posts: Post[];
    profiles: { id: string }[];
  };
  const author = file.profiles[0]?.id ?? 'redaktion-1';
  file.posts = posts.map((seed) => {
    const channels = seed.channels ?? ['facebook'];
    const text = seed.text ?? `${seed.title}: Wir freuen uns auf Sie.`;
    const scheduledAt = zonedDateTimeToIso(seed.date, seed.time, timeZone);
    return servicePost({
      id: randomUUID(),
      title: seed.title,
      channels,
      text,
      variants: variantsFor(channels, text),
      campaignId: null,
      category: null,
      createdBy: author,
      status: seed.status,
      scheduledAt,
      scheduledAtUtc: isoToUtc(scheduledAt),
    });
  });
  const path = join(tmpdir(), `civic-desk-seed-${process.pid}-${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify(file));
  try {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      section.getByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }).click(),
    ]);
    await chooser.setFiles(path);
    await section.getByRole('table', { name: /^Vorschau: / }).waitFor();
    await section.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
    await section.getByRole('status').filter({ hasText: 'Wiederhergestellt' }).waitFor();
  } finally {
    rmSync(path, { force: true });
  }
}
