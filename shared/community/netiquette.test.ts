import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../model/settings';
import { bumpNetiquette, buildNetiquette, hasClause, parseNetiquette, readyMadeClauses } from './netiquette';
import { BUILT_IN_CLAUSE_IDS, CLAUSE_TEMPLATES } from './netiquetteClauses';
import { COMMUNITY_ERRORS } from './messages';
import { fullNetiquette, ORGANISATION } from './testFixtures';

const KNOWN_ERRORS = new Set(COMMUNITY_ERRORS.map((key) => `community.errors.${key}`));

describe('ready-made clauses', () => {
  it('has every clause in every language, with a title and a text', () => {
    for (const template of CLAUSE_TEMPLATES) {
      for (const locale of UI_LOCALES) {
        expect(template.texts[locale].title.trim()).not.toBe('');
        expect(template.texts[locale].text.trim()).not.toBe('');
      }
    }
    expect(CLAUSE_TEMPLATES.map((template) => template.id)).toEqual([...BUILT_IN_CLAUSE_IDS]);
  });

  it('writes Swiss German without ß', () => {
    for (const template of CLAUSE_TEMPLATES) {
      const swiss = template.texts['de-CH'];
      expect(`${swiss.title} ${swiss.text} ${swiss.legalBasis ?? ''}`).not.toMatch(/ß/);
    }
    expect(readyMadeClauses(['illegal-content'], 'de-CH')[0]?.text).toContain('verstossen');
  });

  it('cites each country’s own law for discrimination, insults and personal data', () => {
    const basis = (id: string, locale: (typeof UI_LOCALES)[number]) =>
      readyMadeClauses([id], locale)[0]?.legalBasis ?? '';
    expect(basis('discrimination', 'de-DE')).toContain('§ 130 StGB');
    expect(basis('discrimination', 'de-CH')).toContain('Art. 261bis StGB');
    expect(basis('discrimination', 'de-AT')).toContain('§ 283 StGB');
    expect(basis('insult', 'de-CH')).toContain('Art. 177');
    expect(basis('insult', 'de-AT')).toContain('§ 115');
    expect(basis('personal-data', 'de-CH')).toContain('revDSG');
    expect(basis('personal-data', 'de-AT')).toContain('DSG');
    expect(basis('personal-data', 'de-DE')).toContain('DSGVO');
  });

  it('gives local examples of personal matters in Switzerland and Austria', () => {
    const text = (locale: (typeof UI_LOCALES)[number]) =>
      readyMadeClauses(['off-topic'], locale)[0]?.text ?? '';
    expect(text('de-DE')).toContain('Wohngeld');
    expect(text('de-CH')).toContain('Hundetaxe');
    expect(text('de-CH')).not.toContain('Wohngeld');
    expect(text('de-AT')).toContain('Hundeabgabe');
  });

  it('names no article where no single provision applies', () => {
    for (const id of ['spam', 'off-topic', 'advertising', 'illegal-content', 'impersonation']) {
      for (const locale of UI_LOCALES) expect(readyMadeClauses([id], locale)[0]?.legalBasis).toBeNull();
    }
  });
});

describe('buildNetiquette', () => {
  it('builds version 1 from chosen clauses in the chosen order, then the own ones', () => {
    const result = buildNetiquette({
      locale: 'de-AT',
      clauseIds: ['spam', 'insult'],
      customClauses: [
        {
          id: 'election-period',
          title: 'Wahlzeit',
          text: 'Keine Wahlwerbung.',
          legalBasis: null,
          consequence: 'hide',
        },
      ],
      organisation: ORGANISATION,
      date: '2026-12-01',
      changeNote: 'Erste Fassung',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.netiquette.version).toBe(1);
    expect(result.netiquette.clauses.map((clause) => clause.id)).toEqual([
      'spam',
      'insult',
      'election-period',
    ]);
    expect(result.netiquette.changes).toEqual([{ version: 1, date: '2026-12-01', note: 'Erste Fassung' }]);
  });

  it('refuses unknown clauses, no clauses, duplicates and missing organisation data with error keys', () => {
    const base = {
      locale: 'de-DE' as const,
      organisation: ORGANISATION,
      date: '2026-12-01',
      changeNote: 'Erste Fassung',
    };
    const cases = [
      [{ ...base, clauseIds: ['nonsense'] }, 'community.errors.clauseUnknown'],
      [{ ...base, clauseIds: [] }, 'community.errors.noClauses'],
      [{ ...base, clauseIds: ['spam', 'spam'] }, 'community.errors.clauseDuplicate'],
      [
        { ...base, clauseIds: ['spam'], organisation: { ...ORGANISATION, name: ' ' } },
        'community.errors.organisationNameRequired',
      ],
      [
        {
          ...base,
          clauseIds: ['spam'],
          organisation: { ...ORGANISATION, publishedUrl: 'javascript:alert(1)' },
        },
        'community.errors.publishedUrlInvalid',
      ],
      [
        {
          ...base,
          clauseIds: ['spam'],
          organisation: { ...ORGANISATION, publishedUrl: 'http://musterstadt.example/n' },
        },
        'community.errors.publishedUrlInvalid',
      ],
      [{ ...base, clauseIds: ['spam'], date: '2026-02-30' }, 'community.errors.dateInvalid'],
      [{ ...base, clauseIds: ['spam'], changeNote: '' }, 'community.errors.changeNoteRequired'],
    ] as const;
    for (const [draft, key] of cases) {
      const result = buildNetiquette(draft);
      expect(result.ok ? [] : result.errors).toContain(key);
      if (!result.ok) for (const error of result.errors) expect(KNOWN_ERRORS).toContain(error);
    }
  });
});

describe('bumpNetiquette', () => {
  it('makes the next version with its note and leaves the previous one unchanged', () => {
    const first = fullNetiquette();
    const snapshot = structuredClone(first);
    const result = bumpNetiquette(first, {
      date: '2027-01-15',
      note: 'Regel zu Spam entfernt',
      clauses: first.clauses.filter((clause) => clause.id !== 'spam'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.netiquette.version).toBe(2);
    expect(result.netiquette.validFrom).toBe('2027-01-15');
    expect(result.netiquette.changes.map((change) => change.note)).toEqual([
      'Erste Fassung',
      'Regel zu Spam entfernt',
    ]);
    expect(hasClause(result.netiquette, 'spam')).toBe(false);
    expect(hasClause(first, 'spam')).toBe(true);
    expect(first).toEqual(snapshot);
  });

  it('needs a note and a date not before the previous version', () => {
    const first = fullNetiquette();
    expect(bumpNetiquette(first, { date: '2026-11-30', note: 'zu früh' })).toEqual({
      ok: false,
      errors: ['community.errors.dateBeforePrevious'],
    });
    const noNote = bumpNetiquette(first, { date: '2026-12-02', note: '  ' });
    expect(noNote.ok ? [] : noNote.errors).toContain('community.errors.changeNoteRequired');
  });
});

describe('parseNetiquette', () => {
  it('accepts a stored netiquette and refuses an inconsistent history or unknown fields', () => {
    const stored = JSON.parse(JSON.stringify(fullNetiquette())) as Record<string, unknown>;
    expect(parseNetiquette(stored).ok).toBe(true);
    expect(parseNetiquette({ ...stored, version: 2 })).toEqual({
      ok: false,
      errors: ['community.errors.historyInvalid'],
    });
    expect(parseNetiquette({ ...stored, html: '<script>' })).toEqual({
      ok: false,
      errors: ['community.errors.invalid'],
    });
    expect(parseNetiquette('nope')).toEqual({ ok: false, errors: ['community.errors.invalid'] });
  });
});
