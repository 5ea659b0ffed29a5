import { describe, expect, it } from 'vitest';
import { readabilityMessagesDe, readabilityMessagesEn } from './messages';
import { READABILITY_RULES, readabilityRule } from './rules';
import { DEFAULT_CHECK_SETTINGS } from '../types';

const params = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('readability messages', () => {
  it('German and English have one message per rule with the same parameters', () => {
    expect(Object.keys(readabilityMessagesDe).sort()).toEqual([...READABILITY_RULES].sort());
    expect(Object.keys(readabilityMessagesEn).sort()).toEqual([...READABILITY_RULES].sort());
    for (const rule of READABILITY_RULES) {
      expect(params(readabilityMessagesEn[rule]), rule).toEqual(params(readabilityMessagesDe[rule]));
    }
  });

  it('German addresses the person formally and says what to do', () => {
    for (const text of Object.values(readabilityMessagesDe)) {
      expect(text).toMatch(/Bitte .*Sie/);
      expect(text).not.toMatch(/\b(du|dein|deine)\b/i);
    }
    for (const text of Object.values(readabilityMessagesEn)) expect(text).toMatch(/Please/);
  });

  it('every finding’s key exists and supplies the parameters its message uses', () => {
    const text =
      'Gemäß der Satzung gilt ggf. die Straßenverkehrsordnung. Die KfW hilft. ' +
      'Die Durchführung der Überprüfung der Einhaltung der Regelung zur Verbesserung der Sicherheit ist geplant. ' +
      'Die Inanspruchnahme der Leistungen erfordert eine vorherige Antragstellung und eine Unterschrift des Antragstellers.';
    const findings = readabilityRule.run({
      channel: 'linkedin',
      text,
      crisis: false,
      settings: { ...DEFAULT_CHECK_SETTINGS, maxSentenceWords: 12 },
    });
    const short = readabilityRule.run({
      channel: 'linkedin',
      text: 'Unter Berücksichtigung der Entwicklungen erfolgt die Durchführung der Veranstaltung später.',
      crisis: false,
      settings: DEFAULT_CHECK_SETTINGS,
    });
    findings.push(...short);
    expect(new Set(findings.map((f) => f.rule)).size).toBe(READABILITY_RULES.length);
    for (const finding of findings) {
      const key = finding.messageKey.replace('checks.readability.', '') as keyof typeof readabilityMessagesDe;
      expect(readabilityMessagesDe[key], finding.messageKey).toBeTypeOf('string');
      for (const name of params(readabilityMessagesDe[key]))
        expect(finding.params, name).toHaveProperty(name);
    }
  });
});
