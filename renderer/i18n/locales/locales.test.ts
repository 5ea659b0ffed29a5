import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { deAT, deCH, withoutEszett } from './regional';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('message catalogues', () => {
  it('Swiss German has every German string, with ss for ß', () => {
    expect(JSON.stringify(de)).toContain('ß');
    expect(JSON.stringify(deCH)).not.toContain('ß');
    expect(deCH.errors.dismiss).toBe('Meldung schliessen');
    expect(keysOf(deCH)).toEqual(keysOf(de));
  });

  it('English and Austrian German fill every key', () => {
    expect(keysOf(en)).toEqual(keysOf(de));
    expect(keysOf(deAT)).toEqual(keysOf(de));
    expect(keysOf(en).every((key) => key.length > 0)).toBe(true);
  });

  it('withoutEszett leaves non-strings alone', () => {
    expect(withoutEszett({ a: 'Straße', b: 3, c: ['Grüße'] })).toEqual({ a: 'Strasse', b: 3, c: ['Grüsse'] });
  });
});
