import { describe, expect, it } from 'vitest';
import { ANCHOR_PROBLEMS } from '../audit/anchors';
import { approvalProblemMessage, rosterProblemMessage, trustMessagesDe, trustMessagesEn } from './messages';
import { APPROVAL_PROBLEMS } from './problems';
import { ROSTER_PROBLEMS } from './verifyRoster';

describe('trust messages', () => {
  it('has a German and an English text for every problem, with the same placeholders', () => {
    const groups = [
      ['problems', APPROVAL_PROBLEMS],
      ['roster', ROSTER_PROBLEMS],
      ['anchors', ANCHOR_PROBLEMS],
    ] as const;
    for (const [group, codes] of groups) {
      const de: Record<string, string> = trustMessagesDe[group];
      const en: Record<string, string> = trustMessagesEn[group];
      expect(Object.keys(de).sort()).toEqual([...codes].sort());
      expect(Object.keys(en).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const placeholders = (text: string | undefined) =>
          [...(text ?? '').matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
        expect(placeholders(en[code])).toEqual(placeholders(de[code]));
      }
    }
  });

  it('names the i18n keys', () => {
    expect(approvalProblemMessage({ code: 'contentChanged', params: { step: 1 } })).toEqual({
      messageKey: 'trust.problems.contentChanged',
      params: { step: 1 },
    });
    expect(rosterProblemMessage({ code: 'keyReused', entryId: null, params: {} }).messageKey).toBe(
      'trust.roster.keyReused',
    );
  });
});
