/** The audit log's note column speaks the reader's words, not the desk's internal keys. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { noteLabel } from './actionLabel';

describe('noteLabel', () => {
  const t = createI18n('de-DE').t;

  it('names an override by the family of its check, with the reason as written', () => {
    expect(noteLabel(t, 'checksOverridden', 'limits.media.required: Bild folgt per Link')).toBe(
      'Vorgaben des Netzwerks: Bild folgt per Link',
    );
    expect(noteLabel(t, 'checksOverridden', 'personalData.phone: Eigene Nummer')).toBe(
      'Personenbezogene Daten: Eigene Nummer',
    );
    expect(noteLabel(t, 'checksOverridden', 'unbekannt: bleibt')).toBe('unbekannt: bleibt');
  });

  it('writes role lists as role names', () => {
    expect(noteLabel(t, 'keyCertified', 'Paula Prüfer (editor, approver, admin) · 0123abcd')).toBe(
      'Paula Prüfer (Redaktion, Freigabe, Administration) · 0123abcd',
    );
    expect(noteLabel(t, 'keyCertified', 'Paula (siehe Notiz)')).toBe('Paula (siehe Notiz)');
  });
});
