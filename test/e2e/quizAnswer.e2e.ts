/**
 * The quiz template on a new post whose networks are not chosen yet: the answer post is not dropped. The
 * composer says it waits, and creates it as soon as the post is saved with a network; closing before that says
 * that it was not created.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });

async function applyQuiz(page: Page, day: string): Promise<Locator> {
  await page.locator(`[role="cell"][data-date="${day}"]`).click({ position: { x: 60, y: 60 } });
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByRole('button', { name: 'Vorlage verwenden' }).click();
  const templates = page.getByRole('dialog', { name: 'Vorlage verwenden' });
  await templates.getByLabel('Vorlage').selectOption({ label: 'Quiz' });
  await templates.getByRole('textbox', { name: 'Frage' }).fill('Wie viele Brücken hat unsere Stadt?');
  await templates.getByRole('textbox', { name: /Antwortmöglichkeiten/ }).fill('12\n27\n41');
  await templates.getByRole('textbox', { name: 'Richtige Antwort' }).fill('B) 27');
  await templates.getByLabel(/^Datum der Auflösung/).fill('2026-12-10');
  expect(
    await templates.getByRole('checkbox', { name: 'Auflösung als zweiten Beitrag anlegen' }).isChecked(),
  ).toBe(true);
  await templates.getByRole('button', { name: 'Übernehmen' }).click();
  await templates.waitFor({ state: 'detached' });
  await dialog
    .getByRole('status')
    .filter({ hasText: 'Die Auflösung des Quiz ist noch nicht angelegt' })
    .waitFor();
  return dialog;
}

/** The stored posts as [title, scheduledAt], read from the desk's IndexedDB. */
const storedPosts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<[string, string | null][]>((resolve, reject) => {
        const request = indexedDB.open('civic-desk');
        request.onerror = () => reject(new Error('database not opened'));
        request.onsuccess = () => {
          const all = request.result.transaction('posts').objectStore('posts').getAll();
          all.onsuccess = () => {
            const posts = all.result as { title: string; scheduledAt: string | null }[];
            request.result.close();
            resolve(posts.map((post) => [post.title, post.scheduledAt]));
          };
        };
      }),
  );

describe('quiz answer on a new post', () => {
  it('creates the answer once the post is saved with a network', async () => {
    const { page } = await suite.open();
    const dialog = await applyQuiz(page, '2026-12-03');
    await dialog.getByRole('checkbox', { name: 'Instagram', exact: true }).check();
    await page.getByText('Die Auflösung wurde als Entwurf für den 10.12.2026 angelegt.').waitFor();
    await expect
      .poll(() => dialog.getByText('Die Auflösung des Quiz ist noch nicht angelegt').count())
      .toBe(0);
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await storedPosts(page)).toContainEqual([
      'Quiz-Auflösung: Wie viele Brücken hat unsere Stadt?',
      '2026-12-10T10:00:00+01:00',
    ]);
  });

  it('says so when the composer closes before the post can carry the answer', async () => {
    const { page } = await suite.open();
    page.once('dialog', (question) => void question.accept());
    const dialog = await applyQuiz(page, '2026-12-02');
    await dialog.getByRole('button', { name: /^Schlie(ß|ss)en$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Die Auflösung des Quiz wurde nicht angelegt/).waitFor();
  });
});
