import { describe, expect, it } from 'vitest';
import { AUDIT_PROBLEMS } from './chain';
import { auditMessage, auditMessagesDe, auditMessagesEn } from './messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');

describe('audit messages', () => {
  it('have the same keys and placeholders in German and English, one for every problem', () => {
    const keys = Object.keys(auditMessagesDe.chain).sort();
    expect(Object.keys(auditMessagesEn.chain).sort()).toEqual(keys);
    expect(keys).toEqual([...AUDIT_PROBLEMS, 'ok'].sort());
    for (const problem of AUDIT_PROBLEMS) {
      expect(placeholders(auditMessagesDe.chain[problem])).toEqual(['seq']);
      expect(placeholders(auditMessagesEn.chain[problem])).toEqual(['seq']);
      expect(auditMessagesDe.chain[problem]).toMatch(/\bSie\b/);
    }
  });

  it('map results to keys and params', () => {
    expect(auditMessage({ ok: true })).toEqual({ messageKey: 'audit.chain.ok', params: {} });
    expect(auditMessage({ ok: false, seq: 4, problem: 'missing' })).toEqual({
      messageKey: 'audit.chain.missing',
      params: { seq: 4 },
    });
  });
});
