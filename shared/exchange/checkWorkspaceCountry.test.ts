/** The command line's checks name the law of the workspace's country (settings.region.country). */
import { describe, expect, it } from 'vitest';
import type { Country } from '../model/settings';
import { checkWorkspace } from './checkWorkspace';
import { servicePost, variantsFor, workspaceFile } from './testFixtures';
import { parseWorkspace } from './workspace';

const NOW = new Date('2026-11-25T14:00:00Z');

function personalDataSource(country: Country): string | undefined {
  const text = 'Rückfragen an Frau Meier unter 0171 2345678.';
  const post = servicePost({ text, variants: variantsFor(['facebook'], text, []), channels: ['facebook'] });
  const file = workspaceFile([post]);
  const parsed = parseWorkspace(
    JSON.parse(
      JSON.stringify({ ...file, settings: { ...file.settings, region: { country, subdivision: 'ZH' } } }),
    ),
  );
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.message}`);
  const [result] = checkWorkspace(parsed.workspace, NOW);
  return result?.findings.find((finding) => finding.rule.startsWith('personalData.'))?.source;
}

describe('checkWorkspace by country', () => {
  it('names revDSG for a Swiss workspace and DSGVO for a German one', () => {
    expect(personalDataSource('CH')).toContain('revDSG');
    expect(personalDataSource('CH')).not.toContain('DSGVO');
    expect(personalDataSource('DE')).toContain('DSGVO');
    expect(personalDataSource('AT')).toMatch(/DSGVO.*; DSG$/u);
  });
});
