/**
 * The weekly Instagram quiz as a series: every Thursday at 10:00 for a quarter, created from the composer; one
 * occurrence edited alone keeps its change when the whole series is changed; after a reload all of it is there.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDeskSuite } from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const suite = useDeskSuite({ now: NOW });

/** The desk opens on November 2026; the series runs from December. */
async function showDecember(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nächster Monat' }).click();
  await page.getByRole('heading', { name: 'Dezember 2026' }).waitFor();
}

const event = (page: Page, date: string, title: string) =>
  page.locator(`[role="cell"][data-date="${date}"] [role="listitem"]`, { hasText: title });

describe('weekly quiz series', () => {
  it('creates 13 Thursday posts at 10:00 from one draft', async () => {
    const { page } = await suite.open();
    await page.locator('[role="cell"][data-date="2026-12-03"]').click({ position: { x: 60, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill('Quiz der Woche');
    await dialog.getByRole('checkbox', { name: 'Instagram', exact: true }).check();
    await dialog.getByLabel('Text für alle Netzwerke').fill('Wie gut kennen Sie Musterhausen? #QuizDerWoche');
    await dialog.getByRole('button', { name: 'Als Serie wiederholen' }).click();
    await dialog.getByText('13 Termine von Do., 03.12.2026 bis Do., 25.02.2027').waitFor();
    await dialog.getByRole('button', { name: 'Serie anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await showDecember(page);

    for (const date of ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-31']) {
      await event(page, date, 'Quiz der Woche').waitFor();
      expect(await event(page, date, 'Quiz der Woche').innerText()).toContain('10:00');
    }
    // The December grid shows five Thursdays of the series and the first of January.
    expect(await page.locator('[role="listitem"]', { hasText: 'Quiz der Woche' }).count()).toBe(6);
  });

  it('edits one occurrence alone, then changes the whole series: the edited one keeps its change', async () => {
    const { page } = await suite.open();
    await showDecember(page);
    await event(page, '2026-12-17', 'Quiz der Woche').click();
    let dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    await dialog.getByText('Dieser Beitrag gehört zu einer Serie').waitFor();
    await dialog.getByLabel('Titel').fill('Quiz der Woche: Weihnachtsspezial');
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await event(page, '2026-12-17', 'Weihnachtsspezial').waitFor();

    await event(page, '2026-12-10', 'Quiz der Woche').click();
    dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    await dialog.getByLabel('Titel').fill('Quiz: Musterhausen');
    await dialog.getByRole('button', { name: 'Änderungen auf alle Termine der Serie übertragen' }).click();
    await dialog.waitFor({ state: 'detached' });

    for (const date of ['2026-12-03', '2026-12-10', '2026-12-24', '2026-12-31']) {
      await event(page, date, 'Quiz: Musterhausen').waitFor();
    }
    await event(page, '2026-12-17', 'Weihnachtsspezial').waitFor();
  });

  it('finds the series and the single edit again after a reload', async () => {
    const { page } = await suite.open();
    await showDecember(page);
    await event(page, '2026-12-17', 'Weihnachtsspezial').waitFor();
    await event(page, '2026-12-24', 'Quiz: Musterhausen').waitFor();
    await page.getByRole('button', { name: 'Nächster Monat' }).click();
    await event(page, '2027-01-07', 'Quiz: Musterhausen').waitFor();
    expect(await page.getByText('Quiz: Musterhausen').count()).toBeGreaterThanOrEqual(4);
  });

  it('fills one occurrence from the Quiz template: the answer comes as a second post, the series stays', async () => {
    const { page } = await suite.open();
    await showDecember(page);
    await page.getByRole('button', { name: 'Nächster Monat' }).click();
    await page.getByRole('heading', { name: 'Januar 2027' }).waitFor();
    await event(page, '2027-01-14', 'Quiz: Musterhausen').click();
    const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    await dialog.getByText('Dieser Beitrag gehört zu einer Serie').waitFor();

    await dialog.getByRole('button', { name: 'Vorlage verwenden' }).click();
    const picker = page.getByRole('dialog', { name: 'Vorlage verwenden' });
    await picker.getByLabel('Vorlage', { exact: true }).selectOption({ label: 'Quiz' });
    await picker.getByRole('textbox', { name: 'Frage' }).fill('Wie viele Brücken hat Musterhausen?');
    await picker.getByRole('textbox', { name: 'Antwortmöglichkeiten (eine pro Zeile)' }).fill('12\n27\n41');
    await picker.getByRole('textbox', { name: 'Richtige Antwort' }).fill('27');
    await picker.getByLabel(/^Datum der Auflösung/).fill('2027-01-18');
    await picker.getByRole('button', { name: 'Übernehmen' }).click();
    await picker.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await event(page, '2027-01-14', 'Quiz: Wie viele Brücken hat Musterhausen?').waitFor();
    const answer = event(page, '2027-01-18', 'Quiz-Auflösung: Wie viele Brücken hat Musterhausen?');
    await answer.waitFor();
    expect(await answer.innerText()).toContain('10:00');
    await event(page, '2027-01-21', 'Quiz: Musterhausen').waitFor(); // the other dates keep the series' text
  });
});
