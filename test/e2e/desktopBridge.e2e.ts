/**
 * The desktop bridge's renderer side in real Chromium: the browser build with a stand-in `window.civicDesk` (what
 * the Electron preload places there), installed before the app's scripts run. A `.civicdesk` file opened from
 * outside (double-click, File › Open) reaches the review import on the Freigaben page, and desktop notifications
 * need no permission button. The main process itself is covered by the Node tests in electron/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterDesk, useDeskSuite } from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const TITLE = 'Quiz der Woche';
const suite = useDeskSuite({ now: NOW });
const downloads: string[] = [];

afterAll(() => {
  for (const path of downloads) rmSync(path, { force: true });
});

interface FakeDesktop {
  shown: unknown[];
  open(fileName: string, bytes: number[]): void;
}

/** Runs in the page before the app: a bridge shaped like the preload's, recording what the app asks of it. */
function installFakeBridge(): void {
  const listeners = new Set<(file: { fileName: string; bytes: Uint8Array }) => void>();
  const waiting: { fileName: string; bytes: Uint8Array }[] = [];
  const shown: unknown[] = [];
  const api = {
    getAppInfo: () => Promise.resolve({ name: 'Civic Desk', version: 'e2e', runtime: 'desktop' }),
    saveFile: (request: { suggestedName: string }) =>
      Promise.resolve({ status: 'saved', fileName: request.suggestedName }),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    openExternal: () => Promise.resolve({ status: 'cancelled' }),
    writeBackup: () =>
      Promise.resolve({
        status: 'written',
        fileName: 'b.json',
        sha256: '0'.repeat(64),
        at: new Date().toISOString(),
      }),
    backupStatus: () => Promise.resolve({ folder: '/e2e', last: null }),
    chooseBackupFolder: () => Promise.resolve({ status: 'cancelled' }),
    printToPdf: () => Promise.resolve({ status: 'cancelled' }),
    showNotification: (request: unknown) => {
      shown.push(request);
      return Promise.resolve({ status: 'shown' });
    },
    takeOpenedFiles: () => Promise.resolve(waiting.splice(0)),
    onBackupRequested: () => () => undefined,
    onFileOpened: (callback: (file: { fileName: string; bytes: Uint8Array }) => void) => {
      listeners.add(callback);
      for (const file of waiting.splice(0)) callback(file);
      return () => listeners.delete(callback);
    },
  };
  const target = window as unknown as Record<string, unknown>;
  target.civicDesk = Object.freeze(api);
  const fake: FakeDesktop = {
    shown,
    open(fileName, bytes) {
      const file = { fileName, bytes: new Uint8Array(bytes) };
      if (listeners.size === 0) waiting.push(file);
      else for (const listener of listeners) listener(file);
    },
  };
  target.fakeDesktop = fake;
}

/** As if the person double-clicked the file in the file manager. */
async function openFromOutside(page: Page, fileName: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, numbers }) =>
      (window as unknown as { fakeDesktop: FakeDesktop }).fakeDesktop.open(name, numbers),
    { name: fileName, numbers: Array.from(bytes) },
  );
}

function navButton(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name });
}

async function exportRequestFile(page: Page): Promise<Uint8Array> {
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
  await navButton(page, 'Freigaben').click();
  await page.getByRole('checkbox', { name: `„${TITLE}“ für die Freigabedatei auswählen` }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Zur Freigabe exportieren' }).click(),
  ]);
  const path = join(tmpdir(), `civic-desk-e2e-${process.pid}-desktop.civicdesk`);
  await download.saveAs(path);
  downloads.push(path);
  return new Uint8Array(readFileSync(path));
}

describe('the desktop bridge in the renderer', () => {
  it('routes files opened from outside to the review import and notifies without a permission button', async () => {
    const desk = await suite.open();
    const { page } = desk;
    // Made in the plain browser (a download), before the stand-in bridge takes over.
    const request = await exportRequestFile(page);

    await desk.context.addInitScript(installFakeBridge);
    await page.reload();
    await enterDesk(page);

    // Desktop notifications go through the bridge: no web permission, so no button asks for one.
    await page.getByRole('button', { name: /^Erinnerungen/ }).click();
    const reminders = page.getByRole('region', { name: 'Erinnerungen' });
    await reminders.getByText('Desktop-Benachrichtigungen sind eingeschaltet.').waitFor();
    expect(
      await reminders.getByRole('button', { name: 'Desktop-Benachrichtigungen einschalten' }).count(),
    ).toBe(0);
    await reminders.getByRole('button', { name: 'Schließen' }).click();

    // Something that is not a review file: the Freigaben page says what is wrong.
    await navButton(page, 'Kalender').click();
    await openFromOutside(page, 'notizen.civicdesk', new TextEncoder().encode('{"format":"anders"}'));
    await page
      .getByRole('status')
      .getByText(/keine gültige Freigabedatei/)
      .waitFor();
    expect(await navButton(page, 'Freigaben').getAttribute('aria-current')).toBe('page');

    // The real request file: the same preview as after "Freigabedatei öffnen".
    await navButton(page, 'Kalender').click();
    await openFromOutside(page, '2026-11-25-freigabe.civicdesk', request);
    await page.getByText('Die Freigabeanfrage von Anna Admin enthält 1 Beitrag.').waitFor();
    expect(await navButton(page, 'Freigaben').getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('button', { name: 'Beiträge übernehmen' }).isVisible()).toBe(true);
  });
});
