import { describe, expect, it } from 'vitest';
import { POST_ERROR_CODES } from '../../../shared/model/postInput';
import { deCatalogue, enCatalogue } from '../catalogue';
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
    expect(JSON.stringify(deCatalogue)).toContain('ß');
    expect(JSON.stringify(deCH)).not.toContain('ß');
    expect(deCH.errors.dismiss).toBe('Meldung schliessen');
    expect(keysOf(deCH)).toEqual(keysOf(deCatalogue));
  });

  it('English and Austrian German fill every key, including the shared modules and features', () => {
    expect(keysOf(enCatalogue).sort()).toEqual(keysOf(deCatalogue).sort());
    expect(keysOf(deAT)).toEqual(keysOf(deCatalogue));
    expect(keysOf(deCatalogue).some((key) => key.startsWith('limits.'))).toBe(true);
  });

  it('has a message for every reason the post validation gives (the data layer returns these keys)', () => {
    const keys = new Set(keysOf(deCatalogue));
    const missing = POST_ERROR_CODES.map((code) => `post.errors.${code}`).filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
    expect(keys.has('post.errors.summary')).toBe(true);
  });

  it('withoutEszett leaves non-strings alone and keeps arrays', () => {
    expect(withoutEszett({ a: 'Straße', b: 3, c: ['Grüße'] })).toEqual({ a: 'Strasse', b: 3, c: ['Grüsse'] });
  });
});
