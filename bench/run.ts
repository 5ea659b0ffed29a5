/**
 * `npm run bench`: builds the renderer and the bench pages into bench/.build, measures in headless Chromium and
 * in Node, prints a table and writes bench/results.json. See BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, deskChromiumArgs } from '../test/e2e/chromium';
import { bundleReport } from './bundleSize';
import { browserSuite } from './browserSuite';
import { typingSuite } from './typingSuite';
import { checkEngineFigures } from './nodeFigures';
import { formatTable, type Figure } from './report';
import { serveDirectory } from './server';
import { summarise, verdict } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
/** `BENCH_BUILD_DIR` builds elsewhere (e.g. a folder of one's own on a shared checkout); never `dist/`. */
const BUILD = resolve(process.env.BENCH_BUILD_DIR ?? resolve(import.meta.dirname, '.build/app'));
/** `BENCH_RESULTS` writes the results elsewhere than bench/results.json. */
const RESULTS = resolve(process.env.BENCH_RESULTS ?? resolve(import.meta.dirname, 'results.json'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function build(): void {
  const vite = resolve(ROOT, 'node_modules/.bin/vite');
  execFileSync(vite, ['build', '--outDir', BUILD, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  execFileSync(
    vite,
    ['build', '--config', 'bench/vite.config.ts', '--outDir', join(BUILD, 'bench'), '--emptyOutDir'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (!process.argv.includes('--no-build')) build();
  const figures: Figure[] = [];

  const bundle = bundleReport(BUILD);
  figures.push({
    id: 'initialJs',
    label: 'Initial JavaScript, gzip',
    unit: 'kB',
    app: summarise([bundle.totals.initialGzip / 1024]),
    ...verdict(bundle.totals.initialGzip / 1024, 350),
    kind: 'absolute',
    note: `${bundle.initial.length} chunks, ${(bundle.totals.initialRaw / 1024).toFixed(0)} kB raw; ${bundle.lazy.length} lazy chunks ${(bundle.totals.lazyGzip / 1024).toFixed(0)} kB gzip`,
  });

  const engine = checkEngineFigures(RUNS);
  figures.push({
    id: 'checkEngineMedian',
    label: 'Check engine, 2,200-char caption, median',
    unit: 'ms',
    app: engine.runMedians,
    ...verdict(engine.all.median, 2),
    kind: 'absolute',
    note: `over ${engine.all.runs} checks; first call ${engine.firstCallMs.toFixed(0)} ms (patterns)`,
  });
  figures.push({
    id: 'checkEngineP95',
    label: 'Check engine, 2,200-char caption, p95',
    unit: 'ms',
    app: engine.runP95s,
    ...verdict(engine.all.p95, 5),
    kind: 'absolute',
    note: `over ${engine.all.runs} checks`,
  });

  const server = await serveDirectory(BUILD);
  const profile = await mkdtemp(join(tmpdir(), 'civic-desk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1400, height: 900 },
    args: deskChromiumArgs('--enable-precise-memory-info'),
  });
  const browserVersion =
    context.browser()?.version() ?? execFileSync(CHROMIUM_PATH, ['--version']).toString().trim();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    figures.push(...(await browserSuite({ context, page, origin: server.origin, runs: RUNS, only })));
    const wanted = (id: string) => only.length === 0 || only.includes(id);
    figures.push(...(await typingSuite(page, server.origin, RUNS, wanted)));
    if (errors.length > 0) console.warn(`Page errors during the run:\n${errors.slice(0, 10).join('\n')}`);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: browserVersion,
  };
  const results = { date: new Date().toISOString(), runs: RUNS, machine, figures, bundle };
  console.log(formatTable(figures, machine));
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${RESULTS}`);
}

await main();
