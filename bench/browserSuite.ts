/** The browser figures in the order of the issue; each one seeds its own data through the harness page. */
import type { BrowserContext, Page } from 'playwright-core';
import {
  datesAround,
  dragAndMeasure,
  heapUsed,
  openHarness,
  settle,
  timeToMonthSwitch,
  timeToSelector,
} from './browserFigures';
import type { Figure } from './report';
import { ratio, summarise, verdict } from './stats';

export interface SuiteOptions {
  context: BrowserContext;
  page: Page;
  origin: string;
  runs: number;
  /** Figure ids to run (all when empty). */
  only: readonly string[];
}

/** A drawn post: FullCalendar v7 marks events as list items inside the day cells. */
const POST = '[role="cell"][data-date] [role="listitem"]';

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

export async function browserSuite(options: SuiteOptions): Promise<Figure[]> {
  const { context, page, origin, runs, only } = options;
  const wanted = (id: string) => only.length === 0 || only.includes(id);
  const dates = datesAround(new Date());
  const app = `${origin}/index.html`;
  const figures: Figure[] = [];
  const three = (count: number, seed: number) => ({
    seed,
    count,
    from: dates.threeYearsFrom,
    days: 3 * 365,
    timeZone: 'Europe/Berlin',
  });

  async function seed(work: () => Promise<unknown>): Promise<void> {
    await openHarness(page, origin);
    await page.evaluate(() => window.bench.reset());
    await work();
  }

  for (const count of [500, 5000]) {
    if (!wanted(`month${count}`)) continue;
    log(`month view, ${count} posts`);
    await seed(() =>
      page.evaluate((set) => window.bench.seedPosts(set), {
        seed: count,
        count,
        from: dates.monthStart,
        days: dates.monthDays,
        timeZone: 'Europe/Berlin',
      }),
    );
    const appTimes: number[] = [];
    const floorTimes: number[] = [];
    const appCold: number[] = [];
    const floorCold: number[] = [];
    // The end point is a post on the 15th: any post would also match the first days of next month, which a page
    // may still show from the range before (both keep their events until the new range's posts are read).
    const midMonth = `[role="cell"][data-date="${dates.monthStart.slice(0, 8)}15"] [role="listitem"]`;
    for (let run = 0; run < runs; run += 1) {
      floorTimes.push(await timeToMonthSwitch(page, `${origin}/bench/floor.html`, midMonth));
      appTimes.push(await timeToMonthSwitch(page, app, midMonth));
      floorCold.push(await timeToSelector(page, `${origin}/bench/floor.html`, POST));
      appCold.push(await timeToSelector(page, app, POST));
      await settle(page, 500);
    }
    const appSummary = summarise(appTimes);
    const floorSummary = summarise(floorTimes);
    figures.push({
      id: `month${count}`,
      label: `Month view, ${count.toLocaleString('en')} posts ("today" from next month → events drawn)`,
      unit: 'ms',
      kind: 'ratio',
      app: appSummary,
      floor: floorSummary,
      ...verdict(ratio(appSummary, floorSummary), 1.15),
      note: 'floor: bare FullCalendar, same options, size and events, fed by a raw Dexie range query',
    });
    const appColdSummary = summarise(appCold);
    const floorColdSummary = summarise(floorCold);
    figures.push({
      id: `month${count}Cold`,
      label: `Month view, ${count.toLocaleString('en')} posts, page load (navigation → events drawn)`,
      unit: 'ms',
      kind: 'info',
      app: appColdSummary,
      floor: floorColdSummary,
      value: ratio(appColdSummary, floorColdSummary),
      budget: Number.NaN,
      pass: true,
      note: "for orientation: includes the desk's start (profiles, settings, i18n) against a page with FullCalendar only",
    });
  }

  if (wanted('drag')) {
    log('drag and drop, 500 posts in the month, week view, app and floor');
    await seed(() =>
      page.evaluate((set) => window.bench.seedPosts(set), {
        seed: 500,
        count: 500,
        from: dates.monthStart,
        days: dates.monthDays,
        timeZone: 'Europe/Berlin',
      }),
    );
    // The floor: bare FullCalendar in a page of its own beside the app, on the same week with the same events,
    // options and size; its drop only notes the move. The drops alternate between the two, the same event each.
    const floorPage = await context.newPage();
    await floorPage.goto(`${origin}/bench/floor.html?view=timeGridWeek`);
    await floorPage.waitForFunction((wanted) => document.querySelector(wanted) !== null, POST, {
      polling: 'raf',
    });
    await page.bringToFront();
    await timeToSelector(page, app, POST);
    // A month of 500 posts shows "+17 more" per day; the week view draws them, so the drag happens there.
    await page
      .locator('button', { hasText: /^Woche/ })
      .first()
      .click();
    await settle(page, 3000);
    const times: number[] = [];
    const floorTimes: number[] = [];
    const announced: number[] = [];
    let saved = 0;
    const dropOnFloor = async (run: number) => {
      await floorPage.bringToFront();
      const result = await dragAndMeasure(floorPage, run * 2 + 1, true);
      floorTimes.push(result.ms);
      log(`  floor drop ${run + 1}: ${result.ms.toFixed(1)} ms`);
    };
    const dropInApp = async (run: number) => {
      await page.bringToFront();
      const result = await dragAndMeasure(page, run * 2 + 1);
      times.push(result.ms);
      if (result.saved) saved += 1;
      if (!Number.isNaN(result.announcedMs)) announced.push(result.announcedMs);
      log(
        `  app drop ${run + 1}: ${result.ms.toFixed(1)} ms, announced ${result.announcedMs.toFixed(1)} ms, ` +
          `saved ${String(result.saved)}: ${result.announcement}`,
      );
    };
    for (let run = 0; run < runs; run += 1) {
      // Which one goes first alternates, so neither always finds the machine warmer.
      if (run % 2 === 0) {
        await dropOnFloor(run);
        await dropInApp(run);
      } else {
        await dropInApp(run);
        await dropOnFloor(run);
      }
    }
    await floorPage.close();
    const summary = summarise(times);
    const floorSummary = summarise(floorTimes);
    const own = summarise(times.map((ms, run) => ms - (floorTimes[run] ?? Number.NaN)));
    figures.push({
      id: 'drag',
      label: 'Drag and drop (week view, 500 posts in the month): drop → saved and drawn again',
      unit: 'ms',
      kind: 'absolute',
      app: summary,
      floor: floorSummary,
      ...verdict(summary.median, 50),
      note:
        `budget absolute (issue 8); floor: bare FullCalendar, same week, events, options and size, the same ` +
        `drop, no save (median ${floorSummary.median.toFixed(1)} ms); the app's own part, app − floor per pair: ` +
        `median ${own.median.toFixed(1)} ms (${own.min.toFixed(1)}–${own.max.toFixed(1)}); ` +
        `drafts only (published and archived posts are locked); ${saved} of ${runs} drops found stored on the ` +
        `new day, ${announced.length} announced in the polite live region (median ` +
        `${announced.length === 0 ? '–' : summarise(announced).median.toFixed(1)} ms); end = last DOM change ` +
        'within 1.5 s of the drop, which includes the announcement after the save',
    });
  }

  if (wanted('start') || wanted('heap')) {
    log('start with 10,000 posts');
    await seed(() => page.evaluate((set) => window.bench.seedPosts(set), three(10_000, 10)));
    const startTimes: number[] = [];
    const emptyTimes: number[] = [];
    const heaps: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      emptyTimes.push(await timeToSelector(page, `${origin}/bench/empty.html`, 'p'));
      startTimes.push(await timeToSelector(page, app, POST));
      await settle(page, 2000);
      heaps.push((await heapUsed(context, page)) / 2 ** 20);
    }
    const start = summarise(startTimes);
    figures.push({
      id: 'start',
      label: 'Start to a drawn calendar, 10,000 posts',
      unit: 'ms',
      kind: 'absolute',
      app: start,
      floor: summarise(emptyTimes),
      ...verdict(start.median, 1000),
      note: 'floor column: the same navigation to an empty page (for comparison, not a ratio budget)',
    });
    const heap = summarise(heaps);
    figures.push({
      id: 'heap',
      label: 'Renderer JS heap, 10,000 posts in the desk',
      unit: 'MB',
      kind: 'absolute',
      app: heap,
      ...verdict(heap.median, 150),
      note: 'used heap after a forced GC, calendar on this month after the checks ran',
    });
  }

  if (wanted('query')) {
    for (const count of [1000, 10_000, 100_000]) {
      log(`one month's posts of ${count}`);
      await seed(() => page.evaluate((set) => window.bench.seedPosts(set), three(count, count + 1)));
      const appTimes: number[] = [];
      const rawTimes: number[] = [];
      let rows = 0;
      for (let run = 0; run < Math.max(runs, 8); run += 1) {
        const [appMs, rawMs, found] = await page.evaluate(
          ({ from, to, appFirst }) => window.bench.monthQuery(from, to, appFirst),
          { from: dates.queryFrom, to: dates.queryTo, appFirst: run % 2 === 0 },
        );
        appTimes.push(appMs);
        rawTimes.push(rawMs);
        rows = found;
      }
      const appSummary = summarise(appTimes);
      const rawSummary = summarise(rawTimes);
      figures.push({
        id: `query${count}`,
        label: `One month via repository vs raw index range, ${count.toLocaleString('en')} posts`,
        unit: 'ms',
        kind: 'ratio',
        app: appSummary,
        floor: rawSummary,
        ...verdict(ratio(appSummary, rawSummary), 1.2),
        note: `${rows} rows`,
      });
    }
  }

  if (wanted('import') || wanted('backup')) {
    log('import and backup of 10,000 posts');
    await openHarness(page, origin);
    const rows: Record<string, number>[] = [];
    for (let run = 0; run < runs; run += 1) {
      rows.push(await page.evaluate((set) => window.bench.importFigures(set), three(10_000, 20)));
    }
    const pick = (key: string) => summarise(rows.map((row) => row[key] ?? Number.NaN));
    const restore = pick('restoreMs');
    const bulkAdd = pick('bulkAddMs');
    figures.push({
      id: 'import',
      label: 'Import (restore) of 10,000 posts vs raw bulkAdd',
      unit: 'ms',
      kind: 'ratio',
      app: restore,
      floor: bulkAdd,
      ...verdict(ratio(restore, bulkAdd), 2),
      note: `preview before it (parse, check, compare) ${pick('previewMs').median.toFixed(0)} ms; ${rows[0]?.count ?? 0} posts restored, ${rows[0]?.skipped ?? 0} skipped`,
    });
    const backup = pick('backupMs');
    figures.push({
      id: 'backup',
      label: 'Backup of 10,000 posts',
      unit: 'ms',
      kind: 'absolute',
      app: backup,
      ...verdict(backup.median, 5000),
      note: `${((rows[0]?.backupBytes ?? 0) / 2 ** 20).toFixed(1)} MB of JSON`,
    });
  }

  if (wanted('export')) {
    log('export of a year: 2,000 posts, 200 images');
    await seed(async () => {
      const ids = await page.evaluate(() => window.bench.seedImages(500, 500));
      await page.evaluate((set) => window.bench.seedPosts(set), {
        seed: 2000,
        count: 2000,
        from: dates.exportFrom,
        days: 365,
        timeZone: 'Europe/Berlin',
        status: 'approved' as const,
        mediaIds: ids.slice(0, 200),
      });
    });
    const rows: Record<string, number>[] = [];
    for (let run = 0; run < runs; run += 1) {
      rows.push(
        await page.evaluate(({ from, to }) => window.bench.exportYear(from, to), {
          from: dates.exportFrom,
          to: dates.exportTo,
        }),
      );
    }
    const total = summarise(rows.map((row) => row.totalMs ?? Number.NaN));
    const part = (key: string) => summarise(rows.map((row) => row[key] ?? Number.NaN)).median.toFixed(0);
    figures.push({
      id: 'export',
      label: 'Export of a year (2,000 posts, 200 images): ICS + CSV + ZIP',
      unit: 'ms',
      kind: 'absolute',
      app: total,
      ...verdict(total.median, 3000),
      note: `ICS ${part('icsMs')} ms, CSV ${part('hootsuiteMs')} ms, ZIP ${part('zipMs')} ms; ${rows[0]?.zipPosts ?? 0} posts in each`,
    });
  }
  return figures;
}
