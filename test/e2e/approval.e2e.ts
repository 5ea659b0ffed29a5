/**
 * Approval with two profiles on one desk: the admin from the set-up writes and submits, "Paula Prüfer" (approver)
 * asks for changes, approves with a signature that verifies; a changed comma voids the approval (recorded in the
 * audit log) and Paula approves again. The derived approval lets the export take the post; once its stored text
 * is changed behind the desk's back (status still approved), it shows "Nicht freigegeben" with the reason and stays
 * behind.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_SETUP, useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });
const EDITOR = DEFAULT_SETUP.admin;
const APPROVER = 'Paula Prüfer';
const TITLE = 'Quiz der Woche';

async function switchTo(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Profil: ${from}` }).click();
  await page.getByRole('menuitem', { name: `Wechseln zu ${to}` }).click();
  await page.getByRole('button', { name: `Profil: ${to}` }).waitFor();
}

/** The editor opens the post from the queue (review dialog → edit). */
async function openPost(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Freigaben' })
    .click();
  await page.getByRole('main').getByRole('button', { name: TITLE }).first().click();
  await page
    .getByRole('dialog', { name: `Freigabe: ${TITLE}` })
    .getByRole('button', { name: 'Beitrag bearbeiten' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await dialog.waitFor();
  return dialog;
}

async function tickAllAndSubmit(dialog: Locator): Promise<void> {
  const boxes = dialog.locator('.cd-checklist input[type="checkbox"]');
  for (let index = 0; index < (await boxes.count()); index += 1) {
    const box = boxes.nth(index);
    if (!(await box.isChecked())) {
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
  }
  const submit = dialog.getByRole('button', { name: 'Zur Freigabe einreichen' });
  await expect.poll(() => submit.isEnabled()).toBe(true);
  await submit.click();
  await dialog.waitFor({ state: 'detached' });
}

async function openReview(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Freigaben' })
    .click();
  const waiting = page.locator('section', {
    has: page.getByRole('heading', { name: 'Wartet auf meine Freigabe' }),
  });
  await waiting.getByRole('button', { name: TITLE }).click();
  const dialog = page.getByRole('dialog', { name: `Freigabe: ${TITLE}` });
  await dialog.waitFor();
  return dialog;
}

describe('approval with two profiles', () => {
  it('runs submit → request changes → edit → approve → an edit voids it → approve again', async () => {
    const { page } = await suite.open();

    // The admin adds the approver.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Einstellungen' })
      .click();
    await page.getByRole('button', { name: 'Profil hinzufügen' }).click();
    await page.getByLabel('Name', { exact: true }).fill(APPROVER);
    await page.getByRole('checkbox', { name: 'Freigabe', exact: true }).check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByText(`Profil „${APPROVER}“ gespeichert.`).waitFor();

    // The editor writes, ticks the checklist and submits.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Kalender' })
      .click();
    await page.locator('[role="cell"][data-date="2026-12-03"]').click({ position: { x: 60, y: 60 } });
    let composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await composer.getByLabel('Titel').fill(TITLE);
    await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    await composer
      .getByLabel('Text für alle Netzwerke')
      .fill('Wie viele Brücken hat unsere Stadt? Antworten bis Montag.');
    await tickAllAndSubmit(composer);

    // The approver asks for changes with a note.
    await switchTo(page, EDITOR, APPROVER);
    let review = await openReview(page);
    await review.getByText('Erste Prüfung: Der gesamte Inhalt ist neu.').waitFor();
    await review.getByRole('button', { name: 'Änderungen anfordern' }).click();
    await review.getByText('Bitte beschreiben Sie, was geändert werden soll.').waitFor();
    await review.getByLabel('Begründung für die erbetenen Änderungen').fill('Bitte Freitag statt Montag.');
    await review.getByRole('button', { name: 'Änderungen anfordern' }).click();
    await review.getByText('Status: Änderungen erbeten').waitFor();
    await review.getByRole('button', { name: 'Schließen' }).click();

    // The editor sees the note, edits and resubmits.
    await switchTo(page, APPROVER, EDITOR);
    composer = await openPost(page);
    await composer.getByText('Erbetene Änderungen: Bitte Freitag statt Montag.').waitFor();
    await composer
      .getByLabel('Text für alle Netzwerke')
      .fill('Wie viele Brücken hat unsere Stadt? Antworten bis Freitag.');
    await tickAllAndSubmit(composer);

    // The approver sees the changed word and approves; the signature verifies.
    await switchTo(page, EDITOR, APPROVER);
    review = await openReview(page);
    await review.locator('ins', { hasText: 'Freitag' }).first().waitFor();
    await review.locator('del', { hasText: 'Montag' }).first().waitFor();
    await review.getByRole('button', { name: 'Freigeben' }).click();
    await review.getByText('✓ Signatur gültig').waitFor();
    await review.getByRole('button', { name: 'Schließen' }).click();

    // The editor changes a comma: the approval is void, the post is back in review.
    await switchTo(page, APPROVER, EDITOR);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Kalender' })
      .click();
    composer = await openPost(page);
    await composer
      .page()
      .getByText('Dieser Beitrag ist freigegeben. Jede Änderung am Inhalt hebt die Freigabe auf.')
      .waitFor();
    await composer
      .getByLabel('Text für alle Netzwerke')
      .fill('Wie viele Brücken hat unsere Stadt? Antworten, bis Freitag.');
    await page.getByText(/Ihre Änderung hat die Freigabe aufgehoben/).waitFor();
    await page.getByText('Status: In Prüfung').first().waitFor();
    await composer.getByRole('button', { name: 'Schließen' }).last().click();
    await composer.waitFor({ state: 'detached' });
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Protokoll' })
      .click();
    await page.getByRole('rowheader', { name: 'Freigabe aufgehoben' }).waitFor();

    // The approver approves again.
    await switchTo(page, EDITOR, APPROVER);
    review = await openReview(page);
    await review.getByRole('button', { name: 'Freigeben' }).click();
    await review.getByText('✓ Signatur gültig').waitFor();
    await review.getByText('Status: Freigegeben').waitFor();
    await review.getByRole('button', { name: 'Schließen' }).click();

    // The derived approval holds: the export takes the post.
    await switchTo(page, APPROVER, EDITOR);
    const exportPage = async () => {
      await page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('button', { name: 'Export' })
        .click();
      await page.getByLabel('Von').fill('2026-12-01');
      await page.getByLabel('Bis').fill('2026-12-07');
    };
    await exportPage();
    const included = page.locator('section', {
      has: page.getByRole('heading', { name: /^Wird exportiert/u }),
    });
    const excluded = page.locator('section', { has: page.getByRole('heading', { name: /^Bleibt hier/u }) });
    await included.getByText(TITLE).waitFor();

    // The stored text is changed behind the desk's back (status still "approved", the old signature kept).
    await page.evaluate(
      ({ title }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('civic-desk');
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const store = request.result.transaction('posts', 'readwrite').objectStore('posts');
            const all = store.getAll();
            all.onsuccess = () => {
              const post = (all.result as { title: string; variants: { text: string }[] }[]).find(
                (candidate) => candidate.title === title,
              );
              if (!post) return reject(new Error('post not found'));
              post.variants = post.variants.map((variant) => ({ ...variant, text: 'Heute Eintritt frei!' }));
              const put = store.put(post);
              put.onsuccess = () => {
                request.result.close();
                resolve();
              };
              put.onerror = () => reject(new Error(String(put.error)));
            };
          };
        }),
      { title: TITLE },
    );
    // Dexie neither sees nor caches past a raw IndexedDB write: the desk is opened again, as after a restart.
    await page.reload();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    const event = page.locator('.cd-post', { hasText: TITLE }).first();
    await event.locator('.cd-not-approved', { hasText: 'Nicht freigegeben' }).waitFor();
    await expect
      .poll(() => event.locator('.cd-not-approved').getAttribute('title'))
      .toContain('Der Inhalt wurde nach der Freigabe für Schritt 1 geändert.');
    await exportPage();
    await excluded.getByText(TITLE).waitFor();
    await excluded.getByText(/Der Inhalt wurde nach der Freigabe für Schritt 1 geändert/u).waitFor();
    expect(await included.getByText(TITLE).count()).toBe(0);
  });
});
