/**
 * The layering rules are lint rules; this checks that they bite. Each case lints a real file of the tree with one
 * forbidden import added in front, and expects ESLint's no-restricted-imports error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImportMessages(file: string, importLine: string): Promise<string[]> {
  const source = `${importLine}\n${readFileSync(resolve(root, file), 'utf8')}`;
  const [result] = await eslint.lintText(source, { filePath: resolve(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

// Type-aware linting of a real file takes seconds on a busy 2-core machine: generous per-test timeouts.
describe('layering lint rules', { timeout: 60_000 }, () => {
  it.each([
    ['shared/model/post.ts', "import { useState } from 'react';", /no React/],
    ['shared/model/post.ts', "import Dexie from 'dexie';", /no database/],
    ['shared/model/post.ts', "import { app } from 'electron';", /no Electron/],
    ['shared/model/post.ts', "import { readFile } from 'node:fs/promises';", /no Node modules/],
    [
      'shared/model/post.ts',
      "import { db } from '../../renderer/data/store/db';",
      /imports nothing from renderer/,
    ],
    [
      'renderer/App.tsx',
      "import { createMainWindowOptions } from '../electron/windowOptions';",
      /only through renderer\/platform/,
    ],
    [
      'renderer/features/calendar/FilterPanel.tsx',
      "import { db } from '../../data/store/db';",
      /Only renderer\/data\/ imports the database/,
    ],
    [
      'renderer/App.tsx',
      "import { db } from './data/store/db';",
      /Only renderer\/data\/ imports the database/,
    ],
    [
      'renderer/data/posts/seriesChecks.ts',
      "import { emptyDraft } from '../../features/composer/ComposerDialog';",
      /depends on no screen/,
    ],
    [
      'renderer/data/posts/seriesChecks.ts',
      "import type { de } from '../../i18n/locales/de';",
      /depends on no screen/,
    ],
    [
      'renderer/features/calendar/FilterPanel.tsx',
      "import Dexie from 'dexie';",
      /Only renderer\/data\/ uses Dexie/,
    ],
    ['renderer/App.tsx', "import { readFile } from 'node:fs/promises';", /no Node modules/],
    ['electron/main.ts', "import Dexie from 'dexie';", /no UI libraries/],
    ['electron/main.ts', "import { App } from '../renderer/App';", /never imports the renderer/],
  ])('%s may not: %s', async (file, importLine, expected) => {
    const messages = await restrictedImportMessages(file, importLine);
    expect(messages.some((message) => expected.test(message))).toBe(true);
  });

  it('the same files lint clean without the forbidden import', async () => {
    for (const file of [
      'shared/model/post.ts',
      'renderer/App.tsx',
      'electron/main.ts',
      'renderer/data/posts/seriesChecks.ts',
    ]) {
      expect(await restrictedImportMessages(file, '')).toEqual([]);
    }
  });

  it('the data layer itself may import the database', async () => {
    expect(
      await restrictedImportMessages('renderer/data/store/liveQueries.ts', "import { db } from './db';"),
    ).toEqual([]);
  });
});

/**
 * "The e2e run fails on any console error and on any request that leaves 127.0.0.1": the harness checks every
 * desk it launched after each test (test/e2e/harness.ts). That holds only while every e2e file drives the browser
 * through the harness; this keeps it so.
 */
describe('every end-to-end file drives Chromium through the checking harness', () => {
  const e2eDir = resolve(root, 'test/e2e');
  const files = readdirSync(e2eDir).filter((name) => name.endsWith('.e2e.ts'));

  it('no e2e file starts a browser of its own', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const source = readFileSync(resolve(e2eDir, name), 'utf8');
      expect(source, name).not.toMatch(/\bchromium\s*\.\s*launch|launchPersistentContext|connectOverCDP/);
      expect(source, name).not.toMatch(/import\s*\{[^}]*\bchromium\b[^}]*\}\s*from\s*'playwright-core'/);
    }
  });

  it('every e2e file that drives a page imports the harness', () => {
    for (const name of files) {
      const source = readFileSync(resolve(e2eDir, name), 'utf8');
      if (!/playwright-core|\.page\b|\bpage\./.test(source)) continue;
      expect(source, name).toMatch(/from '\.\/harness'/);
    }
  });
});
