/** The browser build of the renderer: `npm run web` serves it on 127.0.0.1, e2e tests drive its built form. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicyPlugin,
  rendererAliases,
  rendererDefines,
  rendererOutput,
} from './vite.shared.ts';

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  define: rendererDefines,
  resolve: { alias: rendererAliases },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    rolldownOptions: { output: rendererOutput },
  },
});
