import { describe, expect, it } from 'vitest';
import { communityMessages, communityMessagesDe, communityMessagesEn } from './messages';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
}

describe('community messages', () => {
  it('fills the same keys in English', () => {
    expect(keys(communityMessagesEn).sort()).toEqual(keys(communityMessagesDe).sort());
  });

  it('derives Swiss German without ß, keeps Austrian German as German', () => {
    const swiss = communityMessages('de-CH');
    expect(keys(swiss).sort()).toEqual(keys(communityMessagesDe).sort());
    for (const text of strings(swiss)) expect(text).not.toMatch(/ß/);
    expect(swiss.csv.action).toBe('Massnahme');
    expect(communityMessages('de-AT')).toBe(communityMessagesDe);
    expect(communityMessages('en')).toBe(communityMessagesEn);
  });

  it('keeps the placeholders of each German text in English', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const english = new Map(
      keys(communityMessagesEn).map((key, index) => [key, strings(communityMessagesEn)[index]]),
    );
    keys(communityMessagesDe).forEach((key, index) => {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(
        placeholders(strings(communityMessagesDe)[index] ?? ''),
      );
    });
  });
});
