import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy.ts';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Compile-time constants of the renderer (declared in renderer/env.d.ts). */
export const rendererDefines = {
  __APP_VERSION__: JSON.stringify(packageJson.version),
};

/**
 * Adds the production CSP as a meta tag to built pages. Dev mode (npm run web) needs React's inline refresh
 * preamble, so the tag is added at build time only; Electron also sends the policy as a header.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'civic-desk-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head',
        },
      ],
    },
  };
}

/**
 * The renderer's libraries in chunks of their own, named after them: the bench lists initial JavaScript per chunk
 * (BENCHMARKS.md), and a release that changes only the app's code leaves these files as they were.
 */
/**
 * date-holidays-parser imports moment-timezone, whose default build carries every zone of the world (about 1 MB in
 * the holidays chunk): the renderer gets it with the DE/AT/CH zones only (shared/calendar/momentTimezoneDach.ts).
 */
export const rendererAliases = [
  {
    find: /^moment-timezone$/,
    replacement: fileURLToPath(new URL('./shared/calendar/momentTimezoneDach.ts', import.meta.url)),
  },
];

export const rendererOutput = {
  codeSplitting: {
    groups: [
      { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
      { name: 'fullcalendar', test: /node_modules[\\/](@fullcalendar|@full-ui|temporal-polyfill)[\\/]/ },
      { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
      { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
      { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
      // The rest of what the first screen loads in one file with the entry, not in a dozen small chunks shared
      // with the lazy parts: over HTTP/1.1 a browser fetches six files at a time (issue 14, page load).
      { name: 'index', tags: ['$initial' as const] },
    ],
  },
};
