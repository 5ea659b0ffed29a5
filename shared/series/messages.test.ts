import { describe, expect, it } from 'vitest';
import { seriesExpansionMessage, seriesMessagesDe, seriesMessagesEn } from './messages';

function entries(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}

const params = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('series messages', () => {
  it('English has the keys and interpolation parameters of German', () => {
    const de = entries(seriesMessagesDe);
    const en = new Map(entries(seriesMessagesEn));
    expect([...en.keys()]).toEqual(de.map(([key]) => key));
    for (const [key, text] of de) expect(params(en.get(key) ?? ''), key).toEqual(params(text));
  });

  it('expansion results map to keys that exist (plural keys without their suffix)', () => {
    const keys = new Set(
      entries(seriesMessagesDe).map(([key]) => `series.${key.replace(/_(one|other)$/, '')}`),
    );
    const messages = [
      seriesExpansionMessage({ ok: false, reason: 'tooMany', limit: 400 }),
      seriesExpansionMessage({ ok: false, reason: 'noOccurrence' }),
      seriesExpansionMessage({
        ok: true,
        occurrences: [],
        skippedHolidays: [{ date: '2027-05-06', name: 'x' }],
      }),
    ];
    expect(messages).toEqual([
      { messageKey: 'series.tooMany', params: { limit: 400 } },
      { messageKey: 'series.noOccurrence' },
      { messageKey: 'series.holidaysSkipped', params: { count: 1 } },
    ]);
    for (const message of messages) expect(keys.has(message?.messageKey ?? '')).toBe(true);
    expect(seriesExpansionMessage({ ok: true, occurrences: [], skippedHolidays: [] })).toBe(null);
  });
});
