/**
 * The browser figures, in headless Chromium against the bench build (app at /, bench pages at /bench/). Every
 * figure runs `runs` times; data is generated from fixed seeds around today's month (the app opens on today).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type {} from './pages/harness';

export interface Dates {
  /** First day of this month, `YYYY-MM-DD`. */
  monthStart: string;
  monthDays: number;
  /** Two years before this month (the three-year data sets run from here). */
  threeYearsFrom: string;
  /** A mid month inside the three years, for the query figure. */
  queryFrom: string;
  queryTo: string;
  /** Next month's first day and the day a year later: the export's year. */
  exportFrom: string;
  exportTo: string;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function datesAround(today: Date): Dates {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const first = new Date(Date.UTC(year, month, 1));
  return {
    monthStart: iso(first),
    monthDays: new Date(Date.UTC(year, month + 1, 0)).getUTCDate(),
    threeYearsFrom: iso(new Date(Date.UTC(year - 2, month, 1))),
    queryFrom: iso(new Date(Date.UTC(year - 1, month, 1))),
    queryTo: iso(new Date(Date.UTC(year - 1, month + 1, 1))),
    exportFrom: iso(new Date(Date.UTC(year, month + 1, 1))),
    exportTo: iso(new Date(Date.UTC(year + 1, month + 1, 0))),
  };
}

export async function openHarness(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/bench/harness.html`);
  await page.waitForFunction(() => document.title === 'bench ready');
}

/** Milliseconds from navigation start until `selector` is in the DOM (checked every frame). */
export async function timeToSelector(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (wanted) => (document.querySelector(wanted) === null ? 0 : performance.now()),
    selector,
    { polling: 'raf', timeout: 120_000 },
  );
  return await handle.jsonValue();
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Waits until the page has had `ms` without a long task (the checks' first pass after a start, say). */
export async function settle(page: Page, ms = 1500): Promise<void> {
  await page.waitForTimeout(ms);
}

/** The stored `scheduledAt` of the post titled `title` (read with plain IndexedDB, beside the app). */
async function storedScheduleOf(page: Page, title: string): Promise<string | null> {
  return page.evaluate(
    async (wanted) =>
      new Promise<string | null>((done) => {
        const request = indexedDB.open('civic-desk');
        request.onsuccess = () => {
          const cursor = request.result.transaction('posts').objectStore('posts').openCursor();
          let found: string | null = null;
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (current === null) {
              request.result.close();
              done(found);
              return;
            }
            const post = current.value as { title: string; scheduledAt: string | null };
            if (post.title === wanted) found = post.scheduledAt;
            current.continue();
          };
        };
      }),
    title,
  );
}

export interface DropResult {
  /** Pointer up → last DOM change (the move's announcement comes after the save's commit). */
  ms: number;
  /** The new time was found stored (the floor page stores nothing: always false there). */
  saved: boolean;
  /** Pointer up → the polite live region announced the move of this post (NaN when it did not, and on the floor). */
  announcedMs: number;
  /** What the live region says after the drop ('' on the floor). */
  announcement: string;
}

/**
 * In the week view: drags the `index`-th visible draft (published and archived posts are locked, and a drop on
 * them is put back) one day on (or back, from a Sunday) and returns the milliseconds from the drop (pointer up) to
 * the last change of the page caused by it (saved, announced, drawn again), and whether the new time was stored.
 * On the floor page (`floor`: bare FullCalendar, no save, no announcement) the same event is dragged the same way:
 * drafts are found by the events' `cd-status-draft` class, which both pages' events carry.
 */
export async function dragAndMeasure(page: Page, index: number, floor = false): Promise<DropResult> {
  const events = page
    .locator('[role="cell"][data-date] [role="listitem"]')
    .filter({ has: page.locator('.cd-status-draft') });
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  let source = null;
  let box = null;
  let skipped = 0;
  for (let candidate = 0; candidate < (await events.count()); candidate += 1) {
    const item = events.nth(candidate);
    const bounds = await item.boundingBox();
    if (
      bounds === null ||
      bounds.y < 300 ||
      bounds.y + bounds.height > viewport.height - 20 ||
      bounds.height < 20
    )
      continue;
    if (skipped < index) {
      skipped += 1;
      continue;
    }
    source = item;
    box = bounds;
    break;
  }
  if (source === null || box === null) throw new Error('no visible post to drag');
  const title = floor ? '' : ((await source.locator('.cd-event-title').textContent()) ?? '');
  const before = floor ? null : await storedScheduleOf(page, title);
  const column = await source.evaluate((element) => {
    const cell = element.closest<HTMLElement>('[role="cell"][data-date]');
    const rect = cell?.getBoundingClientRect();
    return { width: rect?.width ?? 150, last: cell?.nextElementSibling === null };
  });
  const dx = column.last ? -column.width : column.width;
  await page.evaluate(() => {
    const probe = { up: 0, last: 0, announced: 0 };
    const observer = new MutationObserver((records) => {
      probe.last = performance.now();
      // The desk's notices: a polite live region (`role="status"`) in `.cd-notices`.
      const live = records.some((record) => {
        const node = record.target;
        const element = node instanceof Element ? node : node.parentElement;
        return element?.closest('.cd-notices [role="status"]') != null;
      });
      if (live && probe.up > 0 && probe.announced === 0) probe.announced = probe.last;
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    window.addEventListener(
      'pointerup',
      () => {
        probe.up = performance.now();
        probe.last = probe.up;
      },
      { capture: true, once: true },
    );
    setTimeout(() => observer.disconnect(), 3000);
    (window as unknown as { __dropProbe: typeof probe }).__dropProbe = probe;
  });
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(10, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y + 10, { steps: 5 });
  await page.mouse.move(x + dx, y, { steps: 15 });
  await page.mouse.up();
  await page.waitForTimeout(1500);
  const probe = await page.evaluate(
    () => (window as unknown as { __dropProbe: { up: number; last: number; announced: number } }).__dropProbe,
  );
  const ms = probe.up === 0 ? Number.NaN : probe.last - probe.up;
  if (floor) return { ms, saved: false, announcedMs: Number.NaN, announcement: '' };
  const after = await storedScheduleOf(page, title);
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const announcement = words(await page.locator('.cd-notices [role="status"]').innerText());
  const announced = probe.announced !== 0 && announcement.includes(words(title));
  return {
    ms,
    saved: after !== null && after !== before,
    announcedMs: announced ? probe.announced - probe.up : Number.NaN,
    announcement,
  };
}

/**
 * Milliseconds from a click on "today" (coming from an empty month two months on) until the posts of this month are in
 * the DOM at the start of a frame (checked every frame by the page itself): the month view's own work, without the
 * page's start. Works on the app and on the floor page.
 */
export async function timeToMonthSwitch(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url);
  const next = page.locator('button[aria-label^="Nächste"]').first();
  await next.waitFor();
  await page.waitForFunction((wanted) => document.querySelector(wanted) !== null, selector, {
    polling: 'raf',
  });
  // Two months on: that grid shows no day of this month.
  await next.click();
  await next.click();
  await page.waitForFunction((wanted) => document.querySelector(wanted) === null, selector, {
    polling: 'raf',
  });
  // Time to finish the months passed through: a page still busy with them keeps the events it had, and a click
  // on "today" would find this month's events still there.
  await page.waitForTimeout(2000);
  // The check every frame runs in the page from before the click: started from Node after the click, it would begin
  // only when the click's own work and a round trip are over, and a page that draws the events in the click's task
  // (before the first frame) would be seen a frame or more late, one that draws them in a later task at once.
  await page.evaluate((wanted) => {
    const probe = { clickAt: 0, drawnAt: 0 };
    window.addEventListener(
      'pointerdown',
      () => {
        probe.clickAt = performance.now();
      },
      { capture: true, once: true },
    );
    // Assigned, not declared: the bench runs under tsx, whose name helper does not exist in the page.
    const loop: { check: FrameRequestCallback | null } = { check: null };
    loop.check = () => {
      if (probe.clickAt > 0 && document.querySelector(wanted) !== null) probe.drawnAt = performance.now();
      else if (loop.check !== null) requestAnimationFrame(loop.check);
    };
    requestAnimationFrame(loop.check);
    (window as unknown as { __monthProbe: typeof probe }).__monthProbe = probe;
  }, selector);
  await page
    .locator('button', { hasText: /^Heute$/ })
    .first()
    .click();
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as unknown as { __monthProbe: { clickAt: number; drawnAt: number } })
        .__monthProbe;
      return probe.drawnAt === 0 ? 0 : probe.drawnAt - probe.clickAt;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return await handle.jsonValue();
}
