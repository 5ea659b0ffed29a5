/**
 * A job advertisement scheduled after its own application deadline: the composer shows a blocking finding and the
 * gate keeps the post from review, so the export page leaves it behind; once the editor overrides the finding with
 * a written reason, the approver sees the finding with that reason in the review, approves, and the export takes it.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_SETUP, useDeskSuite } from './harness';
import {
  addApprover,
  eventOf,
  nav,
  openReview,
  submitForReview,
  switchProfile,
  tickEveryItem,
} from './deskSteps';

// Wednesday 25 November 2026: the export page opens on Monday 30 November to Sunday 6 December.
const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });
const EDITOR = DEFAULT_SETUP.admin;
const APPROVER = 'Paula Prüfer';
const TITLE = 'Stelle: Sachbearbeitung Bauamt';
const FINDING = 'Der Beitrag erscheint am 03.12.2026, nach dem Bewerbungsschluss am 01.12.2026.';
const NOTHING = 'Im gewählten Zeitraum gibt es keine Beiträge, die exportiert werden können.';
const REASON = 'Die Frist wurde verlängert, die Ausschreibung wird gerade angepasst.';

/** A new post on 3 December from the job template, with the application deadline on 1 December. */
async function lateJobPost(page: Page): Promise<Locator> {
  await nav(page, 'Kalender').click();
  await page.locator('[role="cell"][data-date="2026-12-03"]').click({ position: { x: 60, y: 60 } });
  const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await composer.getByRole('button', { name: 'Vorlage verwenden' }).click();
  const templates = page.getByRole('dialog', { name: 'Vorlage verwenden' });
  await templates.getByLabel('Vorlage').selectOption({ label: 'Stellenanzeige' });
  await templates.getByRole('textbox', { name: 'Stellenbezeichnung' }).fill('Sachbearbeitung Bauamt');
  await templates.getByRole('textbox', { name: 'Amt oder Abteilung' }).fill('Bauamt');
  await templates.getByLabel(/^Bewerbungsschluss/).fill('2026-12-01');
  await templates
    .getByRole('textbox', { name: 'Link zur Stellenausschreibung' })
    .fill('https://example.de/stellen/7');
  await templates.getByRole('button', { name: 'Übernehmen' }).click();
  await templates.waitFor({ state: 'detached' });
  await composer.getByLabel('Titel').fill(TITLE);
  await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  return composer;
}

describe('recruiting post after its application deadline', () => {
  it('is blocked in the composer and left behind by the export', async () => {
    const { page } = await suite.open();
    await addApprover(page, APPROVER);
    const composer = await lateJobPost(page);
    await composer.getByText(FINDING, { exact: false }).first().waitFor();
    await composer
      .getByRole('status')
      .filter({ hasText: 'Noch nicht einreichbar: 1 blockierender Befund ohne Begründung' })
      .waitFor();
    expect(await composer.getByRole('button', { name: 'Zur Freigabe einreichen' }).isDisabled()).toBe(true);
    await composer.getByRole('button', { name: 'Speichern', exact: true }).click();
    await composer.waitFor({ state: 'detached' });

    await nav(page, 'Export').click();
    const left = page.getByRole('region', { name: 'Bleibt hier (1)' }).getByRole('listitem');
    await expect.poll(() => left.textContent()).toContain(TITLE);
    expect(await left.textContent()).toContain('Nicht freigegeben');
    await page.getByText(NOTHING).waitFor();
  });

  it('goes out once overridden with a reason, which the approver sees before approving', async () => {
    const { page } = await suite.open();
    await nav(page, 'Kalender').click();
    await eventOf(page, TITLE).click();
    const composer = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    const finding = composer.getByRole('listitem').filter({ hasText: FINDING });
    await finding.getByRole('button', { name: 'Begründet übergehen' }).click();
    await composer.getByLabel(/Begründung für/).fill(REASON);
    await composer.getByRole('button', { name: 'Begründung speichern' }).click();
    await composer.getByText(`Übergangen: ${REASON}`, { exact: false }).waitFor();
    await tickEveryItem(composer);
    await submitForReview(composer);

    await switchProfile(page, EDITOR, APPROVER);
    const review = await openReview(page, TITLE);
    // In the review's list of every finding: blocking, the rule by name, and who overrode it, when and why.
    const seen = review
      .getByRole('list', { name: 'Alle Befunde' })
      .getByRole('listitem')
      .filter({ hasText: FINDING });
    await seen.getByText(`Übergangen von ${EDITOR} am`, { exact: false }).waitFor();
    const seenText = await seen.textContent();
    expect(seenText).toContain('Blockiert · Bewerbungsschluss · Facebook');
    expect(seenText).toContain(`Begründung: „${REASON}“`);
    await review.getByRole('button', { name: 'Freigeben' }).click();
    await review.getByText('Status: Freigegeben').waitFor();
    await review
      .getByRole('button', { name: /^Schlie(ß|ss)en$/ })
      .first()
      .click();
    await switchProfile(page, APPROVER, EDITOR);

    await nav(page, 'Export').click();
    await page.getByRole('region', { name: 'Wird exportiert (1)' }).getByText(TITLE).waitFor();
  });
});
