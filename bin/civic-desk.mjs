#!/usr/bin/env node
// The Civic Desk command line (`civic-desk --help` lists the commands). It runs the bundled JavaScript that
// `npm run build` (scripts/build-cli.mjs) writes into out/cli/: plain Node, no TypeScript compiled at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../out/cli/civic-desk.mjs', import.meta.url);
if (existsSync(fileURLToPath(bundle))) {
  await import(bundle.href);
} else {
  process.stderr.write(
    'civic-desk: the command line is not built yet: run `npm run build:cli` (or npm run build)\n',
  );
  process.exitCode = 2;
}
