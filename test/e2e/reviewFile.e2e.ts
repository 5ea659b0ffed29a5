/**
 * Review by file between two laptops (two browser profiles on the same build): the editor exports a post "zur
 * Freigabe", the approver opens the file, approves and exports the decision; on the editor's laptop the decision
 * has no effect until its admin certifies the approver's key by typing the fingerprint the approver reads out
 * (a wrong one is refused), and then the post is approved with a signature that verifies.
 */
import { readFileSync, rmSync } from 'node:fs';
import { keyFingerprint } from '../../shared/trust/fingerprint';
import type { ReviewDecision } from '../../shared/review/reviewFile';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  enterDesk,
  launchDesk,
  serveDirectory,
  temporaryProfile,
  WEB_BUILD,
  type Desk,
  type StaticServer,
} from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const TITLE = 'Quiz der Woche';
let server: StaticServer;
const laptops = { editor: temporaryProfile(), approver: temporaryProfile() };
const downloads: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(WEB_BUILD);
});
afterAll(async () => {
  await server.close();
  laptops.editor.remove();
  laptops.approver.remove();
  for (const path of downloads) rmSync(path, { force: true });
});

async function open(laptop: keyof typeof laptops, admin: string): Promise<Desk> {
  const desk = await launchDesk({ origin: server.origin, profileDir: laptops[laptop].dir, now: NOW });
  await enterDesk(desk.page, { organisation: 'Bezirksamt Mitte', admin });
  return desk;
}

async function close(desk: Desk): Promise<void> {
  const { errors, foreignRequests } = desk;
  await desk.close();
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
}

function queue(page: Page): Promise<void> {
  return page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Freigaben' })
    .click();
}

async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Freigabedatei öffnen' }).click(),
  ]);
  await chooser.setFiles(path);
}

async function download(page: Page, button: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toBe(name);
  const path = join(tmpdir(), `civic-desk-e2e-${process.pid}-${name}`);
  await file.saveAs(path);
  downloads.push(path);
  return path;
}

describe('review by file between two laptops', () => {
  it('exports a request, approves it elsewhere, and applies the signed decision', async () => {
    // The editor's laptop: write, tick, submit, export for review.
    let desk = await open('editor', 'Anna Admin');
    let page = desk.page;
    await page.locator('[role="cell"][data-date="2026-12-03"]').click({ position: { x: 60, y: 60 } });
    const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await composer.getByLabel('Titel').fill(TITLE);
    await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    await composer.getByLabel('Text für alle Netzwerke').fill('Wie viele Brücken hat unsere Stadt?');
    const boxes = composer.locator('.cd-checklist input[type="checkbox"]');
    for (let index = 0; index < (await boxes.count()); index += 1) {
      await boxes.nth(index).check();
      await expect.poll(() => boxes.nth(index).isChecked()).toBe(true);
    }
    const submit = composer.getByRole('button', { name: 'Zur Freigabe einreichen' });
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await composer.waitFor({ state: 'detached' });
    await queue(page);
    await page.getByRole('checkbox', { name: `„${TITLE}“ für die Freigabedatei auswählen` }).check();
    const requestPath = await download(
      page,
      page.getByRole('button', { name: 'Zur Freigabe exportieren' }),
      '2026-11-25-freigabe.civicdesk',
    );
    await close(desk);

    // The approver's laptop: open, import, approve, export the decision.
    desk = await open('approver', 'Paula Prüfer');
    page = desk.page;
    await queue(page);
    await openFile(page, requestPath);
    await page.getByText('Die Freigabeanfrage von Anna Admin enthält 1 Beitrag.').waitFor();
    await page.getByRole('button', { name: 'Beiträge übernehmen' }).click();
    await page.getByText(/1 Beitrag aus der Freigabedatei wurde übernommen/).waitFor();
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Wartet auf meine Freigabe' }) })
      .getByRole('button', { name: TITLE })
      .click();
    const review = page.getByRole('dialog', { name: `Freigabe: ${TITLE}` });
    await review.getByRole('button', { name: 'Freigeben' }).click();
    await review.getByText('Status: Freigegeben').waitFor();
    await review.getByRole('button', { name: 'Schließen' }).click();
    const decisionPath = await download(
      page,
      page.getByRole('button', { name: 'Entscheidung exportieren' }),
      '2026-11-25-entscheidung.civicdesk',
    );
    await close(desk);

    // Back on the editor's laptop: the uncertified key changes nothing until the admin certifies it by its
    // fingerprint, as Paula reads it out on the phone (here: from her key in the file).
    const decision = JSON.parse(readFileSync(decisionPath, 'utf8')) as ReviewDecision;
    const fingerprint = decision.by.publicKey === null ? '' : (keyFingerprint(decision.by.publicKey) ?? '');
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    desk = await open('editor', 'Anna Admin');
    page = desk.page;
    await queue(page);
    await openFile(page, decisionPath);
    await page
      .getByText(/den keine Administratorin und kein Administrator/)
      .first()
      .waitFor();
    await page.getByText(fingerprint).waitFor();
    expect(await page.getByRole('button', { name: /Diesem Schlüssel vertrauen/ }).count()).toBe(0);
    const typed = page.getByLabel('Fingerabdruck, wie Paula Prüfer ihn vorgelesen hat');
    const certify = page.getByRole('button', { name: 'Schlüssel bestätigen und Entscheidung erneut prüfen' });
    await typed.fill(`${fingerprint.slice(0, -1)}${fingerprint.endsWith('0') ? '1' : '0'}`);
    await certify.click();
    await page.getByText(/stimmt nicht mit dem Schlüssel in der Datei überein/).waitFor();
    await typed.fill(fingerprint.toLowerCase());
    await certify.click();
    await page.getByText(`✓ Übernommen: „${TITLE}“`).waitFor();
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Freigegeben', exact: true }) })
      .getByRole('button', { name: TITLE })
      .click();
    const approved = page.getByRole('dialog', { name: `Freigabe: ${TITLE}` });
    await approved.getByText('Status: Freigegeben').waitFor();
    await approved.getByText('✓ Signatur gültig').waitFor();
    await close(desk);
  });
});
