/** The PIN brake and the approval-rules draft. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKFLOW_SETTINGS } from '../../../shared/model/workflowSettings';
import { fromDraft, toDraft } from './policyDraft';
import { LOCK_MS, lockRemaining, noteRightPin, noteWrongPin, resetPinThrottle } from './pinThrottle';

describe('pinThrottle', () => {
  it('locks a profile for 30 s after five wrong tries, and a right PIN forgets the count', () => {
    resetPinThrottle();
    expect([1, 2, 3, 4].map(() => noteWrongPin('p', 1000))).toEqual([4, 3, 2, 1]);
    expect(lockRemaining('p', 1000)).toBe(0);
    expect(noteWrongPin('p', 1000)).toBe(0);
    expect(lockRemaining('p', 1000)).toBe(LOCK_MS);
    expect(lockRemaining('p', 1000 + LOCK_MS)).toBe(0);
    expect(lockRemaining('other', 1000)).toBe(0);
    noteWrongPin('q');
    noteRightPin('q');
    expect(noteWrongPin('q')).toBe(4);
  });
});

describe('policyDraft', () => {
  it('round-trips the stored settings', () => {
    expect(fromDraft(toDraft(DEFAULT_WORKFLOW_SETTINGS))).toEqual({
      ok: true,
      value: DEFAULT_WORKFLOW_SETTINGS,
    });
  });

  it('names duplicate categories, empty people steps and numbers out of range', () => {
    const draft = toDraft(DEFAULT_WORKFLOW_SETTINGS);
    const result = fromDraft({
      ...draft,
      default: { steps: [{ approvers: { kind: 'people', profileIds: [] }, mode: 'all' }] },
      categories: [...draft.categories, { name: ' krise ', policy: draft.default }],
      crisisWindowDays: 0,
      expiryLeadHours: 1.5,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'default.0': 'profilesUi.policies.errors.peopleRequired',
        'category.1.name': 'profilesUi.policies.errors.categoryTaken',
        expiryLeadHours: 'profilesUi.policies.errors.number',
        crisisWindowDays: 'profilesUi.policies.errors.number',
      },
    });
  });
});
