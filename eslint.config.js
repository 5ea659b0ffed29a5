// Lint, and the layering rules of the house:
//   shared/   pure domain: imports nothing from renderer/ or electron/, no React, Dexie, DOM-bound or Node modules
//   renderer/ and electron/ never import each other
//   only renderer/data/ imports the database module; renderer/data/ depends on no screen (features/, i18n/, app)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'stream',
  'util',
];

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'coverage', 'bench/results.json', 'bench/.build'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/renderer/**', '**/electron/**'],
          message: 'shared/ is pure: it imports nothing from renderer/ or electron/.',
        },
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ has no React.' },
        { group: ['dexie', 'dexie-react-hooks'], message: 'shared/ has no database.' },
        { group: ['electron', 'electron/*'], message: 'shared/ has no Electron.' },
        { group: ['@fullcalendar/*', 'zustand', 'i18next', 'react-i18next'], message: 'shared/ is UI-free.' },
        {
          group: ['node:*', ...NODE_BUILTINS],
          message: 'shared/ runs in the renderer too: no Node modules.',
        },
      ]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        {
          group: ['**/electron/**', 'electron', 'electron/*'],
          message: 'The renderer reaches the desktop only through renderer/platform.',
        },
        { group: ['node:*', ...NODE_BUILTINS], message: 'The renderer runs in a browser: no Node modules.' },
        {
          group: ['**/data/store/db', '**/data/store/db.ts', '**/store/db'],
          message: 'Only renderer/data/ imports the database; use a repository or a live query.',
        },
        { group: ['dexie'], message: 'Only renderer/data/ uses Dexie.' },
      ]),
    },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/electron/**', 'electron', 'electron/*'],
          message: 'The renderer reaches the desktop only through renderer/platform.',
        },
        { group: ['node:*', ...NODE_BUILTINS], message: 'The renderer runs in a browser: no Node modules.' },
        {
          group: ['**/features/**', '**/i18n/**', '**/App', '**/App.tsx', '**/app/**'],
          message:
            'renderer/data/ depends on no screen and no message catalogue: move the shared part to shared/.',
        },
      ]),
    },
  },
  {
    // Tests may look into the database to check what a flow saved.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/electron/**', 'electron', 'electron/*'],
          message: 'The renderer never imports electron/.',
        },
      ]),
    },
  },
  {
    // The command line's Node layer (cli/): plain Node around the pure commands of shared/exchange.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/renderer/**', '**/electron/**', 'electron', 'electron/*'],
          message: 'cli/ is plain Node: it imports shared/ only (no Electron, no renderer).',
        },
        {
          group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'],
          message: 'cli/ has no UI libraries.',
        },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/renderer/**'],
          message: 'electron/ never imports the renderer; share through shared/.',
        },
        {
          group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'],
          message: 'The main process has no UI libraries.',
        },
      ]),
    },
  },
);
