/**
 * Initial JavaScript of a built renderer: the entry scripts of index.html and every chunk they import statically
 * (transitively), each with its raw and gzip size. Chunks only reached by dynamic `import()` are listed as lazy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  initial: ChunkSize[];
  lazy: ChunkSize[];
  totals: { initialRaw: number; initialGzip: number; lazyRaw: number; lazyGzip: number };
}

function sizeOf(dir: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Relative paths of the JS files `code` imports statically (resolved against `file`). */
export function staticImportsOf(file: string, code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => posix.join(posix.dirname(file), match[1] ?? ''));
}

export function bundleReport(dir: string): BundleReport {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*src="([^"]+)"/g),
    ...html.matchAll(/rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => posix.normalize((match[1] ?? '').replace(/^\.\//, '')));
  const initial = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImportsOf(file, readFileSync(join(dir, file), 'utf8')));
  }
  const all = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  const bySize = (a: ChunkSize, b: ChunkSize) => b.gzip - a.gzip;
  const initialList = [...initial].map((file) => sizeOf(dir, file)).sort(bySize);
  const lazyList = all
    .filter((file) => !initial.has(file))
    .map((file) => sizeOf(dir, file))
    .sort(bySize);
  const sum = (list: ChunkSize[], key: 'raw' | 'gzip') => list.reduce((total, item) => total + item[key], 0);
  return {
    initial: initialList,
    lazy: lazyList,
    totals: {
      initialRaw: sum(initialList, 'raw'),
      initialGzip: sum(initialList, 'gzip'),
      lazyRaw: sum(lazyList, 'raw'),
      lazyGzip: sum(lazyList, 'gzip'),
    },
  };
}
