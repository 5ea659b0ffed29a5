/**
 * Backup and restore in the browser build: a downloaded backup brings a deleted post back; a broken file names its
 * first problem and changes nothing; a file under a self-made organisation key is refused whole.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDeskSuite } from './harness';
import { generateApproverKeys } from '../../shared/approval/signature';
import { createGenesis, publicKeyInfoOf } from '../../shared/trust/roster';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00Z') });
const TITLE = 'Bürgeramt am Samstag geöffnet';
const OTHER_TITLE = 'Laternenumzug im Stadtpark';
const written: string[] = [];

afterAll(() => {
  for (const path of written) rmSync(path, { force: true });
});

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name });
}

function eventOf(page: Page, title: string) {
  return page
    .locator('[role="listitem"]:not(:has([role="listitem"]))', { hasText: title })
    .filter({ visible: true })
    .first();
}

async function createPost(page: Page, title = TITLE, date = '2026-11-27'): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  await dialog.getByLabel('Datum').fill(date);
  await dialog.getByLabel('Uhrzeit').fill('10:00');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await eventOf(page, title).waitFor();
}

async function deletePost(page: Page): Promise<void> {
  await eventOf(page, TITLE).click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  page.once('dialog', (question) => void question.accept());
  await dialog.getByRole('button', { name: 'Löschen', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => eventOf(page, TITLE).count()).toBe(0);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }).click(),
  ]);
  await chooser.setFiles(path);
}

describe('backup and restore in the browser', () => {
  it('downloads a backup; after the post is deleted, a restore from that file brings it back', async () => {
    const { page } = await suite.open();
    await createPost(page);

    await nav(page, 'Einstellungen').click();
    const section = page.getByRole('region', { name: 'Sicherung' });
    await section.getByText('Sie haben noch keine Sicherung heruntergeladen.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^civic-desk-sicherung-2026-11-25-\d{4}\.json$/);
    const backupPath = join(tmpdir(), `civic-desk-e2e-${process.pid}-${download.suggestedFilename()}`);
    written.push(backupPath);
    await download.saveAs(backupPath);
    await section.getByRole('status').filter({ hasText: 'wurde heruntergeladen' }).waitFor();
    await section.getByText(/Zuletzt heruntergeladen: /).waitFor();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { posts: { title: string }[] };
    expect(backup.posts.map((post) => post.title)).toEqual([TITLE]);

    await nav(page, 'Kalender').click();
    await deletePost(page);

    await nav(page, 'Einstellungen').click();
    await chooseFile(page, backupPath);
    const preview = section.getByRole('table', { name: /^Vorschau: / });
    const posts = preview.getByRole('row', { name: /Beiträge/ });
    await expect.poll(() => posts.getByRole('cell').allTextContents()).toEqual(['1', '0', '0', '0']);
    await section.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
    await section.getByRole('status').filter({ hasText: 'Wiederhergestellt: 1 neue' }).waitFor();
    await section.getByRole('button', { name: 'Wiederherstellung rückgängig machen' }).waitFor();

    await nav(page, 'Kalender').click();
    await eventOf(page, TITLE).waitFor();
  });

  it('names the first problem of a broken file and changes nothing', async () => {
    const { page } = await suite.open();
    await createPost(page, OTHER_TITLE, '2026-11-26');
    await nav(page, 'Einstellungen').click();
    const section = page.getByRole('region', { name: 'Sicherung' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    const before = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(before) as {
      posts: { title: string; status: string }[];
    };
    Object.assign(file.posts[0] ?? {}, { status: 'vielleicht' });
    const brokenPath = join(tmpdir(), `civic-desk-e2e-${process.pid}-kaputt.json`);
    written.push(brokenPath);
    writeFileSync(brokenPath, JSON.stringify(file));

    await chooseFile(page, brokenPath);
    const alert = section.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('kann nicht wiederhergestellt werden');
    expect(text).toContain('Stelle: posts[0].status');
    expect(text).toContain('Es wurde nichts geändert.');
    expect(await section.getByRole('button', { name: 'Wiederherstellen', exact: true }).count()).toBe(0);

    await nav(page, 'Kalender').click();
    // The desk is exactly as before: a new backup (same frozen clock) has the same bytes. (Reloaded first:
    // Chromium holds back a second download from the same page until the person allows it.)
    await page.reload();
    await nav(page, 'Einstellungen').click();
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    expect(readFileSync(await again.path(), 'utf8')).toBe(before);
    await nav(page, 'Kalender').click();
    await eventOf(page, OTHER_TITLE).waitFor();
  });

  it('refuses a backup whose roster starts from a self-made organisation key, and changes nothing', async () => {
    const { page } = await suite.open();
    await nav(page, 'Einstellungen').click();
    const section = page.getByRole('region', { name: 'Sicherung' });
    await page.reload();
    await nav(page, 'Einstellungen').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { roster: unknown };
    expect(file.roster).not.toBeNull();
    const fake = await generateApproverKeys();
    const genesis = await createGenesis(fake, 'Fälschung', new Date('2026-11-25T09:00:00Z'));
    file.roster = { root: publicKeyInfoOf(fake), entries: [genesis] };
    const forgedPath = join(tmpdir(), `civic-desk-e2e-${process.pid}-fremd.json`);
    written.push(forgedPath);
    writeFileSync(forgedPath, JSON.stringify(file));

    await chooseFile(page, forgedPath);
    await section.getByText(/Diese Datei stammt aus einer anderen Organisation/).waitFor();
    const restore = section.getByRole('button', { name: 'Wiederherstellen', exact: true });
    expect(await restore.isDisabled()).toBe(true);
  });
});
