/**
 * Steps a person takes on the desk, shared by the end-to-end tests: the main navigation, switching profiles,
 * writing a post and submitting it for review, approving it from the queue, reading the export page, and
 * switching crisis mode on.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The required items of the default checklist (their labels in de-DE). */
export const REQUIRED_ITEMS = [
  'Zielgruppe und Ziel sind klar.',
  'Der Inhalt passt zur Zielgruppe.',
  'Der Ton passt zum Thema; kein Humor in einer Krise.',
  'Die Fakten sind geprüft.',
  'Keine personenbezogenen Daten Dritter.',
  'Bildrechte und Einwilligungen sind geklärt.',
] as const;

/** A button of the main navigation. */
export function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name, exact: true });
}

/** A day of the month calendar (`YYYY-MM-DD`). */
export function dayCell(page: Page, day: string): Locator {
  return page.locator(`[role="cell"][data-date="${day}"]`);
}

export async function switchProfile(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Profil: ${from}` }).click();
  await page.getByRole('menuitem', { name: `Wechseln zu ${to}` }).click();
  await page.getByRole('button', { name: `Profil: ${to}` }).waitFor();
}

/** Opens the composer on `day` of the calendar shown and writes a Facebook post; resolves to the composer. */
export async function newPost(page: Page, day: string, title: string, text: string): Promise<Locator> {
  await dayCell(page, day).click({ position: { x: 60, y: 60 } });
  const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await composer.getByLabel('Titel').fill(title);
  await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
  await composer.getByLabel('Text für alle Netzwerke').fill(text);
  return composer;
}

/** Ticks the checklist items named (by default the required ones), each until it shows ticked. */
export async function tickItems(composer: Locator, items: readonly string[] = REQUIRED_ITEMS): Promise<void> {
  for (const item of items) {
    const box = composer.getByRole('checkbox', { name: item });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
}

/** Ticks every item of the composer's checklist that is not ticked yet, each until it shows ticked. */
export async function tickEveryItem(composer: Locator): Promise<void> {
  const boxes = composer.locator('.cd-checklist input[type="checkbox"]');
  for (let index = 0; index < (await boxes.count()); index += 1) {
    const box = boxes.nth(index);
    if (!(await box.isChecked())) {
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
  }
}

/** Submits the post for review once the button allows it, and waits for the composer to close. */
export async function submitForReview(composer: Locator): Promise<void> {
  const submit = composer.getByRole('button', { name: 'Zur Freigabe einreichen' });
  await expect.poll(() => submit.isEnabled()).toBe(true);
  await submit.click();
  await composer.waitFor({ state: 'detached' });
}

/** From the calendar: writes a Facebook post on `day`, ticks every checklist item and submits it for review. */
export async function writeAndSubmit(page: Page, day: string, title: string, text: string): Promise<void> {
  await nav(page, 'Kalender').click();
  const composer = await newPost(page, day, title, text);
  await tickEveryItem(composer);
  await submitForReview(composer);
}

/**
 * The profile shown approves `title` from "Wartet auf meine Freigabe"; the review shows each of `alsoShown` (e.g.
 * the signature's verdict) and the new status before it is closed.
 */
export async function approveFromQueue(
  page: Page,
  title: string,
  alsoShown: readonly string[] = [],
): Promise<void> {
  await nav(page, 'Freigaben').click();
  const waiting = page.locator('section', {
    has: page.getByRole('heading', { name: 'Wartet auf meine Freigabe' }),
  });
  await waiting.getByRole('button', { name: title }).click();
  const review = page.getByRole('dialog', { name: `Freigabe: ${title}` });
  await review.getByRole('button', { name: 'Freigeben' }).click();
  for (const text of alsoShown) await review.getByText(text).waitFor();
  await review.getByText('Status: Freigegeben').waitFor();
  await review.getByRole('button', { name: 'Schließen' }).click();
}

/**
 * The export page, over `range` when given (else the week it opens on): the region of what is exported and the
 * region of what stays behind (their headings carry the counts).
 */
export async function openExport(
  page: Page,
  range?: { from: string; to: string },
): Promise<{ included: Locator; excluded: Locator }> {
  await nav(page, 'Export').click();
  if (range !== undefined) {
    await page.getByLabel('Von').fill(range.from);
    await page.getByLabel('Bis').fill(range.to);
  }
  return {
    included: page.getByRole('region', { name: /^Wird exportiert \(/u }),
    excluded: page.getByRole('region', { name: /^Bleibt hier \(/u }),
  };
}

/** Opens the dialog that switches crisis mode on; resolves to it. */
export async function openCrisisSwitch(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Krisenmodus', exact: true }).click();
  return page.getByRole('dialog', { name: 'Krisenmodus einschalten' });
}

/** Gives the reason in the open crisis switch and switches crisis mode on. */
export async function confirmCrisisSwitch(dialog: Locator, reason: string): Promise<void> {
  await dialog.getByLabel('Grund').fill(reason);
  await dialog.getByRole('button', { name: 'Krisenmodus einschalten' }).click();
  await dialog.waitFor({ state: 'detached' });
}

export async function switchCrisisOn(page: Page, reason: string): Promise<void> {
  await confirmCrisisSwitch(await openCrisisSwitch(page), reason);
}

/** The admin adds a profile with the approver role ("Freigabe") on the settings page. */
export async function addApprover(page: Page, name: string): Promise<void> {
  await nav(page, 'Einstellungen').click();
  await page.getByRole('button', { name: 'Profil hinzufügen' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('checkbox', { name: 'Freigabe', exact: true }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByText(`Profil „${name}“ gespeichert.`).waitFor();
}

/** Opens a post waiting for the current profile's approval from the review queue ("Freigaben"). */
export async function openReview(page: Page, title: string): Promise<Locator> {
  await nav(page, 'Freigaben').click();
  const waiting = page.locator('section', {
    has: page.getByRole('heading', { name: 'Wartet auf meine Freigabe' }),
  });
  await waiting.getByRole('button', { name: title }).click();
  const review = page.getByRole('dialog', { name: `Freigabe: ${title}` });
  await review.waitFor();
  return review;
}

/** A post in the calendar by its title (the innermost visible list item: month view, or the "+n" popover). */
export function eventOf(page: Page, title: string): Locator {
  return page
    .locator('[role="listitem"]:not(:has([role="listitem"]))', { hasText: title })
    .filter({ visible: true })
    .first();
}
