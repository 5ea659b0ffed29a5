/**
 * Accessibility of the app's own UI (BITV 2.0 / EN 301 549 / WCAG 2.1 AA): axe-core with the WCAG 2.0 and 2.1 A
 * and AA rules on every main screen (set-up, profile question, calendar month / week / list, composer with a
 * variant and findings, review queue and dialog, export, audit, campaigns, consents, settings, Datenschutz), zero
 * violations; moving a post by keyboard only (the composer's date and time fields are the keyboard alternative to
 * dragging); visible focus; reduced motion. See docs/accessibility.md.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETUP, enterDesk, useDeskSuite } from './harness';

// Wednesday 25 November 2026.
const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00'), setup: false });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TITLE = 'Sprechstunde im Bürgerbüro';

/** The violations on the page as short lines (rule, impact, first elements), so a failure says what to fix. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (violation) =>
      `${screen}: ${violation.id} (${violation.impact ?? '?'}) ${violation.help} → ` +
      violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ') +
      ` (${violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''})`,
  );
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect.soft(await violations(page, screen)).toEqual([]);
}

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name, exact: true });
}

async function tickChecklist(dialog: Locator): Promise<void> {
  const boxes = dialog.locator('.cd-checklist input[type="checkbox"]');
  for (let index = 0; index < (await boxes.count()); index += 1) {
    const box = boxes.nth(index);
    if (!(await box.isChecked())) {
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
  }
}

/** What the focus should reach: a tag, and optionally a role, an input type and a text it contains. */
interface FocusTarget {
  tag: string;
  role?: string;
  type?: string;
  text?: string;
}

/** Presses Tab until the focused element is `target`, as a keyboard user would (at most 150 presses). */
async function tabTo(page: Page, target: FocusTarget): Promise<void> {
  for (let presses = 0; presses < 150; presses += 1) {
    const reached = await page.evaluate(({ tag, role, type, text }) => {
      const active = document.activeElement;
      if (active === null || active.tagName.toLowerCase() !== tag) return false;
      if (role !== undefined && active.getAttribute('role') !== role) return false;
      if (type !== undefined && active.getAttribute('type') !== type) return false;
      return text === undefined || active.textContent.includes(text);
    }, target);
    if (reached) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

describe('accessibility', () => {
  it('set-up and profile question', async () => {
    const { page } = await suite.open();
    await page.getByRole('heading', { level: 1, name: 'Civic Desk einrichten' }).waitFor();
    await expectNoViolations(page, 'set-up');
    await enterDesk(page);

    await page.getByRole('button', { name: `Profil: ${DEFAULT_SETUP.admin}` }).click();
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wer arbeitet gerade?' }).waitFor();
    await expectNoViolations(page, 'profile question');
    await enterDesk(page);
  });

  it('composer with a variant and findings, then calendar month, week and list', async () => {
    const { page } = await suite.open();
    await enterDesk(page);
    await page.locator('[role="cell"][data-date="2026-11-26"]').click({ position: { x: 60, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await dialog.getByLabel('Titel').fill(TITLE);
    await dialog.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'X', exact: true }).check();
    await dialog
      .getByLabel('Text für alle Netzwerke')
      .fill(
        'KOMMEN SIE VORBEI!!! Die Sprechstunde im Bürgerbüro ist am Donnerstag von 10 bis 12 Uhr. #buergerbuero',
      );
    await dialog.getByRole('checkbox', { name: 'Alle Netzwerke gleich halten' }).uncheck();
    await dialog.getByRole('tab', { name: 'LinkedIn' }).click();
    await dialog
      .getByLabel('Text für LinkedIn')
      .fill('Die Sprechstunde im Bürgerbüro ist am Donnerstag von 10 bis 12 Uhr. Wir freuen uns auf Sie!!!');
    await dialog
      .getByText(/in Großbuchstaben/)
      .first()
      .waitFor();
    await dialog
      .getByText(/Mehrere Ausrufezeichen/)
      .first()
      .waitFor();
    await expectNoViolations(page, 'composer');
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    await expectNoViolations(page, 'calendar month');
    await page.getByRole('tab', { name: 'Wochenansicht' }).click();
    await page.locator('[role="columnheader"][data-date="2026-11-26"]').waitFor();
    await expectNoViolations(page, 'calendar week');
    await page.getByRole('tab', { name: 'Liste' }).click();
    await page.getByText(TITLE).first().waitFor();
    await expectNoViolations(page, 'calendar list');
    await page.getByRole('tab', { name: 'Monatsansicht' }).click();
  });

  it('review queue and review dialog', async () => {
    const { page } = await suite.open();
    await enterDesk(page);
    await page.getByText(TITLE).first().click();
    const composer = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    await composer
      .getByLabel('Text für alle Netzwerke')
      .fill('Die Sprechstunde im Bürgerbüro ist am Donnerstag.');
    // LinkedIn has its own text (and X still the old one): linking again asks before replacing them.
    await composer.getByRole('checkbox', { name: 'Alle Netzwerke gleich halten' }).click();
    await composer
      .getByRole('group', {
        name: /^Die eigenen Texte für LinkedIn(, X)? werden durch den Text für alle Netzwerke ersetzt/,
      })
      .waitFor();
    await expectNoViolations(page, 'composer, relinking');
    await composer.getByRole('button', { name: 'Texte ersetzen' }).click();
    expect(await composer.getByRole('checkbox', { name: 'Alle Netzwerke gleich halten' }).isChecked()).toBe(
      true,
    );
    await tickChecklist(composer);
    const submit = composer.getByRole('button', { name: 'Zur Freigabe einreichen' });
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await composer.waitFor({ state: 'detached' });

    await nav(page, 'Freigaben').click();
    await page.getByRole('heading', { level: 1, name: 'Freigaben' }).waitFor();
    await page.getByRole('main').getByRole('button', { name: TITLE }).first().waitFor();
    await expectNoViolations(page, 'review queue');
    await page.getByRole('main').getByRole('button', { name: TITLE }).first().click();
    await page.getByRole('dialog', { name: `Freigabe: ${TITLE}` }).waitFor();
    await expectNoViolations(page, 'review dialog');
  });

  it('export, audit, campaigns, consents, settings and Datenschutz pages', async () => {
    const { page } = await suite.open();
    await enterDesk(page);
    const pages = [
      ['Export', 'Export'],
      ['Protokoll', 'Protokoll'],
      ['Kampagnen', 'Kampagnen'],
      ['Einwilligungen', 'Einwilligungen'],
      ['Einstellungen', 'Einstellungen'],
      ['Datenschutz', 'Datenschutz'],
    ] as const;
    for (const [entry, heading] of pages) {
      await nav(page, entry).click();
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      await expectNoViolations(page, entry);
    }
  });
  it('moves a post to another day by keyboard only, with a visible focus ring on the way', async () => {
    const { page } = await suite.open();
    await enterDesk(page);
    await page.getByRole('heading', { name: 'November 2026' }).waitFor();
    // From the top of the page, Tab to the post in the calendar (FullCalendar events are focusable buttons).
    await page.locator('body').focus();
    await tabTo(page, { tag: 'div', role: 'button', text: TITLE });
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    // Enter opens the post; its date field is the keyboard alternative to dragging.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    await dialog.waitFor();
    await tabTo(page, { tag: 'input', type: 'date' });
    // 11 November: the same keys whether the browser orders the field day-month or month-day.
    await page.keyboard.type('11112026');
    expect(await dialog.getByLabel('Datum').inputValue()).toBe('2026-11-11');
    await tabTo(page, { tag: 'button', text: 'Speichern' });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const moved = page.locator('[role="cell"][data-date="2026-11-11"]').getByText(TITLE);
    await moved.waitFor();
    expect(await page.locator('[role="cell"][data-date="2026-11-26"]').getByText(TITLE).count()).toBe(0);
  });

  it('turns transitions off for reduced motion and keeps the focus ring in forced colours', async () => {
    const { page } = await suite.open();
    await enterDesk(page);
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button').first();
    await nav.focus();
    await page.keyboard.press('Tab');
    const styles = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { transition: style.transitionDuration, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(Number.parseFloat(styles.transition)).toBeLessThan(0.001);
    expect(styles.outline).toBe('solid');
    expect(Number.parseFloat(styles.width)).toBeGreaterThanOrEqual(2);
  });
});
