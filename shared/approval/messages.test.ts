import { describe, expect, it } from 'vitest';
import { approvalMessageKey, approvalMessagesDe, approvalMessagesEn } from './messages';
import { APPROVAL_FAILURES } from './signature';

describe('approval messages', () => {
  it('have the same keys in German and English, one for every result', () => {
    const keys = Object.keys(approvalMessagesDe.verification).sort();
    expect(Object.keys(approvalMessagesEn.verification).sort()).toEqual(keys);
    expect(keys).toEqual([...APPROVAL_FAILURES, 'valid'].sort());
  });

  it('address the reader formally and are not empty', () => {
    for (const text of Object.values(approvalMessagesDe.verification))
      expect(text).not.toMatch(/\b(du|dein\w*)\b/i);
    const failures = APPROVAL_FAILURES.map((reason) => approvalMessagesDe.verification[reason]);
    for (const text of failures) expect(text).toMatch(/\bSie\b/);
    for (const text of Object.values(approvalMessagesEn.verification))
      expect(text.length).toBeGreaterThan(20);
  });

  it('map results to keys', () => {
    expect(approvalMessageKey({ valid: true })).toBe('approval.verification.valid');
    expect(approvalMessageKey({ valid: false, reason: 'keyMismatch' })).toBe(
      'approval.verification.keyMismatch',
    );
  });
});
