import { describe, expect, it } from 'vitest';
import {
  expiresSoon,
  transition,
  type WorkflowAction,
  type WorkflowContext,
  type WorkflowState,
} from './machine';
import { ADMIN, APPROVER_A, EDITOR, makeContext, makeState, SAMPLE_ACTIONS, SCHEDULED } from './testFixtures';

function run(state: WorkflowState, action: WorkflowAction, context: Partial<WorkflowContext> = {}) {
  return transition(state, action, makeContext(context));
}

const inReview = (overrides: Partial<WorkflowState> = {}) => makeState({ status: 'in_review', ...overrides });

describe('expire', () => {
  it('expires exactly at the scheduled time, not a millisecond before', () => {
    expect(run(inReview(), SAMPLE_ACTIONS.expire, { now: '2026-11-26T11:59:59.999Z' })).toEqual({
      ok: false,
      reason: 'workflow.errors.notDueYet',
    });
    const result = run(inReview(), SAMPLE_ACTIONS.expire, { now: SCHEDULED });
    expect(result.ok && result.state.status).toBe('expired');
  });

  it('compares instants, not strings with offsets', () => {
    const state = inReview({ scheduledAt: '2026-11-26T13:00:00+01:00' });
    expect(run(state, SAMPLE_ACTIONS.expire, { now: '2026-11-26T11:59:00.000Z' }).ok).toBe(false);
    expect(run(state, SAMPLE_ACTIONS.expire, { now: '2026-11-26T12:00:00.000Z' }).ok).toBe(true);
  });

  it('refuses unscheduled posts and invalid times', () => {
    expect(run(inReview({ scheduledAt: null }), SAMPLE_ACTIONS.expire)).toEqual({
      ok: false,
      reason: 'workflow.errors.notScheduled',
    });
    expect(run(inReview({ scheduledAt: 'soon' }), SAMPLE_ACTIONS.expire)).toEqual({
      ok: false,
      reason: 'workflow.errors.invalidTime',
    });
  });
});

describe('expiresSoon', () => {
  it('warns within the lead time for posts in review only', () => {
    expect(expiresSoon(inReview(), '2026-11-26T10:00:00.000Z', 2)).toBe(true);
    expect(expiresSoon(inReview(), '2026-11-26T09:59:59.999Z', 2)).toBe(false);
    expect(expiresSoon(inReview(), SCHEDULED, 2)).toBe(false);
    expect(expiresSoon(inReview({ scheduledAt: null }), SCHEDULED, 2)).toBe(false);
    expect(expiresSoon(makeState({ status: 'approved' }), '2026-11-26T11:00:00.000Z', 2)).toBe(false);
  });
});

describe('hold and release', () => {
  const crisis = { crisisMode: true, actor: APPROVER_A };
  const reason = { type: 'hold', reason: 'Unwetterlage' } as const;

  it('holds scheduled non-crisis posts in crisis mode only, with a reason', () => {
    expect(run(inReview(), reason, { actor: APPROVER_A })).toEqual({
      ok: false,
      reason: 'workflow.errors.notCrisisMode',
    });
    expect(run(inReview(), reason, { ...crisis, crisisPost: true })).toEqual({
      ok: false,
      reason: 'workflow.errors.crisisPostNotHeld',
    });
    expect(run(inReview({ scheduledAt: null }), reason, crisis)).toEqual({
      ok: false,
      reason: 'workflow.errors.notScheduled',
    });
    expect(run(inReview(), { type: 'hold', reason: ' ' }, crisis)).toEqual({
      ok: false,
      reason: 'workflow.errors.noteRequired',
    });
    expect(run(inReview(), reason, { ...crisis, actor: EDITOR })).toEqual({
      ok: false,
      reason: 'workflow.errors.notApprover',
    });
    const result = run(makeState({ status: 'exported' }), reason, crisis);
    expect(result.ok && result.state).toMatchObject({
      status: 'on_hold',
      hold: { fromStatus: 'exported', at: '2026-11-26T10:00:00.000Z', reason: 'Unwetterlage' },
    });
    expect(result.ok && result.events[0]?.note).toBe('Unwetterlage');
  });

  const approvals = [{ step: 0, profileId: 'appr-a', at: '2026-11-25T09:00:00.000Z', contentHash: 'h1' }];
  const held = makeState({
    status: 'on_hold',
    approvals,
    hold: { fromStatus: 'approved', at: '2026-11-25T10:00:00.000Z', reason: 'Krise' },
  });

  it('returns to the previous status up to the hour limit', () => {
    const result = run(held, SAMPLE_ACTIONS.release, {
      now: '2026-11-26T10:00:00.000Z',
      holdReviewAfterHours: 24,
    });
    expect(result.ok && result.state).toMatchObject({ status: 'approved', hold: null, approvals });
    expect(result.ok && result.events).toHaveLength(1);
  });

  it('goes back to review, approvals voided, once the hold is older than the limit', () => {
    const result = run(held, SAMPLE_ACTIONS.release, {
      now: '2026-11-26T10:00:00.001Z',
      holdReviewAfterHours: 24,
    });
    expect(result.ok && result.state).toMatchObject({ status: 'in_review', hold: null, approvals: [] });
    expect(result.ok && result.events.map((event) => event.reason)).toEqual([undefined, 'holdExpired']);
  });

  it('needs an approver and a recorded hold', () => {
    expect(run(held, SAMPLE_ACTIONS.release, { actor: EDITOR }).ok).toBe(false);
    expect(run({ ...held, hold: null }, SAMPLE_ACTIONS.release, { actor: ADMIN })).toEqual({
      ok: false,
      reason: 'workflow.errors.noHold',
    });
  });
});
