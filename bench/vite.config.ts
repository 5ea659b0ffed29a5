/** The bench pages (harness, floor, empty): built beside the app so they share its origin and IndexedDB. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererDefines } from '../vite.shared.ts';

const pages = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root: pages,
  base: './',
  plugins: [react()],
  define: rendererDefines,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '.build/app/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        harness: resolve(pages, 'harness.html'),
        floor: resolve(pages, 'floor.html'),
        empty: resolve(pages, 'empty.html'),
        typing: resolve(pages, 'typing.html'),
      },
    },
  },
});
