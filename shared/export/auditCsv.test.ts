import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appendEntry, type AuditEntry } from '../audit/chain';
import { AUDIT_CSV_HEADER, buildAuditCsv } from './auditCsv';
import { startsWithFormulaTrigger, unprotectCell, UTF8_BOM } from './csvSafety';

function chain(): AuditEntry[] {
  const entries: AuditEntry[] = [];
  entries.push(
    appendEntry(
      entries,
      { actorId: 'u1', action: 'approve', postId: 'p1', contentHash: 'f'.repeat(64), note: null },
      new Date('2026-03-28T23:30:00Z'),
    ),
  );
  entries.push(
    appendEntry(
      entries,
      {
        actorId: 'ghost',
        action: 'export',
        postId: null,
        contentHash: null,
        note: '=cmd|"/C calc"!A0\nZeile 2, mit Komma',
      },
      new Date('2026-03-29T10:00:00Z'),
    ),
  );
  return entries;
}

describe('buildAuditCsv', () => {
  it('writes a header and one protected row per entry, read back with papaparse', () => {
    const entries = chain();
    const file = buildAuditCsv(entries, { timeZone: 'Europe/Berlin', actorNames: { u1: 'Paula Prüfer' } });
    expect(file.name).toBe('pruefprotokoll.csv');
    expect(file.text.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), {
      header: true,
      delimiter: ',',
      newline: '\r\n',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...AUDIT_CSV_HEADER]);
    for (const cell of parsed.data.flatMap((r) => Object.values(r)))
      expect(startsWithFormulaTrigger(cell)).toBe(false);
    const [first, second] = parsed.data.map((r) =>
      Object.fromEntries(Object.entries(r).map(([key, value]) => [key, unprotectCell(value)])),
    );
    expect(first).toEqual({
      seq: '1',
      at: '2026-03-28T23:30:00.000Z',
      atLocal: '2026-03-29T00:30:00+01:00',
      actorId: 'u1',
      actorName: 'Paula Prüfer',
      action: 'approve',
      postId: 'p1',
      contentHash: 'f'.repeat(64),
      note: '',
      previousHash: entries[0]?.previousHash,
      hash: entries[0]?.hash,
    });
    expect(second).toMatchObject({
      atLocal: '2026-03-29T12:00:00+02:00',
      actorName: '',
      postId: '',
      note: '=cmd|"/C calc"!A0\nZeile 2, mit Komma',
      previousHash: entries[0]?.hash,
    });
    expect(parsed.data[1]?.note?.startsWith("'=")).toBe(true);
  });

  it('writes only the header for an empty trail, without BOM when asked', () => {
    const file = buildAuditCsv([], {
      timeZone: 'Europe/Vienna',
      actorNames: {},
      bom: false,
      name: 'audit.csv',
    });
    expect(file).toEqual({ name: 'audit.csv', text: AUDIT_CSV_HEADER.join(',') });
  });
});
