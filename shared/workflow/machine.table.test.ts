import { describe, expect, it } from 'vitest';
import { transition, type WorkflowActionType } from './machine';
import { WORKFLOW_STATUSES, type WorkflowStatus } from './statuses';
import { APPROVER_A, makeContext, makeState, SAMPLE_ACTIONS } from './testFixtures';

/** `×` = refused with `workflow.errors.notAllowedInStatus`; otherwise the status the action leads to. */
type Cell = WorkflowStatus | '×';

// prettier-ignore
const EXPECTED: Record<WorkflowStatus, Record<WorkflowActionType, Cell>> = {
  draft:             { submit: 'in_review', requestChanges: '×', approve: '×', contentChanged: 'draft', export: '×', confirmPublished: '×', archive: '×', withdraw: '×', expire: '×', hold: '×', release: '×' },
  in_review:         { submit: '×', requestChanges: 'changes_requested', approve: 'approved', contentChanged: 'in_review', export: '×', confirmPublished: '×', archive: '×', withdraw: 'withdrawn', expire: 'expired', hold: 'on_hold', release: '×' },
  changes_requested: { submit: 'in_review', requestChanges: '×', approve: '×', contentChanged: 'changes_requested', export: '×', confirmPublished: '×', archive: '×', withdraw: '×', expire: '×', hold: '×', release: '×' },
  approved:          { submit: '×', requestChanges: '×', approve: '×', contentChanged: 'in_review', export: 'exported', confirmPublished: '×', archive: '×', withdraw: 'withdrawn', expire: '×', hold: 'on_hold', release: '×' },
  exported:          { submit: '×', requestChanges: '×', approve: '×', contentChanged: 'in_review', export: '×', confirmPublished: 'published', archive: '×', withdraw: '×', expire: '×', hold: 'on_hold', release: '×' },
  published:         { submit: '×', requestChanges: '×', approve: '×', contentChanged: '×', export: '×', confirmPublished: '×', archive: 'archived', withdraw: '×', expire: '×', hold: '×', release: '×' },
  archived:          { submit: '×', requestChanges: '×', approve: '×', contentChanged: '×', export: '×', confirmPublished: '×', archive: '×', withdraw: '×', expire: '×', hold: '×', release: '×' },
  withdrawn:         { submit: 'in_review', requestChanges: '×', approve: '×', contentChanged: 'draft', export: '×', confirmPublished: '×', archive: '×', withdraw: '×', expire: '×', hold: '×', release: '×' },
  expired:           { submit: 'in_review', requestChanges: '×', approve: '×', contentChanged: 'draft', export: '×', confirmPublished: '×', archive: '×', withdraw: '×', expire: '×', hold: '×', release: '×' },
  on_hold:           { submit: '×', requestChanges: '×', approve: '×', contentChanged: 'on_hold', export: '×', confirmPublished: '×', archive: '×', withdraw: '×', expire: '×', hold: '×', release: 'approved' },
};

/** A state in each status in which every action the status allows succeeds for an admin. */
function stateIn(status: WorkflowStatus) {
  const approved = [{ step: 0, profileId: APPROVER_A.id, at: '2026-11-26T08:00:00.000Z', contentHash: 'h1' }];
  return makeState({
    status,
    // Past its slot, so `expire` is allowed; `hold` only looks at whether a slot exists.
    scheduledAt: '2026-11-26T09:00:00.000Z',
    approvals: ['approved', 'exported', 'published', 'archived', 'on_hold'].includes(status) ? approved : [],
    hold:
      status === 'on_hold'
        ? { fromStatus: 'approved', at: '2026-11-26T09:00:00.000Z', reason: 'Krise' }
        : null,
  });
}

const CASES = WORKFLOW_STATUSES.flatMap((status) =>
  (Object.keys(SAMPLE_ACTIONS) as WorkflowActionType[]).map((action) => ({
    status,
    action,
    expected: EXPECTED[status][action],
  })),
);

describe('transition table', () => {
  it('covers every status and every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...WORKFLOW_STATUSES].sort());
    expect(CASES).toHaveLength(WORKFLOW_STATUSES.length * Object.keys(SAMPLE_ACTIONS).length);
  });

  it.each(CASES)('$status × $action → $expected', ({ status, action, expected }) => {
    const result = transition(stateIn(status), SAMPLE_ACTIONS[action], makeContext({ crisisMode: true }));
    if (expected === '×') {
      expect(result).toEqual({ ok: false, reason: 'workflow.errors.notAllowedInStatus' });
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.status).toBe(expected);
    expect(result.events[0]).toMatchObject({
      action,
      actorId: 'admin',
      at: '2026-11-26T10:00:00.000Z',
      fromStatus: status,
      toStatus: expected,
    });
  });
});
