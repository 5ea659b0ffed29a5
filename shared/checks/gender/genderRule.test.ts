import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, GENDER_PROFILES, type CheckFinding, type GenderProfile } from '../types';
import { THING_SUFFIXES } from './exceptions';
import { GENDER_FIXTURES } from './genderFixtures';
import { findGenderIssues, GENDER_SOURCES, genderRule } from './genderRule';
import { GENDER_TERMS } from './terms';

const run = (text: string, genderProfile: GenderProfile): CheckFinding[] =>
  genderRule.run({
    channel: 'facebook',
    text,
    crisis: false,
    settings: { ...DEFAULT_CHECK_SETTINGS, genderProfile },
  });
const terms = (findings: CheckFinding[], rule: string): string[] =>
  findings.filter((finding) => finding.rule === rule).map((finding) => String(finding.params['term']));
const SIGN_OF_PROFILE: Partial<Record<GenderProfile, string>> = { colon: ':', star: '*' };

describe('genderRule on realistic posts', () => {
  it('has at least 60 fixture sentences', () => {
    expect(GENDER_FIXTURES.length).toBeGreaterThanOrEqual(60);
  });

  for (const profile of GENDER_PROFILES) {
    describe(`profile ${profile}`, () => {
      it.each(GENDER_FIXTURES.map((fixture) => [fixture.text, fixture] as const))('%s', (text, fixture) => {
        const findings = run(text, profile);
        if (profile === 'off') {
          expect(findings).toEqual([]);
          return;
        }
        const own = SIGN_OF_PROFILE[profile];
        const signs = fixture.signs.filter((sign) => own === undefined || !sign.includes(own));
        expect(terms(findings, 'gender.masculineGeneric')).toEqual(fixture.masculine);
        expect(terms(findings, 'gender.genderSign')).toEqual(signs);
        const flagged = findings.map((finding) => finding.params['term']);
        for (const word of fixture.clean) expect(flagged).not.toContain(word);
      });
    });
  }
});

describe('genderRule findings', () => {
  it('warns on a masculine generic with the neutral form, else the pair form', () => {
    const [finding, ...rest] = run('Alle Mitarbeiter sind da.', 'neutralOrPair');
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      id: 'gender.masculineGeneric:5',
      rule: 'gender.masculineGeneric',
      severity: 'warn',
      messageKey: 'checks.gender.masculineGeneric',
      params: { term: 'Mitarbeiter', suggestion: 'Mitarbeitende' },
      range: { start: 5, end: 16 },
      suggestion: 'Mitarbeitende',
      source: GENDER_SOURCES.neutralOrPair,
    });
    expect(run('Die Patienten warten.', 'neutralOrPair')[0]?.suggestion).toBe('Patientinnen und Patienten');
    expect(run('Die Lehrer kommen.', 'neutralOrPair')[0]?.suggestion).toBe('Lehrkräfte');
    expect(run('Die Studenten kommen.', 'neutralOrPair')[0]?.suggestion).toBe('Studierende');
  });

  it('blocks every gender sign under neutralOrPair and names Bavaria and the Bundeskanzlei', () => {
    const findings = run(
      'Bürger*innen, Bürger:innen, Bürger_innen, Bürger·innen, BürgerInnen',
      'neutralOrPair',
    );
    expect(findings).toHaveLength(5);
    for (const finding of findings) {
      expect(finding.severity).toBe('block');
      expect(finding.messageKey).toBe('checks.gender.signForbidden');
      expect(finding.suggestion).toBe('Bevölkerung');
      expect(finding.source).toMatch(
        /^Sprachregelung der Organisation: Paar- oder neutrale Formen.*AGO § 22 Abs\. 5.*Bundeskanzlei/u,
      );
    }
    expect(run('Die Ärzt:in hilft.', 'neutralOrPair')[0]?.suggestion).toBe('Ärztin oder Arzt');
    expect(run('Die Patient*innen warten.', 'neutralOrPair')[0]?.suggestion).toBe(
      'Patientinnen und Patienten',
    );
  });

  it('builds a pair form for unknown -er stems and has no suggestion for sign compounds', () => {
    expect(run('Die Schauspieler*innen proben.', 'neutralOrPair')[0]?.suggestion).toBe(
      'Schauspielerinnen und Schauspieler',
    );
    const [compound] = run('Das Bürger*innenbüro öffnet.', 'neutralOrPair');
    expect(compound?.messageKey).toBe('checks.gender.signForbiddenNoSuggestion');
    expect(compound?.suggestion).toBeNull();
    expect(compound?.params).toEqual({ term: 'Bürger*innenbüro', suggestion: '' });
  });

  it('suggests the colon or star form under those profiles and warns on other signs', () => {
    expect(run('Alle Bürger kommen.', 'colon')[0]?.suggestion).toBe('Bürger:innen');
    expect(run('Alle Bürger kommen.', 'star')[0]?.suggestion).toBe('Bürger*innen');
    expect(run('Die Feuerwehrmänner kommen.', 'star')[0]?.suggestion).toBe('Feuerwehrleute');
    const [colonWarn] = run('Alle Bürger*innen kommen.', 'colon');
    expect(colonWarn).toMatchObject({
      severity: 'warn',
      suggestion: 'Bürger:innen',
      source: GENDER_SOURCES.colon,
    });
    expect(colonWarn?.messageKey).toBe('checks.gender.signInconsistent');
    expect(run('Alle BürgerInnen kommen.', 'star')[0]?.suggestion).toBe('Bürger*innen');
    expect(run('Alle Bürger:innen kommen.', 'colon')).toEqual([]);
    expect(run('Alle Bürger*innen kommen.', 'star')).toEqual([]);
  });

  it('flags every inflected form of every term of the word list', () => {
    for (const term of GENDER_TERMS) {
      expect(term.forms.length, term.stem).toBeGreaterThanOrEqual(2);
      for (const form of term.forms) {
        const text = `Heute melden sich ${form} bei uns.`;
        const flagged = run(text, 'neutralOrPair').filter((f) => f.rule === 'gender.masculineGeneric');
        expect(
          flagged.map((f) => f.params['term']),
          form,
        ).toEqual([form]);
      }
    }
  });

  it('leaves official names alone but flags the same term outside them', () => {
    const text = 'Das Bundesamt für Migration und Flüchtlinge berät Flüchtlinge.';
    expect(run(text, 'neutralOrPair').map((f) => f.range?.start)).toEqual([text.lastIndexOf('Flüchtlinge')]);
    expect(run('Der Bund der Steuerzahler kritisiert die Kosten.', 'colon')).toEqual([]);
    expect(run('Ärzte ohne Grenzen hilft vor Ort, Ärzte fehlen.', 'star')).toHaveLength(1);
  });

  it('flags compounds headed by a person term with a prefixed suggestion', () => {
    expect(
      run('Die Neubürger und Oberbürgermeister kommen.', 'neutralOrPair').map((f) => f.suggestion),
    ).toEqual(['Zugezogene', 'Oberbürgermeisterinnen und Oberbürgermeister']);
    expect(run('Die Verkehrsteilnehmer warten.', 'colon')[0]?.suggestion).toBe('Verkehrsteilnehmer:innen');
    expect(run('Viele Kriegsflüchtlinge kommen.', 'star')[0]?.suggestion).toBe('Kriegsgeflüchtete');
  });

  it('flags every inflected form and the range covers exactly the word', () => {
    for (const word of [
      'Bürger',
      'Bürgers',
      'Bürgern',
      'Kollege',
      'Kollegen',
      'Arztes',
      'Ärzten',
      'Beamter',
    ]) {
      const text = `Heute: ${word}.`;
      const [finding] = run(text, 'neutralOrPair');
      expect(finding?.range).toEqual({ start: 7, end: 7 + word.length });
      expect(text.slice(finding?.range?.start, finding?.range?.end)).toBe(word);
    }
  });

  it('never flags a term followed by a thing suffix', () => {
    for (const term of GENDER_TERMS) {
      for (const suffix of THING_SUFFIXES) {
        expect(findGenderIssues(`Das ${term.stem}${suffix} ist offen.`, 'neutralOrPair')).toEqual([]);
      }
    }
  });

  it('never flags the feminine, neutral and pair forms of any term', () => {
    for (const term of GENDER_TERMS) {
      const text = [...term.feminine, ...term.neutral, term.pair ?? ''].join('. ');
      expect(findGenderIssues(text, 'neutralOrPair'), text).toEqual([]);
      expect(findGenderIssues(term.colon ?? '', 'colon')).toEqual([]);
      expect(findGenderIssues(term.star ?? '', 'star')).toEqual([]);
    }
  });

  it('handles punctuation and word boundaries', () => {
    expect(terms(run('„Bürger“! (Schüler) #Lehrer', 'neutralOrPair'), 'gender.masculineGeneric')).toEqual([
      'Bürger',
      'Schüler',
      'Lehrer',
    ]);
    expect(run('bürger BÜRGER Bürgerinnen-Dialog', 'neutralOrPair')).toEqual([]);
  });
});

describe('genderRule robustness', () => {
  it('never throws and every range lies within the text', () => {
    const pieces = fc.constantFrom(
      'Bürger',
      '*innen',
      ':in',
      'Innen',
      '-',
      ' und ',
      'Bürgerinnen',
      'steig',
      ' ',
      '„',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 }))).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...GENDER_PROFILES), (input, profile) => {
        const findings = run(input, profile);
        for (const finding of findings) {
          expect(finding.range).not.toBeNull();
          const { start, end } = finding.range ?? { start: -1, end: -1 };
          expect(0 <= start && start < end && end <= input.length).toBe(true);
          expect(finding.id).toBe(`${finding.rule}:${start}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
