/**
 * Privacy in the browser build: a tour of every page (and the composer) makes no request outside the app's own
 * origin, the built page carries the CSP that limits connections to the app, and the Datenschutz page says what is
 * stored where and lets the admin set and apply retention periods.
 */
import type { Locator, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

const PAGES = [
  ['Kalender', 'November 2026'],
  ['Freigaben', 'Freigaben'],
  ['Kampagnen', 'Kampagnen'],
  ['Einwilligungen', 'Einwilligungen'],
  ['Export', 'Export'],
  ['Protokoll', 'Protokoll'],
  ['Einstellungen', 'Einstellungen'],
  ['Datenschutz', 'Datenschutz'],
] as const;

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name, exact: true });
}

/** Every request the page makes, whatever its origin (the harness only sees the foreign ones, to block them). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(request.url()));
  return urls;
}

function outsideApp(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    const parsed = new URL(url);
    return parsed.origin !== origin && parsed.protocol !== 'data:' && parsed.protocol !== 'blob:';
  });
}

describe('privacy', () => {
  it('makes no request outside the app on a tour of every page, and the CSP limits connections to the app', async () => {
    const desk = await suite.open();
    const { page } = desk;
    const origin = new URL(page.url()).origin;
    const requests = recordRequests(page);

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);

    await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
    const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await composer.getByLabel('Titel').fill('Bürgersprechstunde');
    await composer.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
    await composer
      .getByLabel('Text für alle Netzwerke')
      .fill('Mehr unter https://www.example.org/sprechstunde');
    await composer.getByRole('button', { name: 'Speichern', exact: true }).click();
    await composer.waitFor({ state: 'detached' });

    for (const [entry, heading] of PAGES) {
      await nav(page, entry).click();
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
    }
    await page.reload();
    await nav(page, 'Datenschutz').click();
    await page.getByRole('heading', { level: 1, name: 'Datenschutz' }).waitFor();

    expect(requests.length).toBeGreaterThan(0);
    expect(outsideApp(requests, origin)).toEqual([]);
    expect(desk.foreignRequests).toEqual([]);
  });

  it('says on the Datenschutz page what is stored where, and lets the admin set and apply retention', async () => {
    const { page } = await suite.open();
    await nav(page, 'Datenschutz').click();
    const stored = page.getByRole('table', { name: 'Was wird wo gespeichert?' });
    await stored.waitFor();
    for (const row of ['Beiträge', 'Profile', 'Schlüssel', 'Prüfprotokoll', 'Sicherungen']) {
      await stored.getByRole('rowheader', { name: row }).waitFor();
    }
    await page.getByText(/Nichts verlässt das Gerät/).waitFor();

    const posts = page.getByLabel('Abgeschlossene Beiträge (Monate)');
    await posts.fill('-1');
    await page.getByRole('button', { name: 'Aufbewahrung speichern' }).click();
    await page.getByText(/zwischen 0 und 120/).waitFor();
    expect(await posts.getAttribute('aria-invalid')).toBe('true');

    await posts.fill('24');
    await page.getByLabel('Kommentare (Monate)').fill('12');
    await page.getByRole('button', { name: 'Aufbewahrung speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Aufbewahrung wurde gespeichert.' }).waitFor();

    await page.getByRole('button', { name: 'Jetzt anwenden' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Angewendet: Es gab nichts zu löschen oder zu anonymisieren.' })
      .waitFor();

    await page.reload();
    await nav(page, 'Datenschutz').click();
    await expect.poll(() => page.getByLabel('Abgeschlossene Beiträge (Monate)').inputValue()).toBe('24');
    expect(await page.getByLabel('Kommentare (Monate)').inputValue()).toBe('12');

    await page.getByRole('button', { name: 'Zum Einwilligungsregister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einwilligungen' }).waitFor();
  });
});
