// Bundles the command line (cli/main.ts and the pure commands of shared/) into plain JavaScript under out/cli/,
// so `civic-desk` starts with Node alone: no TypeScript compiled at run time. The entry file holds only argument
// parsing, help and version; each command is a chunk of its own (chunks/), loaded when that command runs.
//
//   node scripts/build-cli.mjs            (also part of `npm run build`; `npm run build:cli` alone)
//
// Safe while the command line runs (tests build it in parallel): chunks are named by their content's hash and
// moved into chunks/ one by one, then the entry file is replaced with one rename, so a running `civic-desk` sees
// the old build or the new one, never half of one. Chunks no entry has used for a while are pruned.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = resolve(root, 'out/cli');
export const CLI_ENTRY = resolve(CLI_OUT_DIR, 'civic-desk.mjs');
const ENTRY_NAME = 'civic-desk.mjs';
const STALE_MS = 60 * 60 * 1000;

/** Chunks that no current entry imports (directly or through other chunks) and that are old. */
function pruneChunks(outDir) {
  const chunks = join(outDir, 'chunks');
  const used = new Set();
  const visit = (file) => {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/["']\.{1,2}\/(?:chunks\/)?([\w.-]+\.mjs)["']/g)) {
      if (used.has(name)) continue;
      used.add(name);
      const next = join(chunks, name);
      if (existsSync(next)) visit(next);
    }
  };
  visit(join(outDir, ENTRY_NAME));
  for (const name of readdirSync(chunks)) {
    const file = join(chunks, name);
    if (!used.has(name) && Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}

/** Builds into `outDir` (default out/cli) and returns the entry file. */
export async function buildCli(outDir = CLI_OUT_DIR) {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  mkdirSync(join(outDir, 'chunks'), { recursive: true });
  const fresh = resolve(outDir, `.build-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await build({
      entryPoints: { 'civic-desk': resolve(root, 'cli/main.ts') },
      outdir: fresh,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      define: { __CIVIC_DESK_VERSION__: JSON.stringify(version) },
      // Some bundled CommonJS packages call require(); give the ES module bundle one.
      banner: {
        js: "import { createRequire as __civicDeskRequire } from 'node:module'; const require = __civicDeskRequire(import.meta.url);",
      },
      legalComments: 'none',
      logLevel: 'warning',
    });
    for (const name of readdirSync(join(fresh, 'chunks'))) {
      const target = join(outDir, 'chunks', name);
      if (!existsSync(target)) renameSync(join(fresh, 'chunks', name), target);
    }
    renameSync(join(fresh, ENTRY_NAME), join(outDir, ENTRY_NAME));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  pruneChunks(outDir);
  return join(outDir, ENTRY_NAME);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`civic-desk command line built into ${CLI_OUT_DIR}`);
}
