/**
 * The Swiss catalogue is derived when a Swiss desk first reads a text, not at every start (issue 14, page load):
 * the derivation runs once and only on use, and i18next reads the derived texts through the lazy object.
 */
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n';
import { derivedOnFirstUse } from './regional';

describe('derivedOnFirstUse', () => {
  it('derives nothing until a key is read, then once for all keys', () => {
    const base = { a: { text: 'Straße' }, b: { text: 'Fuß' } };
    const derive = vi.fn(() => ({ a: { text: 'Strasse' }, b: { text: 'Fuss' } }));
    const lazy = derivedOnFirstUse(base, derive);
    expect(Object.keys(lazy)).toEqual(['a', 'b']);
    expect(derive).not.toHaveBeenCalled();
    expect(lazy.a.text).toBe('Strasse');
    expect(lazy.b.text).toBe('Fuss');
    expect(JSON.stringify(lazy)).toBe('{"a":{"text":"Strasse"},"b":{"text":"Fuss"}}');
    expect(derive).toHaveBeenCalledTimes(1);
  });
});

describe('the Swiss desk', () => {
  it('translates with the derived texts: ss for ß and «…» quotes', () => {
    const i18n = createI18n('de-CH');
    expect(i18n.t('errors.dismiss')).toBe('Meldung schliessen');
    expect(i18n.t('post.saved', { title: 'Quiz' })).toBe('Beitrag «Quiz» gespeichert.');
  });

  it('leaves the German desk its own spelling', () => {
    expect(createI18n('de-DE').t('errors.dismiss')).toBe('Meldung schließen');
  });
});
