import { describe, expect, it } from 'vitest';
import { crisisMessagesDe, crisisMessagesEn } from './messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[`${prefix}${key}`] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('crisis messages', () => {
  it('have the same keys and placeholders in German and English', () => {
    const de = flatten(crisisMessagesDe);
    const en = flatten(crisisMessagesEn);
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const [key, text] of Object.entries(de))
      expect(placeholders(en[key] ?? '')).toEqual(placeholders(text));
    expect(Object.keys(de)).toContain('errors.reasonRequired');
  });
});
