/**
 * The Node figures: the check engine on a 2,200-character caption (the whole rule set and the network limits, as
 * the composer runs it on every keystroke). Prints one JSON object; bench/run.ts starts this with tsx.
 */
import { performance } from 'node:perf_hooks';
import { checkPost } from '../shared/checks/engine';
import { CHECK_RULES } from '../shared/checks/registry';
import { DEFAULT_SETTINGS } from '../shared/model/settings';
import { benchCaption } from './generate';
import { summarise } from './stats';

export const CAPTION_LENGTH = 2200;

function runEngine(text: string): number {
  const start = performance.now();
  checkPost(
    {
      variants: [{ channel: 'instagram', format: 'feed', text, mediaIds: [] }],
      media: {},
      altTexts: {},
      crisis: false,
      settings: DEFAULT_SETTINGS.checks,
      limitSettings: DEFAULT_SETTINGS.limits,
      consents: [],
      scheduledAt: null,
      timeZone: DEFAULT_SETTINGS.timeZone,
      now: new Date(),
    },
    CHECK_RULES,
  );
  return performance.now() - start;
}

/** `runs` runs of `iterations` checks each, on captions that differ per iteration (no caching helps). */
export function checkEngineFigures(runs = 5, iterations = 200) {
  const captions = Array.from({ length: 20 }, (_, index) => benchCaption(index + 1, CAPTION_LENGTH));
  const firstCallMs = runEngine(captions[0] ?? '');
  for (let index = 0; index < 50; index += 1) runEngine(captions[index % captions.length] ?? '');
  const all: number[] = [];
  const runMedians: number[] = [];
  const runP95s: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const times = Array.from({ length: iterations }, (_, index) =>
      runEngine(captions[index % captions.length] ?? ''),
    );
    all.push(...times);
    const summary = summarise(times);
    runMedians.push(summary.median);
    runP95s.push(summary.p95);
  }
  return {
    firstCallMs,
    all: summarise(all),
    runMedians: summarise(runMedians),
    runP95s: summarise(runP95s),
  };
}

if (process.argv[1]?.endsWith('nodeFigures.ts')) {
  process.stdout.write(JSON.stringify({ checkEngine: checkEngineFigures() }));
}
