import { describe, expect, it } from 'vitest';
import { GENDER_TERMS } from './terms';
import { TERMS_A_TO_K } from './termsAtoK';
import { TERMS_L_TO_Z } from './termsLtoZ';

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('GENDER_TERMS', () => {
  it('has at least 150 terms', () => {
    expect(GENDER_TERMS.length).toBeGreaterThanOrEqual(150);
  });

  it('has no duplicate stems and no form that belongs to two terms', () => {
    expect(duplicates(GENDER_TERMS.map((term) => term.stem))).toEqual([]);
    expect(duplicates(GENDER_TERMS.flatMap((term) => [...new Set(term.forms)]))).toEqual([]);
  });

  it('is split alphabetically and sorted', () => {
    const collator = new Intl.Collator('de');
    for (const term of TERMS_A_TO_K) expect(collator.compare(term.stem, 'L')).toBeLessThan(0);
    for (const term of TERMS_L_TO_Z) expect(collator.compare(term.stem, 'L')).toBeGreaterThan(0);
    const stems = GENDER_TERMS.map((term) => term.stem);
    expect(stems).toEqual([...stems].sort(collator.compare));
  });

  it('contains the core public-sector terms', () => {
    const stems = new Set(GENDER_TERMS.map((term) => term.stem));
    const core = ['Bürger', 'Mitarbeiter', 'Antragsteller', 'Einwohner', 'Besucher', 'Teilnehmer', 'Lehrer'];
    const more = ['Schüler', 'Student', 'Bewerber', 'Ansprechpartner', 'Kollege', 'Nutzer', 'Steuerzahler'];
    const rest = [
      'Wähler',
      'Anwohner',
      'Fußgänger',
      'Radfahrer',
      'Autofahrer',
      'Zuschauer',
      'Experte',
      'Polizist',
    ];
    const last = [
      'Beamter',
      'Arzt',
      'Pfleger',
      'Erzieher',
      'Sachbearbeiter',
      'Vertreter',
      'Verbraucher',
      'Kunde',
    ];
    const end = ['Patient', 'Senior', 'Flüchtling', 'Feuerwehrmann'];
    for (const stem of [...core, ...more, ...rest, ...last, ...end]) expect(stems, stem).toContain(stem);
  });

  it.each(GENDER_TERMS.map((term) => [term.stem, term] as const))('%s is consistent', (stem, term) => {
    expect(term.forms).toContain(stem);
    for (const form of term.forms) expect(form).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(term.neutral.length > 0 || term.pair !== null).toBe(true);
    if (term.pair !== null) {
      const [feminine, masculine] = term.pair.split(' und ');
      expect(term.feminine).toContain(feminine);
      expect(term.forms).toContain(masculine);
    }
    expect(term.colon).toBe(term.star === null ? null : term.star.replace('*', ':'));
    if (term.star !== null) {
      expect(term.star).toMatch(/^\p{Lu}\p{Ll}+\*innen$/u);
      expect(term.feminine).toContain(term.star.replace('*', ''));
    }
  });

  it('leaves out nouns that are already neutral', () => {
    const forms = new Set(GENDER_TERMS.flatMap((term) => term.forms));
    for (const word of [
      'Einsatzkräfte',
      'Mitarbeitende',
      'Studierende',
      'Polizei',
      'Team',
      'Person',
      'Mitglied',
    ]) {
      expect(forms.has(word), word).toBe(false);
    }
  });
});
