/**
 * Keystroke to next paint in the composer (issue 14): a 2,200-character text on all four networks, typed into at
 * a typist's pace, against the floor, a bare React textarea with the same text (`pages/typing.tsx`), measured
 * alternately in the same run. Also the page load to a drawn month against a page with FullCalendar alone.
 *
 * Per keystroke: from the key event's own time stamp (when the input reached the page, so time spent waiting
 * behind a long task counts) to the first task after the next animation frame, i.e. after the frame that shows
 * the key has been painted.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openHarness, settle, timeToSelector } from './browserFigures';
import type { Figure } from './report';
import { quantile, summarise, verdict } from './stats';
import { typingText } from './typingText';

const TEXT_LENGTH = 2200;
const KEYS = 40;
/** About 8 keys a second: a fast typist. */
const CADENCE_MS = 120;
/** A drawn day of the month grid (FullCalendar v7 marks day cells with a role and their date). */
const DAY_CELL = '[role="cell"][data-date]';
const NETWORKS = ['LinkedIn', 'Facebook', 'Instagram', 'X'];

declare global {
  interface Window {
    keystrokeLatencies?: number[];
  }
}

function installRecorder(): void {
  const latencies: number[] = [];
  window.keystrokeLatencies = latencies;
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/** Types `KEYS` letters at the end of the focused text field and returns each key's latency in ms. */
async function typeAndMeasure(page: Page): Promise<number[]> {
  await page.evaluate(installRecorder);
  await page.keyboard.press('Control+End');
  const letters = 'stadtbibliothek informiert ';
  for (let index = 0; index < KEYS; index += 1) {
    await page.keyboard.press(letters[index % letters.length] ?? 'a');
    await page.waitForTimeout(CADENCE_MS);
  }
  await page.waitForFunction((count) => (window.keystrokeLatencies?.length ?? 0) >= count, KEYS + 1);
  // The first entry is Control+End's.
  return (await page.evaluate(() => window.keystrokeLatencies ?? [])).slice(1);
}

async function composerLatencies(page: Page, origin: string): Promise<number[]> {
  await page.goto(`${origin}/index.html`);
  const onward = page.getByRole('button', { name: 'Weiter zum Kalender' });
  const add = page.getByRole('button', { name: 'Neuer Beitrag' });
  await onward.or(add).first().waitFor({ timeout: 60_000 });
  if (await onward.isVisible()) await onward.click();
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await dialog.getByLabel('Titel').fill('Neue Öffnungszeiten im Bürgeramt');
  for (const network of NETWORKS) await dialog.getByRole('checkbox', { name: network, exact: true }).check();
  const field = dialog.getByLabel('Text für alle Netzwerke');
  await field.fill(typingText(TEXT_LENGTH));
  await field.focus();
  // The checks' and previews' first pass over the long text, and the check engine's chunk, are done.
  await settle(page, 2500);
  const profilePath = process.env.BENCH_TYPING_PROFILE;
  if (!profilePath) return typeAndMeasure(page);
  // A sampling CPU profile of the keys (open it in Chrome DevTools' Performance panel); it slows the page a bit.
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const latencies = await typeAndMeasure(page);
  const { profile } = await session.send('Profiler.stop');
  writeFileSync(profilePath, JSON.stringify(profile));
  await session.detach();
  return latencies;
}

async function floorLatencies(page: Page, origin: string): Promise<number[]> {
  await page.goto(`${origin}/bench/typing.html?length=${TEXT_LENGTH}`);
  const field = page.getByLabel('Text');
  await field.focus();
  await settle(page, 500);
  return typeAndMeasure(page);
}

export async function typingSuite(
  page: Page,
  origin: string,
  runs: number,
  wanted: (id: string) => boolean,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  if (wanted('typing')) {
    console.log('[bench] keystroke to next paint, composer vs bare textarea');
    await openHarness(page, origin);
    await page.evaluate(() => window.bench.reset());
    const appP95: number[] = [];
    const floorP95: number[] = [];
    const appAll: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const floor = await floorLatencies(page, origin);
      const app = await composerLatencies(page, origin);
      floorP95.push(quantile(floor, 0.95));
      appP95.push(quantile(app, 0.95));
      appAll.push(...app);
    }
    const app = summarise(appP95);
    const floor = summarise(floorP95);
    const overFloor = app.median / floor.median;
    const within = app.median <= 50 && overFloor <= 3;
    figures.push({
      id: 'typing',
      label: `Keystroke to next paint, composer, ${TEXT_LENGTH} chars × 4 networks, p95`,
      unit: 'ms',
      app,
      floor,
      kind: 'absolute',
      ...verdict(app.median, 50),
      pass: within,
      note:
        `${overFloor.toFixed(2)}× the bare textarea (budget ≤ 3×); per run p95 over ${KEYS} keys at ` +
        `${CADENCE_MS} ms; median of all keys ${quantile(appAll, 0.5).toFixed(1)} ms, max ${Math.max(...appAll).toFixed(0)} ms`,
    });
  }
  for (const figure of figures) console.log(`[bench] ${figure.id}: ${JSON.stringify(figure)}`);
  if (wanted('load')) {
    console.log('[bench] page load to a drawn month, app vs FullCalendar alone');
    await openHarness(page, origin);
    await page.evaluate(() => window.bench.reset());
    const appTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      floorTimes.push(await timeToSelector(page, `${origin}/bench/floor.html`, DAY_CELL));
      appTimes.push(await timeToSelector(page, `${origin}/index.html`, DAY_CELL));
      await settle(page, 300);
    }
    const app = summarise(appTimes);
    const floor = summarise(floorTimes);
    figures.push({
      id: 'load',
      label: 'Page load to a drawn month (no posts), app / FullCalendar alone',
      unit: 'ms',
      app,
      floor,
      kind: 'ratio',
      ...verdict(app.median / floor.median, 1.2),
      note: "the desk's own start (profiles, settings, i18n) over a bare FullCalendar page, until the grid is drawn",
    });
  }
  return figures;
}
