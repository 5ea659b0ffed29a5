/**
 * Every audit action the data layer writes has a label in every language: the sources of renderer/data (tests and
 * test helpers left out) are scanned for the actions they write (`action: '…'`, `action … ? '…' : '…'`,
 * `…_ACTION = '…'`), and the workflow machine's events (shared/workflow/machine.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { actionLabel } from './actionLabel';

const ROOT = resolve(import.meta.dirname, '../../..');

function sources(folder: string): string[] {
  const dir = resolve(ROOT, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => {
      const name = basename(path);
      return name.endsWith('.ts') && !/\.test\.ts$|^test|Test[A-Z]?\w*\.ts$/.test(name);
    })
    .map((path) => readFileSync(resolve(dir, path), 'utf8'));
}

function writtenActions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\baction: '(\w+)'/g)) found.push(match[1] ?? '');
  for (const match of text.matchAll(/\baction(?::|\s*=)[^\n;]*\?\s*'(\w+)'\s*:\s*'(\w+)'/g))
    found.push(match[1] ?? '', match[2] ?? '');
  for (const match of text.matchAll(/_ACTION = '(\w+)'/g)) found.push(match[1] ?? '');
  return found;
}

/** The workflow machine's events: one per `WorkflowAction` type, and `approvalVoided`. */
function workflowActions(): string[] {
  const text = readFileSync(resolve(ROOT, 'shared/workflow/machine.ts'), 'utf8');
  const union = /export type WorkflowAction =([\s\S]*?)\n\n/.exec(text)?.[1] ?? '';
  return [...[...union.matchAll(/type: '(\w+)'/g)].map((match) => match[1] ?? ''), ...writtenActions(text)];
}

const ACTIONS = [
  ...new Set([...sources('renderer/data').flatMap(writtenActions), ...workflowActions()]),
].sort();

describe('audit action labels', () => {
  it('finds the actions written this version (the scan works)', () => {
    expect(ACTIONS).toEqual(
      expect.arrayContaining([
        'approve',
        'settingsChanged',
        'workspaceRestored',
        'workspaceMerged',
        'restoreUndone',
        'rootAdopted',
        'approvalNotVerified',
        'keyCertified',
        'rootCreated',
        'keyRevoked',
        'policiesSigned',
        'retentionApplied',
        'profileCreated',
        'profileChanged',
      ]),
    );
  });

  it.each(['de-DE', 'de-CH', 'de-AT', 'en'] as const)('labels every written action in %s', (locale) => {
    const { t } = createI18n(locale);
    const missing = ACTIONS.filter((action) => actionLabel(t, action) === action);
    expect(missing).toEqual([]);
  });
});
