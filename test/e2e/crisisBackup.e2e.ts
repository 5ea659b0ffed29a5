/**
 * Crisis mode and a second laptop, end to end: with crisis mode on, a post submitted into its window afterwards
 * is held at once (the banner counts it); a backup of that desk with a photo of about 5 MB restores on a fresh
 * desk from its first start, and there the banner, the hold and the photo are back.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jpegFile } from '../../shared/media/testFixtures';
import { dayCell, nav, newPost, submitForReview, switchCrisisOn, tickItems } from './deskSteps';
import { enterDesk, launchDesk, useDeskServer } from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const ALT = 'Die Stadtbibliothek von aussen, davor Fahrräder im Schnee.';

const desks = useDeskServer();

/** A real JPEG of about 5 MB: a small picture padded with comment segments (64 KB each) of noise. */
function fiveMegabytePhoto(): Buffer {
  const picture = jpegFile(1080, 1350);
  const segments: Buffer[] = [];
  let seed = 7;
  for (let index = 0; index < 80; index += 1) {
    const body = Buffer.alloc(65_533);
    for (let at = 0; at < body.length; at += 1) {
      seed = (seed * 1_103_515_245 + 12_345) >>> 0;
      body[at] = seed >>> 24;
    }
    const header = Buffer.from([0xff, 0xfe, 0xff, 0xff]); // COM, length 65,535 (with the two length bytes)
    segments.push(header, body);
  }
  return Buffer.concat([Buffer.from(picture.subarray(0, 2)), ...segments, Buffer.from(picture.subarray(2))]);
}

async function submitWithPhoto(page: Page, title: string, day: string, photo: Buffer): Promise<void> {
  const dialog = await newPost(
    page,
    day,
    title,
    'Die Stadtbibliothek informiert. Weitere Hinweise finden Sie auf unserer Website.',
  );
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Bild oder Video hinzufügen' }).click();
  await (await chooser).setFiles({ name: 'bibliothek.jpg', mimeType: 'image/jpeg', buffer: photo });
  const alt = dialog.getByLabel('Alternativtext für bibliothek.jpg');
  await alt.waitFor({ timeout: 30_000 });
  await alt.fill(ALT);
  await tickItems(dialog);
  await submitForReview(dialog);
}

describe('crisis mode on a second laptop', () => {
  it('holds what is submitted into the window after the switch; a 5 MB backup restores it from the first start', async () => {
    const photo = fiveMegabytePhoto();
    expect(photo.length).toBeGreaterThan(5_000_000);

    const a = await launchDesk({ origin: desks.origin(), profileDir: desks.newProfile(), now: NOW });
    await enterDesk(a.page);
    await switchCrisisOn(a.page, 'Hochwasser an der Aare');
    const banner = a.page.getByRole('region', { name: 'Krisenmodus' });
    await banner.getByText(/0 Beiträge sind angehalten\./).waitFor();

    await submitWithPhoto(a.page, 'Lesung im Rathaus', '2026-11-27', photo);
    // Submitted after crisis mode was switched on, inside its window: held at once, and counted.
    await dayCell(a.page, '2026-11-27').getByText('Angehalten').waitFor();
    await banner.getByText(/1 Beitrag ist angehalten\./).waitFor();

    await nav(a.page, 'Einstellungen').click();
    const section = a.page.getByRole('region', { name: 'Sicherung' });
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    const backupPath = join(tmpdir(), `civic-desk-e2e-${process.pid}-krise.json`);
    desks.removeAfterAll(() => rmSync(backupPath, { force: true }));
    await download.saveAs(backupPath);
    const file = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      crisis?: { active: boolean; reason?: string };
      mediaFiles?: { base64: string }[];
    };
    expect(file.crisis).toMatchObject({ active: true, reason: 'Hochwasser an der Aare' });
    expect(file.mediaFiles?.[0]?.base64.length).toBeGreaterThan(6_000_000);
    await a.close();

    // A second laptop: the first start offers the restore instead of a new organisation.
    const b = await launchDesk({ origin: desks.origin(), profileDir: desks.newProfile(), now: NOW });
    await b.page.getByRole('heading', { name: 'Civic Desk einrichten' }).waitFor();
    const restore = b.page.getByRole('region', { name: 'Aus einer Sicherung wiederherstellen' });
    const [chooser] = await Promise.all([
      b.page.waitForEvent('filechooser'),
      restore.getByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }).click(),
    ]);
    await chooser.setFiles(backupPath);
    await restore.getByRole('table', { name: /^Vorschau: / }).waitFor({ timeout: 30_000 });
    await restore.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
    await b.page.getByRole('heading', { name: 'Wer arbeitet gerade?' }).waitFor({ timeout: 30_000 });
    await enterDesk(b.page);

    const restoredBanner = b.page.getByRole('region', { name: 'Krisenmodus' });
    await restoredBanner.getByText(/Hochwasser an der Aare/).waitFor();
    await restoredBanner.getByText(/1 Beitrag ist angehalten\./).waitFor();
    await dayCell(b.page, '2026-11-27').getByText('Angehalten').waitFor();
    await dayCell(b.page, '2026-11-27').getByText('Lesung im Rathaus').click();
    const post = b.page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    await post.getByRole('img', { name: ALT }).first().waitFor();
  });
});
