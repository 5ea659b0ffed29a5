import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { rendererDefines } from './vite.shared.ts';

export default defineConfig({
  plugins: [react()],
  define: rendererDefines,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
          // After each test, the setup file's `cleanup()` (unmount) runs before the test file's own `afterEach`
          // (which deletes the database): in the default reverse order, a still-mounted live query could read the
          // deleted database and fail the run with an unhandled DatabaseClosedError.
          sequence: { hooks: 'list' },
          // Whole-desk renders wait up to 5 s for what they look for (test/setup-dom.ts); leave room around that.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
