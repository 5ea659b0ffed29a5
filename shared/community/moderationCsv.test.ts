import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unprotectCell, UTF8_BOM } from '../export/csvSafety';
import type { ModerationEntry } from './moderation';
import { moderationCsv, redactNote } from './moderationCsv';
import { fullNetiquette, VALID_ENTRY } from './testFixtures';

const ENTRY: ModerationEntry = { ...VALID_ENTRY };

function rows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(UTF8_BOM, ''), { skipEmptyLines: true });
  return parsed.data.map((row) => row.map(unprotectCell));
}

describe('moderationCsv', () => {
  it('writes a localised header, the action, the clause with its title and the recorder’s name', () => {
    const file = moderationCsv([ENTRY], 'de-DE', {
      actorNames: { 'user-anna': 'Anna Beispiel' },
      netiquettes: [fullNetiquette()],
    });
    expect(file.name).toBe('moderationsprotokoll.csv');
    expect(file.text.startsWith(UTF8_BOM)).toBe(true);
    const [header, row] = rows(file.text);
    expect(header?.slice(0, 4)).toEqual(['Zeitpunkt', 'Netzwerk', 'Maßnahme', 'Regel der Netiquette']);
    expect(row).toEqual([
      '2026-12-07T14:30:00+01:00',
      'Facebook',
      'Gelöscht',
      'insult',
      'Beleidigungen und Drohungen',
      '1',
      ENTRY.commentUrl,
      ENTRY.note,
      '',
      '',
      'Anna Beispiel',
      'mod-1',
    ]);
  });

  it('writes Swiss German headers without ß and English ones', () => {
    expect(rows(moderationCsv([ENTRY], 'de-CH').text)[0]).toContain('Massnahme');
    expect(rows(moderationCsv([ENTRY], 'en').text)[0]?.slice(0, 3)).toEqual(['Time', 'Network', 'Action']);
    expect(moderationCsv([ENTRY], 'en').name).toBe('moderation-record.csv');
  });

  it('removes personal data from notes and names what was removed', () => {
    const entry = {
      ...ENTRY,
      note: 'Schrieb seine Adresse max@example.org und 0171 2345678 in den Kommentar.',
    };
    const row = rows(moderationCsv([entry], 'de-DE').text)[1];
    expect(row?.[7]).toBe('Schrieb seine Adresse [entfernt] und [entfernt] in den Kommentar.');
    expect(row?.[8]).toBe('E-Mail-Adresse, Telefonnummer');
    const kept = rows(moderationCsv([entry], 'de-DE', { redactNotes: false }).text)[1];
    expect(kept?.[7]).toBe(entry.note);
    expect(kept?.[8]).toBe('E-Mail-Adresse, Telefonnummer');
  });

  it('guards every cell against formula injection and keeps the text recoverable', () => {
    const entry = { ...ENTRY, note: '=HYPERLINK("https://evil.example","klick")', actorId: 'user-x' };
    const file = moderationCsv([entry], 'de-DE', { actorNames: { 'user-x': '+49 Team' }, bom: false });
    const raw = Papa.parse<string[]>(file.text, { skipEmptyLines: true }).data[1];
    expect(raw?.[7]?.startsWith("'=")).toBe(true);
    expect(raw?.[10]).toBe("'+49 Team");
    expect(rows(file.text)[1]?.[7]).toBe(entry.note);
  });

  it('ignores inherited names when resolving the recorder', () => {
    const row = rows(
      moderationCsv([{ ...ENTRY, actorId: 'constructor' }], 'de-DE', { actorNames: {} }).text,
    )[1];
    expect(row?.[10]).toBe('');
  });
});

describe('redactNote', () => {
  it('replaces each span once, in order, skipping overlaps', () => {
    expect(
      redactNote(
        'abcdef',
        [
          { kind: 'phone', start: 3, end: 5 },
          { kind: 'email', start: 0, end: 2 },
          { kind: 'iban', start: 1, end: 4 },
        ],
        '#',
      ),
    ).toBe('#c#f');
  });
});
