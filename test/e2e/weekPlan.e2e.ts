/**
 * The printed week plan over three weeks, in Chromium: the PDF (read back page by page) has each week on pages of
 * its own, every page with the week's running header, the print date and "Seite n von m"; in print layout only the
 * plan shows, every week with its heading and every post with its status
 * in words (drafts too), the running header, print date and page numbers as page rules, and no background.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDeskSuite } from './harness';
import { pdfPageTexts } from './pdfText';
import { seedPosts, setUpDesk } from './seedPosts';

// Wednesday 25 November 2026: the export page opens on Monday 30 November to Sunday 6 December.
const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00'), setup: false });

const POSTS = [
  { title: 'Adventsmarkt im Rathaus', date: '2026-12-01', time: '09:30', status: 'draft' },
  { title: 'Sprechstunde Bürgermeisterin', date: '2026-12-04', time: '14:00', status: 'in_review' },
  { title: 'Wochenmarkt am Samstag', date: '2026-12-09', time: '08:00', status: 'changes_requested' },
  { title: 'Konzert der Musikschule', date: '2026-12-17', time: '18:00', status: 'draft' },
  { title: 'Abfallkalender 2027', date: '2026-12-20', time: '10:00', status: 'in_review' },
] as const;

const STATUS_WORDS = { draft: 'Entwurf', in_review: 'In Prüfung', changes_requested: 'Änderungen erbeten' };

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name, exact: true });
}

/** Pages of a PDF as Chromium writes them: one `/Type /Page` dictionary per page. */
function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('printed week plan', () => {
  it('prints every week of a three-week range with every post and its status, on clean pages', async () => {
    const { page } = await suite.open();
    await setUpDesk(page);
    await seedPosts(page, POSTS);
    await nav(page, 'Export').click();
    await page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
    await page.getByLabel('Bis').fill('2026-12-20');
    await page.getByRole('radio', { name: 'Wochenplan zum Ausdrucken (A4 quer)' }).check();
    const preview = page.getByRole('region', { name: 'Vorschau des Wochenplans' });
    await preview.getByRole('heading', { name: /^Wochenplan KW 51\/2026/ }).waitFor();

    await page.emulateMedia({ media: 'print' });
    // Only the plan is laid out in print; each week heads its own part, every post shows its status in words.
    for (const week of [49, 50, 51]) {
      await expect
        .poll(() =>
          preview.getByRole('heading', { name: `Wochenplan KW ${week}/2026 – Bezirksamt Mitte` }).isVisible(),
        )
        .toBe(true);
    }
    expect(await nav(page, 'Export').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Export', level: 1 }).isVisible()).toBe(false);
    for (const post of POSTS) {
      const item = preview.getByRole('listitem').filter({ hasText: post.title });
      expect(await item.isVisible()).toBe(true);
      expect(await item.textContent()).toContain(`${post.time} ${STATUS_WORDS[post.status]} ${post.title}`);
    }
    // Each week after the first starts a new page; nothing on the way to the plan has a background.
    const layout = await page.evaluate(() => {
      const weeks = [...document.querySelectorAll('.cd-weekplan-week')];
      const painted: string[] = [];
      let element: Element | null = document.querySelector('.cd-weekplan-table td');
      for (; element !== null; element = element.parentElement) {
        const style = getComputedStyle(element);
        const colour = style.backgroundColor;
        const clear =
          colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent' || colour === 'rgb(255, 255, 255)';
        if (!clear || style.backgroundImage !== 'none')
          painted.push(`${element.tagName}.${element.className}`);
      }
      const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
      const pageRules = sheets.flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText),
      );
      return {
        breaks: weeks.map((week) => getComputedStyle(week).breakBefore),
        pages: weeks.map((week) => getComputedStyle(week).page),
        painted,
        pageRules: pageRules.join('\n'),
        printDate: document.querySelector('.cd-weekplan-printed')?.textContent ?? '',
      };
    });
    expect(layout.breaks.slice(1)).toEqual(['page', 'page']);
    expect(new Set(layout.pages).size).toBe(3);
    expect(layout.painted).toEqual([]);
    expect(layout.pageRules).toContain('counter(page)');
    expect(layout.pageRules).toContain('counter(pages)');
    expect(layout.pageRules).toContain('Gedruckt am 25.11.2026');
    expect(layout.pageRules).toContain('Wochenplan KW 50/2026 – Bezirksamt Mitte');
    expect(layout.printDate).toContain('Gedruckt am 25.11.2026');

    // The PDF as Electron makes it (A4 landscape, backgrounds on): at least a page per week.
    const pdf = await page.pdf({
      landscape: true,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    const pages = pdfPageTexts(pdf);
    expect(pdfPageCount(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Every page: the running header of its week, the print date, and "Seite n von m".
    for (const [index, text] of pages.entries()) {
      expect(text).toMatch(/Wochenplan KW (49|50|51)\/2026 – Bezirksamt Mitte/);
      expect(text).toContain('Gedruckt am 25.11.2026');
      expect(text).toContain(`Seite ${index + 1} von ${pages.length}`);
    }
    // Each week on pages of its own, with its posts and their statuses in words.
    const weekOf = (title: string) => pages.find((text) => text.includes(title)) ?? '';
    for (const post of POSTS) expect(weekOf(post.title)).toContain(STATUS_WORDS[post.status]);
    expect(weekOf('Adventsmarkt im Rathaus')).toContain('KW 49/2026');
    expect(weekOf('Wochenmarkt am Samstag')).toContain('KW 50/2026');
    expect(weekOf('Konzert der Musikschule')).toContain('KW 51/2026');
    await page.emulateMedia({ media: 'screen' });
  });
});
