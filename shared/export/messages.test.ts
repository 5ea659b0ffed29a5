import { describe, expect, it } from 'vitest';
import { EXPORT_ERROR_CODES, ExportError } from './errors';
import { exclusionMessageKey, exportErrorMessage, exportMessagesDe, exportMessagesEn } from './messages';
import { EXCLUSION_REASONS } from './selection';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

describe('export messages', () => {
  it('have the same keys and placeholders in German and English', () => {
    const de = new Map(leaves(exportMessagesDe));
    const en = new Map(leaves(exportMessagesEn));
    expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
    for (const [key, text] of de) {
      expect(text.trim()).not.toBe('');
      expect(placeholders(en.get(key) ?? '')).toEqual(placeholders(text));
    }
  });

  it('cover every exclusion reason and every error code', () => {
    expect(Object.keys(exportMessagesDe.exclusion).sort()).toEqual([...EXCLUSION_REASONS].sort());
    expect(Object.keys(exportMessagesDe.errors).sort()).toEqual([...EXPORT_ERROR_CODES].sort());
  });

  it('map reasons and errors to keys and params', () => {
    expect(exclusionMessageKey('onHold')).toBe('export.exclusion.onHold');
    expect(exportErrorMessage(new ExportError('invalidTimeZone', { timeZone: 'Mars/Olympus' }))).toEqual({
      messageKey: 'export.errors.invalidTimeZone',
      params: { timeZone: 'Mars/Olympus' },
    });
  });
});
