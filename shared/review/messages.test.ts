import { describe, expect, it } from 'vitest';
import { DECISION_REFUSALS } from './checkDecision';
import { reviewMessagesDe, reviewMessagesEn } from './messages';

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

describe('review messages', () => {
  it('have the same keys and placeholders in German and English', () => {
    const de = flatten(reviewMessagesDe);
    const en = flatten(reviewMessagesEn);
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const [key, text] of Object.entries(de))
      expect(placeholders(en[key] ?? '')).toEqual(placeholders(text));
  });

  it('explain every refusal reason', () => {
    expect(Object.keys(reviewMessagesDe.refusal).sort()).toEqual([...DECISION_REFUSALS].sort());
    for (const reason of DECISION_REFUSALS)
      expect(reviewMessagesDe.refusal[reason]).toMatch(/nicht übernommen/);
  });
});
