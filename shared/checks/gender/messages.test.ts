import { describe, expect, it } from 'vitest';
import { GENDER_PROFILES } from '../types';
import { findGenderIssues } from './genderRule';
import { genderMessagesDe, genderMessagesEn } from './messages';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match) => match[1] ?? '').sort();

describe('gender messages', () => {
  it('have the same keys and placeholders in German and English', () => {
    expect(Object.keys(genderMessagesEn).sort()).toEqual(Object.keys(genderMessagesDe).sort());
    for (const [key, text] of Object.entries(genderMessagesDe)) {
      expect(placeholders(genderMessagesEn[key as keyof typeof genderMessagesDe]), key).toEqual(
        placeholders(text),
      );
    }
  });

  it('address the reader formally and say what to do', () => {
    for (const text of Object.values(genderMessagesDe)) {
      expect(text).toMatch(/Bitte \p{Ll}+ Sie/u);
      expect(text).not.toMatch(/\b(?:du|dein|dich|dir)\b/iu);
    }
    for (const text of Object.values(genderMessagesEn)) expect(text).toMatch(/[Pp]lease/u);
  });

  it('cover every message key and param the rule produces', () => {
    const text = 'Alle Bürger, Bürger*innen, Bürger:innen, BürgerInnen und das Bürger*innenbüro.';
    const produced = new Set<string>();
    for (const profile of GENDER_PROFILES) {
      for (const finding of findGenderIssues(text, profile)) {
        const key = finding.messageKey.replace(/^checks\.gender\./u, '');
        produced.add(key);
        expect(Object.keys(genderMessagesDe)).toContain(key);
        const message = genderMessagesDe[key as keyof typeof genderMessagesDe];
        for (const name of placeholders(message)) expect(finding.params).toHaveProperty(name);
      }
    }
    expect([...produced].sort()).toEqual(Object.keys(genderMessagesDe).sort());
  });
});
