/**
 * The German catalogues read as German: no English words left in them, numbers before a plural noun only in
 * plural keys (i18next `_one`/`_other`, so "1 Warnungen" cannot happen), Swiss German with «…» and no ß, and no
 * label that repeats its own heading ("Krisenmodus: Krisenmodus seit …").
 */
import { describe, expect, it } from 'vitest';
import { deCatalogue } from '../catalogue';
import { deAT, deCH } from './regional';

function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
}

/** The visible words of a message: placeholders, links and hashtags left out. */
const words = (text: string): string =>
  text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/https?:\/\/\S+|#\S+|@\S+/g, ' ');

/** English words that leaked into the German interface before (roles, formats, workflow words). */
const ENGLISH =
  /(?<![\p{L}-])(approver|admin|the|and|please|with|draft|approved|settings|unlink)(?![\p{L}-])/iu;

/** Nouns the interface counts: a number placeholder right before one of them needs plural keys. */
const COUNTED =
  /\{\{\s*\w+\s*\}\}\s+(?:\p{Ll}+\s+)?(Beiträge|Warnungen|Befunde|Stufen|Bilder|Einträge|Punkte|Pflichtpunkte|Kommentare|Termine|Wörter|Hauptwörter)\b/u;
const PLURAL_KEY = /_(zero|one|two|few|many|other)$/;

/**
 * Counted messages left as they are, each with its reason: the number is never 1 where they are used, or (marked
 * "to split") several counts share one sentence and still need plural parts of their own.
 */
const NEVER_ONE: Record<string, string> = {
  'backupUi.auditSummary': 'to split: two counts of audit entries in one sentence',
  'backupUi.restored': 'to split: two counts in one summary of a restore',
  'checks.readability.longSentence': 'raised only above the maximum words, at least 2',
  'checks.readability.nounStyle': 'raised only above 3 nominalisations',
  'profilesUi.setup.checklistNote': 'the standard checklist has 8 items',
  'auditUi.count': '"{{count}} von {{total}} Einträgen": the noun follows the total',
  'reviewUi.dialog.findings':
    'counts listed as figures ("4 Warnungen"), being replaced by the findings themselves',
  'auditUi.retentionNote': 'several counts in one summary of a clean-up',
  'privacyUi.apply.done': 'several counts in one summary of a clean-up',
  'seriesUi.ruleChanged': 'several counts in one summary of a change',
  'seriesUi.deleted': 'several counts in one summary of a change',
  'series.tooMany': 'a limit of hundreds',
};

describe('German wording', () => {
  for (const [name, catalogue] of [
    ['de-DE', deCatalogue],
    ['de-CH', deCH],
    ['de-AT', deAT],
  ] as const) {
    it(`${name}: no English words left in the interface`, () => {
      const leaks = leaves(catalogue)
        .filter(([, text]) => ENGLISH.test(words(text)))
        .map(([key, text]) => `${key}: ${text}`);
      expect(leaks).toEqual([]);
    });

    it(`${name}: a number before a counted noun only in plural keys ("1 Warnungen" cannot happen)`, () => {
      const singularKeys = leaves(catalogue)
        .filter(
          ([key, text]) => COUNTED.test(text) && !PLURAL_KEY.test(key) && !Object.hasOwn(NEVER_ONE, key),
        )
        .map(([key, text]) => `${key}: ${text}`);
      expect(singularKeys).toEqual([]);
      // And each plural key has its `_one` form next to it.
      const keys = new Set(leaves(catalogue).map(([key]) => key));
      const lonely = [...keys].filter(
        (key) => key.endsWith('_other') && !keys.has(key.replace(/_other$/, '_one')),
      );
      expect(lonely).toEqual([]);
    });
  }

  it('de-CH: «…» quotes and ss, "abschliessen" everywhere', () => {
    const texts = leaves(deCH).map(([, text]) => text);
    expect(texts.filter((text) => /[„“‚]/.test(text))).toEqual([]);
    expect(texts.filter((text) => text.includes('ß'))).toEqual([]);
    expect(texts.some((text) => text.includes('«'))).toBe(true);
    expect(texts.filter((text) => /abschließ/i.test(text))).toEqual([]);
    expect(deCH.profilesUi.setup.submit).toBe('Einrichtung abschliessen');
  });

  it('says each thing once: the crisis banner does not repeat its label, the unlink button says what it undoes', () => {
    expect(deCatalogue.crisis.banner.startsWith('Krisenmodus')).toBe(false);
    expect(deCatalogue.mediaUi.unlink).toBe('Verknüpfung lösen');
    expect(deCatalogue.profilesUi.settings.pinHintOther).toContain('zu diesem Profil');
  });
});
