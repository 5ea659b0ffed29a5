/**
 * The foundation as an editor uses it, in the browser build: open this month in German, create a post by clicking
 * a day, drag it to another day, switch views, filter, schedule a draft from the side list, reload, and restart
 * the browser on the same profile. The laptop's clock says New York; the desk must plan in Berlin time.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useDeskSuite } from './harness';
import { drag } from './pointer';

// The laptop's clock says New York; the organisation plans in Berlin time.
const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00'), timezoneId: 'America/New_York' });

const dayCell = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`);
/** A post in the calendar: the innermost list item with its title (list view nests events in day groups). */
const eventIn = (scope: Locator, title: string) =>
  scope.locator('[role="listitem"]:not(:has([role="listitem"]))', { hasText: title });

/** The texts an element's `aria-describedby` points at. */
function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** The posts in IndexedDB (title and schedule), read with IndexedDB itself. */
function storedPosts(page: Page): Promise<{ title: string; scheduledAt: string | null }[]> {
  return page.evaluate(
    () =>
      new Promise<{ title: string; scheduledAt: string | null }[]>((resolve, reject) => {
        const request = indexedDB.open('civic-desk');
        request.onsuccess = () => {
          const all = request.result.transaction('posts').objectStore('posts').getAll();
          all.onsuccess = () => {
            const posts = all.result as { title: string; scheduledAt: string | null }[];
            resolve(posts.map(({ title, scheduledAt }) => ({ title, scheduledAt })));
            request.result.close();
          };
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
}

describe('editorial calendar in the browser', () => {
  it('opens this month in German, creates a post by clicking a day, and refuses a post without title', async () => {
    const { page } = await suite.open();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    expect(await page.locator('[role="cell"][data-date]').count()).toBe(42);
    expect(await page.getByText('KW48').count()).toBe(1);

    await dayCell(page, '2026-11-26').click({ position: { x: 60, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.getByText('Bitte geben Sie einen Titel ein.').waitFor();
    // Beside the field: the title field is marked invalid and the message is its description.
    const title = dialog.getByLabel('Titel');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(title)).toContain('Bitte geben Sie einen Titel ein.');
    expect(await storedPosts(page)).toEqual([]);

    await dialog.getByLabel('Titel').fill('Quiz der Woche: Brücken');
    await dialog.getByRole('checkbox', { name: 'Instagram', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    expect(await dialog.getByLabel('Datum').inputValue()).toBe('2026-11-26');
    await dialog.getByLabel('Uhrzeit').fill('10:00');
    await dialog
      .getByLabel('Text für alle Netzwerke')
      .fill('Wie viele Brücken hat unsere Stadt? Antwort am Montag.');
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Stored with the organisation's offset (Berlin, +01:00 in November), not the laptop's (New York).
    expect(await storedPosts(page)).toEqual([
      { title: 'Quiz der Woche: Brücken', scheduledAt: '2026-11-26T10:00:00+01:00' },
    ]);

    const event = eventIn(dayCell(page, '2026-11-26'), 'Quiz der Woche: Brücken');
    await event.waitFor();
    const text = await event.innerText();
    expect(text).toContain('10:00'); // Berlin time, although the laptop is in New York
    expect(text).toContain('IG');
    expect(text).toContain('f');
  });

  it('drags the post to another day and keeps it there after a reload', async () => {
    const { page } = await suite.open();
    const event = eventIn(dayCell(page, '2026-11-26'), 'Quiz der Woche: Brücken');
    await event.waitFor();
    await drag(page, event, dayCell(page, '2026-11-19'));
    await eventIn(dayCell(page, '2026-11-19'), 'Quiz der Woche: Brücken').waitFor();
    expect(await eventIn(dayCell(page, '2026-11-26'), 'Quiz der Woche: Brücken').count()).toBe(0);
    // Once stored, the move is announced in the polite live region (Berlin time, the laptop is in New York).
    const status = page.getByRole('status').filter({ hasText: 'verschoben' });
    await status.waitFor();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.innerText()).toBe('„Quiz der Woche: Brücken“ auf Do., 19. Nov., 10:00 verschoben.');

    await page.reload();
    const moved = eventIn(dayCell(page, '2026-11-19'), 'Quiz der Woche: Brücken');
    await moved.waitFor();
    expect(await moved.innerText()).toContain('10:00');
  });

  it('switches to week and list views and filters by network and status', async () => {
    const { page } = await suite.open();
    await eventIn(page.locator('body'), 'Quiz der Woche: Brücken').waitFor();

    await page.getByRole('tab', { name: 'Wochenansicht' }).click();
    await page.getByRole('button', { name: 'Vorherige Woche' }).click();
    await eventIn(page.locator('body'), 'Quiz der Woche: Brücken').waitFor();
    await page.locator('[role="columnheader"][data-date="2026-11-16"]').waitFor();
    await page.locator('[role="columnheader"][data-date="2026-11-22"]').waitFor();
    await page.getByRole('region', { name: 'Redaktionskalender' }).getByText('KW 47').waitFor();

    await page.getByRole('tab', { name: 'Liste' }).click();
    await eventIn(page.locator('body'), 'Quiz der Woche: Brücken').waitFor();

    const filters = page.getByRole('region', { name: 'Filter' });
    await filters.getByRole('checkbox', { name: /LinkedIn/ }).check();
    await expect.poll(() => eventIn(page.locator('body'), 'Quiz der Woche: Brücken').count()).toBe(0);
    await filters.getByRole('checkbox', { name: /Instagram/ }).check();
    await eventIn(page.locator('body'), 'Quiz der Woche: Brücken').waitFor();
    await filters.getByRole('checkbox', { name: 'Freigegeben' }).check();
    await expect.poll(() => eventIn(page.locator('body'), 'Quiz der Woche: Brücken').count()).toBe(0);
    await filters.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await eventIn(page.locator('body'), 'Quiz der Woche: Brücken').waitFor();
  });

  it('keeps a draft without a date beside the calendar and schedules it by dragging it onto a day', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill('Porträt: Bürgerbüro');
    await dialog.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
    await dialog.getByLabel('Datum').fill('');
    await dialog.getByLabel('Uhrzeit').fill('');
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const unscheduled = page.getByRole('region', { name: 'Ohne Termin' });
    const item = unscheduled.getByRole('listitem').filter({ hasText: 'Porträt: Bürgerbüro' });
    await item.waitFor();
    await drag(page, item, dayCell(page, '2026-11-27'));
    const placed = eventIn(dayCell(page, '2026-11-27'), 'Porträt: Bürgerbüro');
    await placed.waitFor();
    expect(await placed.innerText()).toContain('10:00'); // the organisation's default time
    await expect.poll(() => item.count()).toBe(0);
  });

  it('finds everything again after the browser is closed and started on the same profile', async () => {
    const { page } = await suite.open();
    await eventIn(dayCell(page, '2026-11-19'), 'Quiz der Woche: Brücken').waitFor();
    await eventIn(dayCell(page, '2026-11-27'), 'Porträt: Bürgerbüro').waitFor();
    await eventIn(dayCell(page, '2026-11-19'), 'Quiz der Woche: Brücken').click();
    const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    expect(await dialog.getByLabel('Text für alle Netzwerke').inputValue()).toBe(
      'Wie viele Brücken hat unsere Stadt? Antwort am Montag.',
    );
    expect(await dialog.getByRole('checkbox', { name: 'Instagram', exact: true }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'LinkedIn', exact: true }).isChecked()).toBe(false);
  });

  it('shows the public holidays of the region chosen in the settings as background days', async () => {
    const { page } = await suite.open();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByLabel('Land', { exact: true }).selectOption('AT');
    await page.getByLabel('Bundesland oder Kanton (für Feiertage)').selectOption({ label: 'Wien' });
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await nav.getByRole('button', { name: 'Kalender' }).click();
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    await page.getByRole('button', { name: /^Nächste/ }).click();
    await page.getByRole('heading', { name: 'Dezember 2026' }).waitFor();

    // Mariä Empfängnis, 8 December: a day off in Austria, not in Germany. Drawn behind the day, not as a post.
    const holiday = dayCell(page, '2026-12-08').getByText('Mariä Empfängnis');
    await holiday.waitFor();
    expect(await eventIn(dayCell(page, '2026-12-08'), 'Mariä Empfängnis').count()).toBe(0);
    await dayCell(page, '2026-12-25').getByText('Weihnachten').waitFor();
    // "Heute" leads back to this month.
    await page.getByRole('button', { name: 'Heute', exact: true }).click();
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
  });
});
