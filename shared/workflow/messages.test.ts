import { describe, expect, it } from 'vitest';
import { workflowMessagesDe, workflowMessagesEn } from './messages';
import { WORKFLOW_STATUSES } from './statuses';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/gu)].map((match) => match[1] ?? '').sort();
}

describe('workflow messages', () => {
  it('have the same keys and placeholders in German and English', () => {
    for (const section of Object.keys(workflowMessagesDe) as (keyof typeof workflowMessagesDe)[]) {
      const de: Record<string, string> = workflowMessagesDe[section];
      const en: Record<string, string> = workflowMessagesEn[section];
      expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
      for (const key of Object.keys(de)) {
        expect(placeholders(en[key] ?? ''), `${section}.${key}`).toEqual(placeholders(de[key] ?? ''));
        expect(de[key]?.trim(), `${section}.${key}`).not.toBe('');
      }
    }
  });

  it('label every status, in German as the desk names them', () => {
    expect(Object.keys(workflowMessagesDe.status).sort()).toEqual([...WORKFLOW_STATUSES].sort());
    expect(Object.values(workflowMessagesDe.status)).toEqual([
      'Entwurf',
      'In Prüfung',
      'Änderungen erbeten',
      'Freigegeben',
      'Exportiert',
      'Veröffentlicht',
      'Archiviert',
      'Zurückgezogen',
      'Abgelaufen',
      'Angehalten',
    ]);
  });

  it('address the reader formally', () => {
    for (const text of Object.values(workflowMessagesDe.errors))
      expect(text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/iu);
  });
});
